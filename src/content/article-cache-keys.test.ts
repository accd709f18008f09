import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ArticlePlacement, keysOfChange } from "./article-cache-keys.ts";

const placed: ArticlePlacement = {
  id: 7,
  edition: "en",
  kind: "news",
  sectionId: 2,
  tagIds: [5],
  authorSlugs: ["rina-das"],
  translationGroup: null,
};

describe("the cache keys of a change to a live story", () => {
  it("name every listing the story joins when it is published", () => {
    assert.deepEqual(keysOfChange(undefined, placed).sort(), [
      "article-7",
      "author-rina-das-en",
      "latest-en-news",
      "section-2-en",
      "stories-en",
      "tag-5",
    ]);
  });

  it("name only the story itself when an edit leaves its listings alone", () => {
    assert.deepEqual(keysOfChange(placed, { ...placed }).sort(), ["article-7", "stories-en"]);
  });

  it("name the listings it left and joined when it moves", () => {
    const moved = { ...placed, sectionId: 3, kind: "opinion" as const, tagIds: [5, 6] };
    assert.deepEqual(keysOfChange(placed, moved).sort(), [
      "article-7",
      "latest-en-news",
      "latest-en-opinion",
      "section-2-en",
      "section-3-en",
      "stories-en",
      "tag-6",
    ]);
  });

  it("name the other editions' versions through the translation group, encoding unsafe characters", () => {
    const keys = keysOfChange({ ...placed, translationGroup: "g 1", authorSlugs: ["রিনা"] }, undefined);
    assert.ok(keys.includes("translations-g%201"));
    assert.ok(keys.includes(`author-${encodeURIComponent("রিনা")}-en`));
  });
});
