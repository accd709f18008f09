import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordDiff } from "./word-diff.ts";

const changed = (before: string, after: string) =>
  wordDiff(before, after)
    .filter((p) => p.change !== "same")
    .map((p) => `${p.change === "added" ? "+" : "-"}${p.text}`);

describe("wordDiff", () => {
  it("names the words that changed and keeps the rest", () => {
    assert.deepEqual(changed("Six people were hurt in Khulna.", "Nine people were hurt in Khulna."), [
      "-Six",
      "+Nine",
    ]);
    const parts = wordDiff("a b", "a b");
    assert.deepEqual(parts, [{ text: "a b", change: "same" }]);
  });

  it("keeps Bangla words whole, vowel signs and conjuncts included", () => {
    assert.deepEqual(changed("খুলনায় ছয়জন আহত", "খুলনায় নয়জন আহত"), ["-ছয়জন", "+নয়জন"]);
    // The same word in decomposed form is the same word.
    assert.deepEqual(changed("আহত", "আহত".normalize("NFD")), []);
  });
});
