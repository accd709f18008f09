import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords } from "../../src/demo/text.ts";
import { buildLabelledSet } from "./labelled.ts";
import { FAMILIES, TOPIC_CLUSTERS } from "./topic-clusters.ts";

const EDITIONS = ["en", "bn"] as const;

describe("labelled evaluation set", () => {
  const stories = buildLabelledSet();

  it("is deterministic", () => {
    assert.deepEqual(buildLabelledSet(), stories);
  });

  it("has every declared cluster in both editions with 15 to 25 stories, plus unclustered noise", () => {
    for (const edition of EDITIONS) {
      const own = stories.filter((s) => s.edition === edition);
      for (const cluster of TOPIC_CLUSTERS) {
        const n = own.filter((s) => s.cluster === cluster.key).length;
        assert.ok(n >= 15 && n <= 25, `${edition} ${cluster.key}: ${n}`);
      }
      assert.equal(own.filter((s) => s.cluster === null).length, 60);
    }
    assert.equal(new Set(stories.map((s) => s.key)).size, stories.length);
    assert.equal(new Set(stories.map((s) => `${s.edition}|${s.slug}`)).size, stories.length);
  });

  it("gives each cluster 30 to 60 terms in each language, sharing some with a related cluster", () => {
    for (const cluster of TOPIC_CLUSTERS) {
      const families = FAMILIES.filter((f) => cluster.families.includes(f.key));
      assert.equal(families.length, cluster.families.length, cluster.key);
      for (const lang of EDITIONS) {
        const terms = new Set([...cluster[lang], ...families.flatMap((f) => f[lang])]);
        assert.ok(terms.size >= 30 && terms.size <= 60, `${cluster.key} ${lang}: ${terms.size}`);
      }
      const relatives = TOPIC_CLUSTERS.filter(
        (c) => c !== cluster && c.families.some((f) => cluster.families.includes(f)),
      );
      assert.ok(relatives.length > 0, `${cluster.key} shares a family with another cluster`);
    }
  });

  it("writes Bangla stories and cluster terms in NFC", () => {
    const bangla = [
      ...stories.filter((s) => s.edition === "bn").flatMap((s) => [s.headline, s.standfirst, s.bodyHtml]),
      ...TOPIC_CLUSTERS.flatMap((c) => c.bn),
      ...FAMILIES.flatMap((f) => f.bn),
    ];
    for (const text of bangla) assert.equal(text, text.normalize("NFC"));
  });

  it("has two or three lightly edited versions of one wire story in the wire clusters", () => {
    for (const cluster of TOPIC_CLUSTERS.filter((c) => c.wire)) {
      for (const edition of EDITIONS) {
        const versions = stories.filter(
          (s) => s.edition === edition && s.duplicateGroup === `${cluster.key}-wire`,
        );
        assert.ok(
          versions.length >= 2 && versions.length <= 3,
          `${edition} ${cluster.key}: ${versions.length}`,
        );
        assert.ok(versions.every((v) => v.cluster === cluster.key && v.creditLine !== null));
        const [first, ...rest] = versions;
        for (const v of rest) {
          assert.notEqual(v.headline, first?.headline);
          assert.equal(v.standfirst, first?.standfirst);
          const paragraphs = (first?.bodyHtml ?? "").split("\n");
          const kept = paragraphs.filter((p) => v.bodyHtml.includes(p)).length;
          // The lead gets a word changed and the last paragraph is rewritten; the rest stays.
          assert.equal(kept, paragraphs.length - 2, `${v.key} keeps the middle paragraphs`);
        }
      }
    }
    const groups = new Set(stories.flatMap((s) => (s.duplicateGroup ? [s.duplicateGroup] : [])));
    assert.equal(groups.size, TOPIC_CLUSTERS.filter((c) => c.wire).length);
  });

  it("gives some cluster stories a translation in the other edition, in the same cluster", () => {
    const translated = stories.filter((s) => s.translationGroup !== null);
    assert.equal(translated.length, TOPIC_CLUSTERS.length * 5 * 2);
    for (const s of translated) {
      const pair = translated.filter((t) => t.translationGroup === s.translationGroup);
      assert.deepEqual(pair.map((t) => t.edition).sort(), ["bn", "en"]);
      assert.equal(pair[0]?.cluster, pair[1]?.cluster);
    }
  });

  it("keeps story lengths realistic and can be cut down for quick tests", () => {
    for (const s of stories) {
      const body = countWords(s.bodyHtml);
      assert.ok(body >= 300 && body <= 960, `${s.key}: ${body}`);
    }
    const small = buildLabelledSet({ clusters: 4, storiesPerCluster: { min: 6, max: 8 }, noise: 5 });
    assert.equal(new Set(small.map((s) => s.cluster)).size, 5);
    assert.equal(small.filter((s) => s.cluster === null).length, 10);
  });
});
