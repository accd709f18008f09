import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { offsetClock } from "./clock.ts";

describe("offsetClock", () => {
  it("starts at the given instant and moves on with real time", async () => {
    const start = new Date("2026-12-31T17:59:00.000Z");
    const clock = offsetClock(start);
    const first = clock().getTime();
    assert.ok(first - start.getTime() >= 0 && first - start.getTime() < 1000, "starts at the instant");
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.ok(clock().getTime() - first >= 25, "advances as time passes");
  });

  it("refuses an instant that is not a date", () => {
    assert.throws(() => offsetClock(new Date("the first of never")), RangeError);
  });
});
