import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readingMinutes, WORDS_PER_MINUTE, wordCount } from "./reading-time.ts";

describe("wordCount", () => {
  it("counts English words, not punctuation or spaces", () => {
    assert.equal(wordCount("The river rose — again — on Tuesday, didn't it?", "en"), 8);
    assert.equal(wordCount("  \n\t ", "en"), 0);
    assert.equal(wordCount("", "en"), 0);
  });

  it("keeps Bangla words whole: vowel signs, virama and conjuncts belong to their word", () => {
    // ঘূর্ণিঝড় (cyclone) has a reph, a vowel sign and a conjunct; a split on \w would cut it up.
    assert.equal(wordCount("ঘূর্ণিঝড় দুর্বল হয়েছে।", "bn"), 3);
    assert.equal(wordCount("উপকূলের মানুষ আশ্রয়কেন্দ্রে গেছেন। ক্ষতি কম।", "bn"), 6);
  });

  it("counts the same Bangla text alike in either Unicode normal form", () => {
    const text = "নদীর পাড় ভেঙেছে, বাড়িঘর সরছে।";
    assert.equal(wordCount(text.normalize("NFD"), "bn"), wordCount(text.normalize("NFC"), "bn"));
    assert.equal(wordCount(text, "bn"), 5);
  });

  it("counts digits as words in both scripts", () => {
    assert.equal(wordCount("১২০ জন", "bn"), 2);
    assert.equal(wordCount("120 people", "en"), 2);
  });
});

describe("readingMinutes", () => {
  it("is zero for no words and at least a minute for any", () => {
    assert.equal(readingMinutes(0), 0);
    assert.equal(readingMinutes(1), 1);
  });

  it("reads 200 words a minute, rounded", () => {
    assert.equal(WORDS_PER_MINUTE, 200);
    assert.equal(readingMinutes(200), 1);
    assert.equal(readingMinutes(299), 1);
    assert.equal(readingMinutes(300), 2);
    assert.equal(readingMinutes(1000), 5);
  });

  it("gives a Bangla story its minutes from its own words", () => {
    const paragraph = "উপকূলের মানুষ আশ্রয়কেন্দ্রে গেছেন। ".repeat(150);
    assert.equal(wordCount(paragraph, "bn"), 600);
    assert.equal(readingMinutes(wordCount(paragraph, "bn")), 3);
  });
});
