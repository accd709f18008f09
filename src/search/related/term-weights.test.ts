import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EDITION_SIZE_TERM, telling, telltaleSet } from "./term-weights.ts";

describe("telling terms", () => {
  it("counts characters, not UTF-16 units: one astral letter is too short, two letters are not", () => {
    assert.equal(telling("𝒜"), false);
    assert.equal(telling("𝒜𝒞"), true);
    assert.equal(telling("𝒜b"), true);
    assert.equal(telling("ab"), true);
    assert.equal(telling("a"), false);
    assert.equal(telling(""), false);
    assert.equal(telling("ক্ষ"), true);
  });

  it("leaves out numbers and stop words", () => {
    assert.equal(telling("2026"), false);
    assert.equal(telling("the"), false);
    assert.equal(telling("এবং"), false);
    assert.equal(telling("monsoon"), true);
  });

  it("keeps each telling term once, after the edition-size term", () => {
    assert.deepEqual(telltaleSet(["monsoon", "the", "monsoon", "7", "flood"]), [
      EDITION_SIZE_TERM,
      "monsoon",
      "flood",
    ]);
  });
});
