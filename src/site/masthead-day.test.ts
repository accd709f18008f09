import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayIn, nextMidnight } from "./masthead-day.ts";

describe("the masthead's day", () => {
  it("is the newsroom's day, not UTC's", () => {
    // 20:30 UTC on 3 December is 02:30 on 4 December in Dhaka (UTC+6).
    assert.equal(dayIn(new Date("2026-12-03T20:30:00Z"), "Asia/Dhaka"), "2026-12-04");
    assert.equal(dayIn(new Date("2026-12-03T20:30:00Z"), "UTC"), "2026-12-03");
  });

  it("turns over at the newsroom's midnight", () => {
    assert.equal(
      nextMidnight(new Date("2026-12-03T11:00:00.250Z"), "Asia/Dhaka").toISOString(),
      "2026-12-03T18:00:00.000Z",
    );
    assert.equal(
      nextMidnight(new Date("2026-12-03T18:00:00.000Z"), "Asia/Dhaka").toISOString(),
      "2026-12-04T18:00:00.000Z",
    );
  });

  it("finds midnight across daylight-saving changes", () => {
    // New York falls back on 1 November 2026: that day has 25 hours.
    assert.equal(
      nextMidnight(new Date("2026-11-01T12:00:00Z"), "America/New_York").toISOString(),
      "2026-11-02T05:00:00.000Z",
    );
    // London springs forward on 29 March 2026: that day has 23 hours.
    assert.equal(
      nextMidnight(new Date("2026-03-29T12:00:00Z"), "Europe/London").toISOString(),
      "2026-03-29T23:00:00.000Z",
    );
  });
});
