import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SlugSchema } from "../newsroom/slug.schema.ts";
import { slugify } from "./slug.ts";

describe("slugify", () => {
  it("makes lowercase hyphenated ASCII slugs from English headlines", () => {
    assert.equal(
      slugify("Metro trains to run until midnight, operator says!"),
      "metro-trains-to-run-until-midnight-operator-says",
    );
  });

  it("keeps Bangla words whole, with vowel signs and conjuncts", () => {
    assert.equal(slugify("ঢাকায় মেট্রোরেল চলবে মধ্যরাত পর্যন্ত"), "ঢাকায়-মেট্রোরেল-চলবে-মধ্যরাত-পর্যন্ত");
  });

  it("stops at a word boundary under the length limit and never returns an empty slug", () => {
    assert.ok(slugify("word ".repeat(50)).length <= 80);
    assert.equal(slugify("!!!"), "story");
  });

  it("composes after lowering, so a slug is NFC even where lower case undoes it", () => {
    // İ lowers to i + U+0307, which NFC must reorder after the virama's lower combining class.
    const expected = "i\u09CD\u0307";
    assert.equal(slugify("İ\u09CD"), expected);
    assert.equal(SlugSchema.parse("İ\u09CD"), expected);
  });
});
