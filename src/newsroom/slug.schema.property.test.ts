import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { awkwardText } from "../../test/support/awkward-text.ts";
import { slugify } from "../content/slug.ts";
import { SlugSchema, StorySlugSchema } from "./slug.schema.ts";

const RUNS = { numRuns: 2000, includeErrorInReport: true };
const input = awkwardText(130);

/** A slug as the rules describe it: words of letters, marks and digits joined by single hyphens. */
const wellFormedSlug = fc
  .array(
    fc.string({
      unit: fc.constantFrom("a", "z", "0", "9", "ক", "্", "ি", "ß", "é", "\u0301"),
      minLength: 1,
      maxLength: 12,
    }),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((words) => words.join("-"));

describe("the slug schemas, for any text", () => {
  it("accept only what is lower case, NFC and well formed, and accept it again unchanged", () => {
    fc.assert(
      fc.property(input, (text) => {
        for (const schema of [SlugSchema, StorySlugSchema]) {
          const parsed = schema.safeParse(text);
          if (!parsed.success) continue;
          const slug = parsed.data;
          assert.equal(slug, slug.toLowerCase());
          assert.equal(slug, slug.normalize("NFC"));
          assert.ok(slug.isWellFormed());
          assert.doesNotMatch(slug, /[/%.\s\p{C}]|--|^-|-$/u);
          assert.equal(schema.parse(slug), slug);
          // A slug short enough for slugify to have made it is one slugify leaves alone.
          if (slug !== "" && slug.length <= 80) assert.equal(slugify(slug), slug);
        }
      }),
      RUNS,
    );
  });

  it("accept every slug written by the rules, in its one stored spelling", () => {
    fc.assert(
      fc.property(wellFormedSlug, (slug) => {
        const stored = slug.normalize("NFC");
        assert.equal(SlugSchema.parse(slug), stored);
        assert.equal(SlugSchema.parse(slug.normalize("NFD")), stored);
        assert.ok(SlugSchema.safeParse(slug.toUpperCase()).success, "capitals are lowered, not refused");
      }),
      RUNS,
    );
  });
});
