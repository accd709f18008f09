import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutGraphemes } from "./graphemes.ts";

const clusters = (text: string) => [
  ...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text),
];

describe("cutGraphemes", () => {
  it("keeps a short text whole, trimmed", () => {
    assert.equal(cutGraphemes("  Cyclone makes landfall  ", 200), "Cyclone makes landfall");
  });

  it("cuts Bangla between clusters, never between a consonant and its vowel sign or conjunct", () => {
    const text = "ক্ষতিগ্রস্ত ".repeat(40);
    const cut = cutGraphemes(text, 200);
    assert.ok(clusters(cut).length <= 200);
    assert.ok(text.startsWith(cut));
    assert.ok(cut.length > 200, "more code units than clusters: the limit counts clusters");
    const whole = clusters(text).map((c) => c.segment);
    assert.deepEqual(
      clusters(cut).map((c) => c.segment),
      whole.slice(0, clusters(cut).length),
    );
  });

  it("counts an emoji with its modifiers as one", () => {
    const family = "👩‍👩‍👧‍👦";
    assert.equal(cutGraphemes(family.repeat(3), 2), family.repeat(2));
  });
});
