import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { awkwardText } from "../../test/support/awkward-text.ts";
import { SlugSchema } from "../newsroom/slug.schema.ts";
import { numbered } from "./article-slugs.ts";
import { slugify } from "./slug.ts";

const MAX_LENGTH = 80;
const RUNS = { numRuns: 2000, includeErrorInReport: true };
const headline = awkwardText(200);

describe("slugify, for any text", () => {
  it("gives a slug the slug schema accepts unchanged, never empty and within the length limit", () => {
    fc.assert(
      fc.property(headline, (text) => {
        const slug = slugify(text);
        assert.ok(slug.length > 0 && slug.length <= MAX_LENGTH, slug);
        assert.equal(SlugSchema.parse(slug), slug);
      }),
      RUNS,
    );
  });

  it("gives a slug that is lower case, NFC and free of path, escape and space characters", () => {
    fc.assert(
      fc.property(headline, (text) => {
        const slug = slugify(text);
        assert.equal(slug, slug.toLowerCase());
        assert.equal(slug, slug.normalize("NFC"));
        assert.ok(slug.isWellFormed());
        assert.doesNotMatch(slug, /[/%.\s\p{C}]|--|^-|-$/u);
      }),
      RUNS,
    );
  });

  it("leaves a slug as it is", () => {
    fc.assert(
      fc.property(headline, (text) => {
        const slug = slugify(text);
        assert.equal(slugify(slug), slug);
      }),
      RUNS,
    );
  });

  it("keeps to any shorter limit, at a word boundary", () => {
    fc.assert(
      fc.property(headline, fc.integer({ min: 1, max: MAX_LENGTH }), (text, max) => {
        const slug = slugify(text, max);
        if (slug === "story") return;
        assert.ok(slug.length <= max);
        assert.ok(slugify(text).startsWith(slug));
      }),
      RUNS,
    );
  });

  // The number goes after a full-length slug, so a numbered one may pass slugify's 80 characters,
  // but never the 120 an editor may choose: it can always be saved back unchanged.
  it("numbers a taken slug into one the schema still accepts, within its 120 characters", () => {
    fc.assert(
      fc.property(headline, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (text, n) => {
        const slug = numbered(slugify(text), n);
        assert.ok(slug.length <= 120);
        assert.equal(SlugSchema.parse(slug), slug);
        if (slug.length <= MAX_LENGTH) assert.equal(slugify(slug), slug);
      }),
      RUNS,
    );
  });
});
