import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { buildDemoContent } from "./demo-content.ts";
import { renderDemoPhoto } from "./demo-images.ts";
import type { DemoArticle } from "./demo-types.ts";
import { DEMO_MOTIFS } from "./motifs.ts";
import { AGENCIES } from "./people.ts";
import { countWords, stripTags } from "./text.ts";

const content = buildDemoContent();
const EDITIONS = ["en", "bn"] as const;
const BENGALI = /[\u0980-\u09FF]/;
const byEdition = (edition: string) => content.articles.filter((a) => a.edition === edition);
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
};
const localisedOk = (value: Record<string, string>) =>
  typeof value.en === "string" &&
  value.en.trim() !== "" &&
  typeof value.bn === "string" &&
  BENGALI.test(value.bn);

describe("demo content: structure", () => {
  it("is deterministic", () => {
    assert.equal(JSON.stringify(buildDemoContent()), JSON.stringify(content));
  });

  it("has both editions with at least 44 articles each", () => {
    assert.deepEqual([...new Set(content.articles.map((a) => a.edition))].sort(), ["bn", "en"]);
    for (const e of EDITIONS) assert.ok(byEdition(e).length >= 44, `${e}: ${byEdition(e).length} articles`);
  });

  it("defines at least 7 localised sections with valid slugs, all of them used", () => {
    assert.ok(content.sections.length >= 7);
    assert.equal(new Set(content.sections.map((s) => s.key)).size, content.sections.length);
    for (const s of content.sections) {
      assert.match(s.slug.en ?? "", /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(localisedOk(s.name), `section ${s.key} name`);
      for (const e of EDITIONS)
        assert.ok(
          byEdition(e).some((a) => a.sectionKey === s.key),
          `${e} uses ${s.key}`,
        );
    }
    assert.ok(
      content.sections.some((s) => BENGALI.test(s.slug.bn ?? "")),
      "some Bangla section slugs are Unicode",
    );
    assert.ok(content.sections.some((s) => s.key === "opinion"));
    const keys = new Set(content.sections.map((s) => s.key));
    for (const a of content.articles) assert.ok(keys.has(a.sectionKey), `${a.key} section ${a.sectionKey}`);
  });

  it("keeps every string in NFC so Bangla slugs match however they were typed", () => {
    const json = JSON.stringify(content);
    assert.equal(json, json.normalize("NFC"));
  });
});

describe("demo content: articles", () => {
  it("keeps bodies between 400 and 900 words", () => {
    for (const a of content.articles) {
      const n = countWords(a.bodyHtml);
      assert.ok(n >= 400 && n <= 900, `${a.key}: ${n} words`);
    }
  });

  it("spreads kinds: at least 8 opinion, 5 analysis and 3 feature per edition", () => {
    for (const e of EDITIONS) {
      const kinds = countBy(byEdition(e), (a) => a.kind);
      assert.ok((kinds.get("opinion") ?? 0) >= 8, `${e} opinion`);
      assert.ok((kinds.get("analysis") ?? 0) >= 5, `${e} analysis`);
      assert.ok((kinds.get("feature") ?? 0) >= 3, `${e} feature`);
      assert.ok((kinds.get("news") ?? 0) >= 10, `${e} news`);
    }
    for (const a of content.articles) assert.equal(a.kind === "opinion", a.sectionKey === "opinion", a.key);
  });

  it("writes headlines of 6-14 words and standfirsts of one or two sentences", () => {
    for (const a of content.articles) {
      const words = a.headline.trim().split(/\s+/).length;
      assert.ok(words >= 6 && words <= 14, `${a.key}: headline has ${words} words`);
      const sentences = a.standfirst.split(/[.!?।](?:\s|$)/).filter((s) => s.trim() !== "").length;
      assert.ok(sentences >= 1 && sentences <= 2, `${a.key}: standfirst has ${sentences} sentences`);
    }
  });

  it("uses only the allowed HTML and leaves no unfilled template slots", () => {
    const allowed = new Set(["p", "h2", "blockquote", "ul", "li", "strong", "em"]);
    for (const a of content.articles) {
      for (const m of a.bodyHtml.matchAll(/<\/?([a-z0-9]+)[^>]*>/g)) {
        assert.ok(allowed.has(m[1] ?? ""), `${a.key}: <${m[1]}>`);
        assert.ok(!/\s/.test(m[0].slice(1, -1).trim()), `${a.key}: attributes in ${m[0]}`);
      }
      assert.ok(!/[{}]|undefined|NaN/.test(a.bodyHtml), `${a.key}: leftover slot`);
      assert.ok(a.bodyHtml.startsWith("<p>"), a.key);
      assert.match(a.bodyHtml, /<\/(p|ul|blockquote)>$/);
      for (const bq of a.bodyHtml.matchAll(/<blockquote>(.*?)<\/blockquote>/g)) {
        assert.match(
          bq[1] ?? "",
          /^(<p>[^<]*(<strong>[^<]*<\/strong>[^<]*)?<\/p>)+$/,
          `${a.key}: blockquote holds paragraphs`,
        );
      }
    }
  });

  it("writes each edition in its own script and never repeats a body", () => {
    for (const a of content.articles) {
      const text = stripTags(a.bodyHtml) + a.headline + a.standfirst;
      if (a.edition === "en") {
        assert.ok(!BENGALI.test(text), `${a.key} contains Bengali`);
      } else {
        const letters = text.match(/\p{L}/gu) ?? [];
        const bengali = letters.filter((ch) => BENGALI.test(ch)).length;
        assert.ok(bengali / letters.length > 0.9, `${a.key}: ${bengali}/${letters.length} Bengali letters`);
      }
    }
    assert.equal(new Set(content.articles.map((a) => a.bodyHtml)).size, content.articles.length);
    assert.equal(new Set(content.articles.map((a) => a.key)).size, content.articles.length);
  });

  it("gives unique, lowercase, URL-friendly slugs per edition", () => {
    for (const e of EDITIONS) {
      const slugs = byEdition(e).map((a) => a.slug);
      assert.equal(new Set(slugs).size, slugs.length, `${e} slugs unique`);
      for (const slug of slugs) {
        assert.equal(slug, slug.toLowerCase());
        if (e === "en") assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        else assert.match(slug, /^[\p{L}\p{M}\p{Nd}]+(-[\p{L}\p{M}\p{Nd}]+)*$/u);
      }
    }
    assert.ok(
      byEdition("bn").every((a) => BENGALI.test(a.slug)),
      "Bangla article slugs use Bengali script",
    );
  });
});

describe("demo content: people and credits", () => {
  const authors = new Map(content.authors.map((a) => [a.slug, a]));

  it("has at least 4 columnists and 8 staff, localised", () => {
    assert.equal(authors.size, content.authors.length);
    assert.ok(content.authors.filter((a) => a.kind === "columnist").length >= 4);
    assert.ok(content.authors.filter((a) => a.kind === "staff").length >= 8);
    for (const a of content.authors) {
      assert.ok(localisedOk(a.name) && localisedOk(a.title) && localisedOk(a.bio), a.slug);
    }
  });

  it("gives every columnist at least two opinion pieces per edition", () => {
    for (const e of EDITIONS) {
      const opinion = byEdition(e).filter((a) => a.kind === "opinion");
      for (const a of opinion) {
        assert.equal(a.authorSlugs.length, 1, a.key);
        assert.equal(authors.get(a.authorSlugs[0] ?? "")?.kind, "columnist", a.key);
      }
      for (const c of content.authors.filter((a) => a.kind === "columnist")) {
        const n = opinion.filter((a) => a.authorSlugs.includes(c.slug)).length;
        assert.ok(n >= 2, `${e}: ${c.slug} has ${n} columns`);
      }
    }
  });

  it("credits wire copy to fictional agencies and staff copy to 1-2 known authors", () => {
    const agencyNames = new Set(AGENCIES.flatMap((a) => [a.en, a.bn]));
    for (const e of EDITIONS) {
      const wire = byEdition(e).filter((a) => a.creditLine !== null);
      assert.ok(wire.length >= 8, `${e}: ${wire.length} wire stories`);
      for (const a of wire) {
        assert.deepEqual(a.authorSlugs, [], a.key);
        assert.ok(agencyNames.has(a.creditLine ?? ""), `${a.key}: ${a.creditLine}`);
      }
    }
    for (const a of content.articles.filter((x) => x.creditLine === null)) {
      assert.ok(a.authorSlugs.length >= 1 && a.authorSlugs.length <= 2, a.key);
      assert.equal(new Set(a.authorSlugs).size, a.authorSlugs.length, a.key);
      for (const s of a.authorSlugs) assert.ok(authors.has(s), `${a.key}: unknown author ${s}`);
    }
    const credits = [
      ...content.articles.map((a) => a.creditLine ?? ""),
      ...content.photos.map((p) => p.credit),
    ];
    for (const c of credits) assert.ok(!/\b(Reuters|AFP|AP|Associated Press|Agence France)\b/i.test(c), c);
  });
});

describe("demo content: translations, updates and timing", () => {
  it("links at least 12 stories across editions as genuine pairs", () => {
    const keyed = content.articles.filter((a) => a.translationKey !== null);
    const groups = new Map<string, DemoArticle[]>();
    for (const a of keyed)
      groups.set(a.translationKey ?? "", [...(groups.get(a.translationKey ?? "") ?? []), a]);
    assert.ok(groups.size >= 12, `${groups.size} translation pairs`);
    for (const [key, pair] of groups) {
      assert.deepEqual(pair.map((a) => a.edition).sort(), ["bn", "en"], key);
      const [en, bn] = [pair.find((a) => a.edition === "en"), pair.find((a) => a.edition === "bn")];
      assert.ok(en && bn);
      assert.equal(en.cluster, bn.cluster);
      assert.equal(en.kind, bn.kind);
      assert.equal(en.sectionKey, bn.sectionKey);
      assert.deepEqual(en.authorSlugs, bn.authorSlugs);
      assert.equal(en.leadPhoto, bn.leadPhoto);
      assert.ok(Math.abs(en.publishedMinutesAgo - bn.publishedMinutesAgo) <= 60, `${key} published apart`);
      // Paragraph-for-paragraph renderings share their block structure.
      const shape = (html: string) => html.replace(/>[^<]*</g, "><");
      assert.equal(shape(en.bodyHtml), shape(bn.bodyHtml), `${key} structure`);
    }
  });

  it("marks at least 8 significant updates per edition, always after publication", () => {
    for (const e of EDITIONS) {
      const updated = byEdition(e).filter((a) => a.updatedMinutesAgo !== null);
      assert.ok(updated.length >= 8, `${e}: ${updated.length} updated`);
      for (const a of updated) {
        assert.ok(
          (a.updatedMinutesAgo ?? -1) >= 0 && (a.updatedMinutesAgo ?? 0) < a.publishedMinutesAgo,
          a.key,
        );
      }
    }
  });

  it("spreads publication over ten days with a handful in the last 24 hours", () => {
    for (const e of EDITIONS) {
      const times = byEdition(e).map((a) => a.publishedMinutesAgo);
      assert.equal(new Set(times).size, times.length, `${e} times unique`);
      assert.ok(times.every((t) => Number.isInteger(t) && t >= 0 && t <= 14_400));
      const recent = times.filter((t) => t <= 1440).length;
      assert.ok(recent >= 3 && recent <= 15, `${e}: ${recent} in last day`);
      assert.ok(Math.max(...times) > 12_000, `${e} reaches back ten days`);
    }
  });
});

describe("demo content: clusters and tags", () => {
  it("forms at least 8 clusters with 4+ articles per edition sharing a tag", () => {
    const clusters = new Set(content.articles.map((a) => a.cluster));
    assert.ok(clusters.size >= 8);
    for (const e of EDITIONS) {
      for (const cluster of clusters) {
        const members = byEdition(e).filter((a) => a.cluster === cluster);
        assert.ok(members.length >= 4, `${e}/${cluster}: ${members.length}`);
        const first = members[0]?.tagSlugs ?? [];
        const shared = first.filter((t) => members.every((a) => a.tagSlugs.includes(t)));
        assert.ok(shared.length >= 1, `${e}/${cluster} share a tag`);
      }
    }
  });

  it("defines localised tags and uses 2-4 known tags per article", () => {
    for (const e of EDITIONS) {
      const tags = content.tags.filter((t) => t.edition === e);
      const slugs = new Set(tags.map((t) => t.slug));
      assert.equal(slugs.size, tags.length, `${e} tag slugs unique`);
      if (e === "bn")
        assert.ok(
          tags.every((t) => BENGALI.test(t.name)),
          "Bangla tag names",
        );
      for (const a of byEdition(e)) {
        assert.ok(a.tagSlugs.length >= 2 && a.tagSlugs.length <= 4, a.key);
        assert.equal(new Set(a.tagSlugs).size, a.tagSlugs.length, a.key);
        for (const t of a.tagSlugs) assert.ok(slugs.has(t), `${a.key}: unknown tag ${t}`);
      }
    }
  });
});

describe("demo content: photos", () => {
  const photos = new Map(content.photos.map((p) => [p.key, p]));

  it("describes every photo completely", () => {
    assert.equal(photos.size, content.photos.length, "photo keys unique");
    for (const p of content.photos) {
      assert.ok((DEMO_MOTIFS as readonly string[]).includes(p.scene.motif), p.key);
      assert.ok(Number.isInteger(p.scene.seed) && p.scene.hue >= 0 && p.scene.hue < 360, p.key);
      assert.ok(localisedOk(p.caption) && localisedOk(p.alt), p.key);
      assert.match(p.credit, /^(Dateline Photo\/[A-Z][\w ]+|[A-Z][\w ]+\/Staff)$/, p.key);
      assert.match(p.key, /^[a-z0-9-]+$/, "keys are safe as file names");
      const portrait = p.scene.motif === "portrait";
      assert.deepEqual([p.width, p.height], portrait ? [600, 600] : [1600, 900], p.key);
    }
  });

  it("gives at least 90% of articles a resolvable lead photo", () => {
    for (const e of EDITIONS) {
      const articles = byEdition(e);
      const withLead = articles.filter((a) => a.leadPhoto !== null);
      assert.ok(withLead.length / articles.length >= 0.9, `${e}: ${withLead.length}/${articles.length}`);
      for (const a of withLead) assert.equal(photos.get(a.leadPhoto ?? "")?.width, 1600, a.key);
    }
  });

  it("gives every columnist and some staff a portrait", () => {
    for (const a of content.authors.filter((x) => x.kind === "columnist")) assert.ok(a.photo, a.slug);
    assert.ok(content.authors.filter((a) => a.kind === "staff" && a.photo).length >= 3);
    for (const a of content.authors.filter((x) => x.photo)) {
      assert.equal(photos.get(a.photo ?? "")?.scene.motif, "portrait", a.slug);
    }
  });
});

describe("renderDemoPhoto", () => {
  it("renders every motif as a JPEG of the requested size", async () => {
    for (const motif of DEMO_MOTIFS) {
      const portrait = motif === "portrait";
      const photo = {
        key: `test-${motif}`,
        scene: { motif, hue: 200, seed: 7 },
        width: portrait ? 600 : 1600,
        height: portrait ? 600 : 900,
        caption: { en: "x", bn: "x" },
        alt: { en: "x", bn: "x" },
        credit: "Dateline Photo/Staff",
      };
      const jpeg = await renderDemoPhoto(photo);
      const meta = await sharp(jpeg).metadata();
      assert.equal(meta.format, "jpeg", motif);
      assert.deepEqual([meta.width, meta.height], [photo.width, photo.height], motif);
    }
  });

  it("is deterministic and reasonably fast for real demo photos", async () => {
    const sample = [content.photos[0], content.photos[content.photos.length - 1]];
    for (const photo of sample) {
      assert.ok(photo);
      const started = performance.now();
      const a = await renderDemoPhoto(photo);
      const elapsed = performance.now() - started;
      const b = await renderDemoPhoto(photo);
      assert.ok(a.equals(b), `${photo.key} renders identically`);
      // Generous bound: the target is ~100 ms, but CI machines vary.
      assert.ok(elapsed < 1000, `${photo.key} took ${Math.round(elapsed)} ms`);
    }
  });

  it("rejects unknown motifs", async () => {
    const bad = { ...content.photos[0], scene: { motif: "unicorn", hue: 0, seed: 1 } };
    await assert.rejects(() => renderDemoPhoto(bad as never), /Unsupported demo motif/);
  });
});
