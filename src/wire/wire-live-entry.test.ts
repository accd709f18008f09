import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clipGraphemes } from "./wire-live-entry.ts";

describe("clipGraphemes", () => {
  it("leaves a headline within the limit alone", () => {
    assert.equal(clipGraphemes("Polls close", 200), "Polls close");
  });

  it("cuts at a grapheme boundary within the limit in code units, marked with an ellipsis", () => {
    const text = "নির্বাচন ".repeat(40);
    const cut = clipGraphemes(text, 200);
    assert.ok(cut.length <= 200, `${cut.length}`);
    assert.ok(cut.endsWith("…"));
    const kept = cut.slice(0, -1);
    assert.ok(text.startsWith(kept));
    const segments = (s: string) =>
      [...new Intl.Segmenter("und", { granularity: "grapheme" }).segment(s)].length;
    assert.equal(segments(text.slice(0, kept.length)), segments(kept));
    // What follows the cut starts a new cluster: no vowel sign, virama or other mark.
    assert.doesNotMatch(text.slice(kept.length, kept.length + 1), /\p{M}/u);
  });

  it("never splits an emoji sequence", () => {
    const cut = clipGraphemes("👩‍👩‍👧‍👦".repeat(30), 200);
    assert.equal(cut.slice(0, -1), "👩‍👩‍👧‍👦".repeat(Math.floor(199 / 11)));
  });
});
