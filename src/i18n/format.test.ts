import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCount, formatDateTime, formatLongDate, formatNumber } from "./format.ts";

describe("formatDateTime", () => {
  it("formats English in the newsroom time zone as day month year, 12-hour time", () => {
    assert.equal(formatDateTime("2023-05-03T09:45:00.000Z", "en-GB", "Asia/Dhaka"), "3 May 2023, 03:45 PM");
  });

  it("uses Bengali digits and month names for bn-BD", () => {
    const text = formatDateTime("2023-05-03T09:45:00.000Z", "bn-BD", "Asia/Dhaka");
    assert.match(text, /^৩ মে ২০২৩, ০৩:৪৫/);
    assert.doesNotMatch(text, /[0-9]/);
  });

  it("crosses midnight by the newsroom clock, not UTC", () => {
    assert.match(
      formatDateTime("2026-11-28T19:30:00.000Z", "en-GB", "Asia/Dhaka"),
      /^29 November 2026, 01:30 AM$/,
    );
  });
});

describe("formatLongDate, formatNumber and formatCount", () => {
  it("names the weekday in the edition's script", () => {
    const date = new Date("2026-11-29T06:00:00.000Z");
    assert.equal(formatLongDate(date, "en-GB", "Asia/Dhaka"), "Sunday, 29 November 2026");
    assert.match(formatLongDate(date, "bn-BD", "Asia/Dhaka"), /রবিবার/);
  });

  it("writes numbers in Bengali digits for bn-BD", () => {
    assert.equal(formatNumber(2026, "bn-BD"), "২০২৬");
    assert.equal(formatNumber(2026, "en-GB"), "2026");
  });

  it("groups counts the locale's way, lakh included", () => {
    assert.equal(formatCount(1000, "en-GB"), "1,000");
    assert.equal(formatCount(100000, "bn-BD"), "১,০০,০০০");
  });
});
