import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatClockTime,
  formatCount,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatShortDateTime,
} from "./format.ts";

describe("formatDateTime", () => {
  it("formats English in the newsroom time zone as day month year, 12-hour time", () => {
    assert.equal(formatDateTime("2023-05-03T09:45:00.000Z", "en-GB", "Asia/Dhaka"), "3 May 2023, 03:45 PM");
  });

  it("uses Bengali digits, month names and a Bangla day period for bn-BD", () => {
    const text = formatDateTime("2023-05-03T09:45:00.000Z", "bn-BD", "Asia/Dhaka");
    assert.equal(text, "৩ মে ২০২৩, বিকাল ৩:৪৫");
    assert.doesNotMatch(text, /[0-9A-Za-z]/);
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

describe("formatClockTime and formatShortDateTime", () => {
  it("show the newsroom's clock with a Bangla day period in Bangla", () => {
    assert.equal(formatClockTime("2026-12-04T04:21:00.000Z", "bn-BD", "Asia/Dhaka"), "সকাল ১০:২১");
    assert.equal(formatClockTime("2026-12-04T18:05:00.000Z", "bn-BD", "Asia/Dhaka"), "রাত ১২:০৫");
    assert.match(
      formatShortDateTime("2026-12-04T18:05:00.000Z", "bn-BD", "Asia/Dhaka"),
      /^৫ .*২০২৬, রাত ১২:০৫$/,
    );
  });

  it("show English times in the zone, whatever the computer's zone", () => {
    assert.equal(formatClockTime("2026-12-04T04:21:00.000Z", "en-GB", "Asia/Dhaka"), "10:21");
    assert.equal(formatShortDateTime("2026-12-04T18:05:00.000Z", "en-GB", "Asia/Dhaka"), "5 Dec 2026, 00:05");
  });

  it("leave text that is no time as it is", () => {
    assert.equal(formatShortDateTime("soon", "en-GB", "Asia/Dhaka"), "soon");
  });
});
