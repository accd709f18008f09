import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { fromWallInput, startOfDayIn, toWallInput, wallTimeIn, zoneLabel } from "./zoned-time.ts";

// The computer's own zone is one with daylight saving, as an editor's laptop abroad would be: no
// result below may depend on it.
let savedTz: string | undefined;
before(() => {
  savedTz = process.env.TZ;
  process.env.TZ = "America/New_York";
});
after(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("Dhaka wall time from a computer in New York", () => {
  it("the computer really is in a daylight-saving zone for these tests", () => {
    assert.equal(new Date("2026-07-01T12:00:00Z").getTimezoneOffset(), 240);
    assert.equal(new Date("2026-12-01T12:00:00Z").getTimezoneOffset(), 300);
  });

  it("reads a Dhaka input as the Dhaka instant (GMT+6), summer and winter", () => {
    assert.equal(fromWallInput("2026-12-04T10:21", "Asia/Dhaka"), "2026-12-04T04:21:00.000Z");
    assert.equal(fromWallInput("2026-07-04T10:21", "Asia/Dhaka"), "2026-07-04T04:21:00.000Z");
  });

  it("writes an instant as the Dhaka input value", () => {
    assert.equal(toWallInput("2026-12-04T04:21:00.000Z", "Asia/Dhaka"), "2026-12-04T10:21");
    assert.equal(toWallInput("2026-12-04T04:21:00+00:00", "Asia/Dhaka"), "2026-12-04T10:21");
  });

  it("puts the Dhaka day boundary at 18:00 UTC, both ways", () => {
    assert.equal(fromWallInput("2026-12-05T00:00", "Asia/Dhaka"), "2026-12-04T18:00:00.000Z");
    assert.equal(fromWallInput("2026-12-04T23:59", "Asia/Dhaka"), "2026-12-04T17:59:00.000Z");
    assert.equal(toWallInput("2026-12-04T18:00:00.000Z", "Asia/Dhaka"), "2026-12-05T00:00");
    assert.equal(toWallInput("2026-12-04T17:59:59.999Z", "Asia/Dhaka"), "2026-12-04T23:59");
    assert.equal(startOfDayIn("2026-12-05", "Asia/Dhaka"), "2026-12-04T18:00:00.000Z");
    assert.deepEqual(wallTimeIn(Date.parse("2026-12-04T18:00:00.000Z"), "Asia/Dhaka"), {
      year: 2026,
      month: 12,
      day: 5,
      hour: 0,
      minute: 0,
    });
  });

  it("is unaffected by the night New York's clocks change", () => {
    // 8 March 2026, 02:00–03:00 does not exist in New York; in Dhaka it is an ordinary hour.
    assert.equal(fromWallInput("2026-03-08T02:30", "Asia/Dhaka"), "2026-03-07T20:30:00.000Z");
    assert.equal(fromWallInput("2026-03-08T13:30", "Asia/Dhaka"), "2026-03-08T07:30:00.000Z");
    assert.equal(toWallInput("2026-03-08T07:30:00.000Z", "Asia/Dhaka"), "2026-03-08T13:30");
  });

  it("round-trips every quarter hour of a year", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    for (let t = start; t < start + 366 * 86_400_000; t += 15 * 60_000) {
      const iso = new Date(t).toISOString();
      assert.equal(fromWallInput(toWallInput(iso, "Asia/Dhaka"), "Asia/Dhaka"), iso);
    }
  });
});

describe("a newsroom zone with daylight saving", () => {
  it("reads a skipped time after the gap and a repeated time as the first", () => {
    assert.equal(fromWallInput("2026-03-08T02:30", "America/New_York"), "2026-03-08T07:30:00.000Z");
    assert.equal(toWallInput("2026-03-08T07:30:00.000Z", "America/New_York"), "2026-03-08T03:30");
    assert.equal(fromWallInput("2026-11-01T01:30", "America/New_York"), "2026-11-01T05:30:00.000Z");
    assert.equal(fromWallInput("2026-03-29T01:30", "Europe/London"), "2026-03-29T01:30:00.000Z");
    assert.equal(fromWallInput("2026-07-01T12:00", "Europe/London"), "2026-07-01T11:00:00.000Z");
  });
});

describe("input checking", () => {
  it("refuses what is no date and time", () => {
    for (const bad of [
      "",
      "2026-02-30T10:00",
      "2026-12-04",
      "2026-12-04T24:00",
      "2026-12-04T10:60",
      "tomorrow",
    ])
      assert.equal(fromWallInput(bad, "Asia/Dhaka"), null, bad);
    assert.equal(toWallInput(null, "Asia/Dhaka"), "");
    assert.equal(toWallInput("not a time", "Asia/Dhaka"), "");
  });

  it("accepts the seconds a browser may add", () => {
    assert.equal(fromWallInput("2026-12-04T10:21:30", "Asia/Dhaka"), "2026-12-04T04:21:00.000Z");
  });
});

describe("zoneLabel", () => {
  it("names the zone and its offset in the reader's language", () => {
    const at = Date.parse("2026-12-04T00:00:00Z");
    assert.equal(zoneLabel("en-GB", "Asia/Dhaka", at), "Bangladesh Time, GMT+6");
    assert.match(zoneLabel("bn-BD", "Asia/Dhaka", at), /^বাংলাদেশ সময়, GMT ?\+৬$/);
  });
});
