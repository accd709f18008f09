import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  boundedInteger,
  foldSpace,
  isHttpUrl,
  languageTag,
  pixelSize,
  utcDateTime,
  utcInstant,
  wireStatus,
} from "./wire-values.ts";

describe("utcDateTime", () => {
  const cases: [string, string | undefined][] = [
    ["2018-10-21T16:25:32-05:00", "2018-10-21T21:25:32.000Z"],
    ["2024-03-01T00:30:00-0130", "2024-03-01T02:00:00.000Z"],
    ["2022-01-01T12:00+00:00", "2022-01-01T12:00:00.000Z"],
    ["2024-03-01t10:00:00.29z", "2024-03-01T10:00:00.290Z"],
    ["2024-03-01T10:00:00.123456Z", "2024-03-01T10:00:00.123Z"],
    ["  2024-12-31T23:59:59+14:00 ", "2024-12-31T09:59:59.000Z"],
    // A time without an offset is local time somewhere unknown.
    ["2024-03-01T10:00:00", undefined],
    ["2024-03-01", undefined],
    ["2024-02-30T10:00:00Z", undefined],
    ["0050-01-01T00:00:00Z", undefined],
    // Stricter than ISO 8601 allows: what no agency's format needs is not guessed at.
    ["2024-03-01T24:00:00Z", undefined],
    ["2016-12-31T23:59:60Z", undefined],
    ["2024-03-01T10:00:00,5Z", undefined],
    ["2024-03-01 10:00:00Z", undefined],
    ["2024-03-01T10:00:00 +01:00", undefined],
    ["2024-03-01T10:00:00+05", undefined],
    ["2024-03-01T10:00:00+15:00", undefined],
    ["Last Tuesday", undefined],
  ];
  for (const [text, iso] of cases)
    it(`reads ${JSON.stringify(text)} as ${iso ?? "unknown"}`, () => assert.equal(utcDateTime(text), iso));

  it("reads a date alone as midnight UTC only when asked to", () => {
    assert.equal(utcDateTime("2017-06-16", { dateOnly: true }), "2017-06-16T00:00:00.000Z");
    assert.equal(utcDateTime("2017-06-31", { dateOnly: true }), undefined);
    assert.equal(utcDateTime(undefined), undefined);
  });

  it("refuses fields out of range rather than rolling them over", () => {
    const fields = { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
    assert.equal(utcInstant({ ...fields, offsetMinutes: 60 }), "2023-12-31T23:00:00.000Z");
    assert.equal(utcInstant({ ...fields, month: 13, offsetMinutes: 0 }), undefined);
    assert.equal(utcInstant({ ...fields, minute: 60, offsetMinutes: 0 }), undefined);
  });
});

describe("wire values", () => {
  it("lower-cases a language tag's language part and refuses what is not a tag", () => {
    assert.equal(languageTag(" EN-GB "), "en-GB");
    assert.equal(languageTag("pt_PT"), "pt-PT");
    assert.equal(languageTag("en us"), undefined);
    assert.equal(languageTag(""), undefined);
  });

  it("reads whole numbers within bounds, as text or JSON numbers", () => {
    assert.equal(boundedInteger(" 4 ", 1, 9), 4);
    assert.equal(boundedInteger(4, 1, 9), 4);
    assert.equal(boundedInteger("12", 1, 9), undefined);
    assert.equal(boundedInteger(2.5, 1, 9), undefined);
    for (const text of ["1e3", "0x10", "12.0", "+5", ""])
      assert.equal(boundedInteger(text, 0, 10_000), undefined);
    assert.equal(pixelSize("1024"), 1024);
    assert.equal(pixelSize(0), undefined);
    assert.equal(pixelSize(1_000_001), undefined);
  });

  it("folds layout white space but keeps a no-break space", () => {
    assert.equal(foldSpace("\n  Floods\t in\r\n Dhaka  "), "Floods in Dhaka");
    assert.equal(foldSpace("10\u00a0km"), "10\u00a0km");
  });

  it("reads publication status words, the planning spelling included", () => {
    assert.equal(wireStatus(" Usable"), "usable");
    assert.equal(wireStatus("cancelled"), "canceled");
    assert.equal(wireStatus("constructor"), undefined);
  });

  it("knows an http(s) address", () => {
    assert.ok(isHttpUrl(" HTTPS://example.com/a"));
    assert.ok(!isHttpUrl("javascript:alert(1)"));
  });
});
