import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Rng } from "../../src/demo/prng.ts";
import { buildLexicon, zipfRank } from "./lexicon.ts";

const BENGALI = /^[\u0980-\u09FF\u200C]+$/u;

describe("synthetic lexicon", () => {
  const en = buildLexicon("en");
  const bn = buildLexicon("bn");

  it("is deterministic and holds tens of thousands of distinct forms per language", () => {
    assert.deepEqual(buildLexicon("bn").words, bn.words);
    for (const lexicon of [en, bn]) {
      assert.equal(lexicon.words.length, 40_000);
      assert.equal(new Set(lexicon.words).size, lexicon.words.length);
    }
  });

  it("writes Bangla in Bengali script, NFC, with conjuncts, nasals, joiners and case endings", () => {
    for (const word of bn.words) {
      assert.match(word, BENGALI);
      assert.equal(word, word.normalize("NFC"));
    }
    const has = (pattern: RegExp) => bn.words.some((w) => pattern.test(w));
    for (const conjunct of ["ক্ষ", "ন্ত", "ত্র", "স্ত"]) assert.ok(has(new RegExp(conjunct)), conjunct);
    assert.ok(has(/[\u0981\u0982]/u), "chandrabindu or anusvara");
    assert.ok(has(/\u200C/u), "a form with a zero-width non-joiner");
    for (const ending of ["ের", "কে", "তে", "গুলো", "দের"]) assert.ok(has(new RegExp(`${ending}$`)), ending);
  });

  it("inflects invented English lemmas", () => {
    const lemma = en.words.find((w) => en.words.includes(`${w}ing`) && en.words.includes(`${w}s`));
    assert.ok(lemma, "an invented lemma with its -s and -ing forms");
    assert.ok(en.words.some((w) => w.endsWith("ed")));
  });

  it("draws ranks with Zipf frequencies: the commonest word far more often than the hundredth", () => {
    const rng = new Rng(3);
    const counts = new Map<number, number>();
    for (let i = 0; i < 200_000; i++) {
      const rank = zipfRank(en, rng);
      counts.set(rank, (counts.get(rank) ?? 0) + 1);
    }
    const first = counts.get(0) ?? 0;
    const hundredth = counts.get(99) ?? 1;
    assert.ok(first / hundredth > 50 && first / hundredth < 200, `ratio ${first / hundredth}`);
    assert.ok(counts.size > 15_000, `${counts.size} distinct ranks drawn`);
  });
});
