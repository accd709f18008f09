import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { banglaClock, banglaDayPeriod, bengaliDigits } from "./bangla-clock.ts";

describe("banglaDayPeriod", () => {
  // Every hour of the day, so each boundary is checked from both sides.
  const expected: Record<number, string> = {
    0: "রাত",
    1: "রাত",
    2: "রাত",
    3: "রাত",
    4: "ভোর",
    5: "ভোর",
    6: "সকাল",
    7: "সকাল",
    8: "সকাল",
    9: "সকাল",
    10: "সকাল",
    11: "সকাল",
    12: "দুপুর",
    13: "দুপুর",
    14: "দুপুর",
    15: "বিকাল",
    16: "বিকাল",
    17: "বিকাল",
    18: "সন্ধ্যা",
    19: "সন্ধ্যা",
    20: "রাত",
    21: "রাত",
    22: "রাত",
    23: "রাত",
  };
  for (let hour = 0; hour < 24; hour++) {
    it(`names hour ${hour} ${expected[hour]}`, () => {
      assert.equal(banglaDayPeriod(hour), expected[hour]);
    });
  }
});

describe("banglaClock", () => {
  it("puts the day period first and the time in Bengali digits, 12-hour", () => {
    assert.equal(banglaClock(10, 21), "সকাল ১০:২১");
    assert.equal(banglaClock(16, 5), "বিকাল ৪:০৫");
  });

  it("shows the last minute before and the first minute of each period", () => {
    assert.equal(banglaClock(3, 59), "রাত ৩:৫৯");
    assert.equal(banglaClock(4, 0), "ভোর ৪:০০");
    assert.equal(banglaClock(5, 59), "ভোর ৫:৫৯");
    assert.equal(banglaClock(6, 0), "সকাল ৬:০০");
    assert.equal(banglaClock(11, 59), "সকাল ১১:৫৯");
    assert.equal(banglaClock(12, 0), "দুপুর ১২:০০");
    assert.equal(banglaClock(14, 59), "দুপুর ২:৫৯");
    assert.equal(banglaClock(15, 0), "বিকাল ৩:০০");
    assert.equal(banglaClock(17, 59), "বিকাল ৫:৫৯");
    assert.equal(banglaClock(18, 0), "সন্ধ্যা ৬:০০");
    assert.equal(banglaClock(19, 59), "সন্ধ্যা ৭:৫৯");
    assert.equal(banglaClock(20, 0), "রাত ৮:০০");
    assert.equal(banglaClock(23, 59), "রাত ১১:৫৯");
  });

  it("writes midnight's hour as 12, in the night", () => {
    assert.equal(banglaClock(0, 0), "রাত ১২:০০");
    assert.equal(banglaClock(0, 5), "রাত ১২:০৫");
  });

  it("has no Latin letters or digits", () => {
    for (let hour = 0; hour < 24; hour++) assert.doesNotMatch(banglaClock(hour, 7), /[A-Za-z0-9]/);
  });
});

describe("bengaliDigits", () => {
  it("replaces only digits", () => {
    assert.equal(bengaliDigits("GMT+6, 10:21"), "GMT+৬, ১০:২১");
  });
});
