import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SlugSchema, StorySlugSchema } from "./slug.schema.ts";

describe("slug schemas", () => {
  it("hold the length limit after lower-casing, which can lengthen a slug", () => {
    const dotted = "İ".repeat(120);
    assert.equal(dotted.toLowerCase().length, 240);
    for (const schema of [SlugSchema, StorySlugSchema]) {
      const result = schema.safeParse(dotted);
      assert.equal(result.success, false);
      assert.match(result.error?.issues[0]?.message ?? "", /at most 120 characters once lower-cased/);
      assert.equal(schema.parse("i".repeat(120)).length, 120);
    }
  });
});
