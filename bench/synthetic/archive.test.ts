import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords, stripTags } from "../../src/demo/text.ts";
import { ARCHIVE_NOW, archiveBatches, archiveStory } from "./archive.ts";

const wordCount = (text: string) => text.trim().split(/\s+/).length;

describe("synthetic archive", () => {
  const stories = [...archiveBatches({ perEdition: 300, batchSize: 128 })].flat();

  it("gives the requested number of stories per edition, in batches, with unique keys and slugs", () => {
    assert.equal(stories.filter((s) => s.edition === "en").length, 300);
    assert.equal(stories.filter((s) => s.edition === "bn").length, 300);
    assert.equal(new Set(stories.map((s) => s.key)).size, stories.length);
    assert.equal(new Set(stories.map((s) => `${s.edition}|${s.slug}`)).size, stories.length);
    assert.deepEqual(
      [...archiveBatches({ perEdition: 300, batchSize: 128 })].map((b) => b.length),
      [256, 256, 88],
    );
  });

  it("is deterministic: a story is the same whether generated alone or in its batch", () => {
    const again = archiveStory("bn", 17, 300);
    assert.deepEqual(
      again,
      stories.find((s) => s.key === "archive-bn-17"),
    );
    assert.notDeepEqual(archiveStory("bn", 17, 300, 99), again);
  });

  it("keeps headlines, standfirsts and bodies within their lengths, bodies in paragraphs", () => {
    for (const s of stories) {
      const headline = wordCount(s.headline);
      const standfirst = wordCount(s.standfirst);
      const body = countWords(s.bodyHtml);
      assert.ok(headline >= 6 && headline <= 14, `${s.key} headline ${headline}`);
      assert.ok(standfirst >= 15 && standfirst <= 35, `${s.key} standfirst ${standfirst}`);
      assert.ok(body >= 300 && body <= 900, `${s.key} body ${body}`);
      assert.match(s.bodyHtml, /^<p>[^<]+<\/p>(\n<p>[^<]+<\/p>)+$/);
      for (const text of [s.headline, s.standfirst, stripTags(s.bodyHtml)]) {
        assert.equal(text, text.normalize("NFC"));
      }
    }
  });

  it("spreads publication over about ten years before now, oldest first", () => {
    const en = stories.filter((s) => s.edition === "en").map((s) => s.publishedAt);
    assert.deepEqual([...en].sort(), en);
    const years = (Date.parse(ARCHIVE_NOW) - Date.parse(en[0] ?? "")) / (365.25 * 24 * 3600 * 1000);
    assert.ok(years > 9.9 && years < 10.1, `${years} years`);
    assert.ok((en.at(-1) ?? "") < ARCHIVE_NOW);
  });

  it("links every fourth story to its counterpart in the other edition", () => {
    const groups = stories.filter((s) => s.translationGroup !== null);
    assert.equal(groups.length, 2 * 75);
    for (const s of groups) {
      const pair = groups.filter((g) => g.translationGroup === s.translationGroup);
      assert.deepEqual(pair.map((g) => g.edition).sort(), ["bn", "en"]);
    }
  });

  it("varies kinds, sections, bylines and tags", () => {
    assert.deepEqual(
      new Set(stories.map((s) => s.kind)),
      new Set(["news", "analysis", "feature", "opinion"]),
    );
    assert.ok(new Set(stories.map((s) => s.sectionKey)).size >= 6);
    assert.ok(stories.some((s) => s.creditLine !== null && s.authorSlugs.length === 0));
    assert.ok(stories.every((s) => s.tags.length >= 1 && s.tags.every((t) => t.slug !== "")));
  });
});
