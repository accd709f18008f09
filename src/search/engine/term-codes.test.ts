import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pastPrefix } from "./postgres-matches.ts";
import {
  BUCKET_SIZE,
  bucketOf,
  bucketRanges,
  codeChars,
  decodeCodes,
  inBucket,
  runKeys,
} from "./term-codes.ts";

const LAST_SINGLE = 0xeffff - 0x21 - 0x800 + 1;

describe("term codes", () => {
  it("writes each code as one character, skipping control characters and surrogates", () => {
    assert.equal(codeChars(1), "!");
    assert.equal(codeChars(0xd7ff - 0x20), "\ud7ff");
    assert.equal(codeChars(0xd800 - 0x20), "\ue000");
    assert.equal([...codeChars(LAST_SINGLE)].length, 1);
    assert.equal(codeChars(LAST_SINGLE).codePointAt(0), 0xeffff);
  });

  it("writes codes past the single characters as a lead and a trail", () => {
    const chars = [...codeChars(LAST_SINGLE + 1)];
    assert.deepEqual(
      chars.map((c) => c.codePointAt(0)),
      [0xf0000, 0x100000],
    );
    assert.deepEqual(
      [...codeChars(LAST_SINGLE + 1 + 0x10000 + 5)].map((c) => c.codePointAt(0)),
      [0xf0001, 0x100005],
    );
  });

  it("reads back every kind of code, past the leading spaces, fields and all", () => {
    const codes = [1, 2, 94, 0xd800 - 0x20, 40_000, LAST_SINGLE, LAST_SINGLE + 1, LAST_SINGLE + 123_456, 7];
    const words = `   ${codes.slice(0, 4).map(codeChars).join("")}\n${codes.slice(4).map(codeChars).join("")}`;
    assert.deepEqual(decodeCodes(words), codes);
  });

  it("refuses codes it cannot write", () => {
    for (const code of [0, -1, 1.5, LAST_SINGLE + 0x10000 * 0x10000 + 1])
      assert.throws(() => codeChars(code), RangeError);
  });

  it("finds a run of whole codes only where a term starts", () => {
    // A two-character code holds a trail no run starts with, so a single code never matches inside it.
    const long = codeChars(LAST_SINGLE + 3);
    const words = [codeChars(5), long, codeChars(9)].join("");
    const trail = long.slice(-2);
    assert.equal(trail.length, 2); // one astral character, two UTF-16 units
    for (let code = 1; code < 200; code++) {
      const found = words.indexOf(codeChars(code)) >= 0;
      assert.equal(found, code === 5 || code === 9, `code ${code}`);
    }
  });

  it("keys a one-character run by itself and a longer run by its pairs", () => {
    assert.deepEqual(runKeys(codeChars(7)), [codeChars(7).codePointAt(0)]);
    const pairKeys = runKeys(codeChars(7) + codeChars(8) + codeChars(9));
    assert.equal(pairKeys.length, 2);
    for (const key of pairKeys) assert.ok(key >= 2 ** 21 && key < 2 ** 21 + 65_521);
    assert.equal(runKeys(codeChars(LAST_SINGLE + 9)).length, 1);
  });

  it("puts a key in its story's bucket", () => {
    assert.equal(bucketOf(BUCKET_SIZE - 1), 0);
    assert.equal(bucketOf(BUCKET_SIZE), 1);
    assert.equal(inBucket(33, 2), 2 * 2 ** 22 + 33);
  });

  it("covers every bucket once, newest first, in ranges that double", () => {
    assert.deepEqual(bucketRanges(0), [[0, 0]]);
    assert.deepEqual(bucketRanges(12), [
      [12, 12],
      [10, 11],
      [6, 9],
      [0, 5],
    ]);
    for (let newest = 0; newest < 300; newest++) {
      const covered = bucketRanges(newest).flatMap(([from, to]) =>
        Array.from({ length: to - from + 1 }, (_, i) => to - i),
      );
      assert.deepEqual(
        covered,
        Array.from({ length: newest + 1 }, (_, i) => newest - i),
      );
    }
  });
});

describe("prefix ranges", () => {
  it("end at the first string past every term with the prefix", () => {
    assert.equal(pastPrefix("con"), "coo");
    assert.equal(pastPrefix("সংস"), "সংহ");
    assert.equal(pastPrefix("a\ud7ff"), "a\ue000");
    for (const term of ["con", "conz", "con\u{10fff0}"])
      assert.ok(term < pastPrefix("con") || term === "con");
  });
});
