import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { readCorpus } from "../../test/support/corpora.ts";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { minutesBefore, NOW, seedFixtures } from "../../test/support/fixtures.ts";
import { testWritePath } from "../../test/support/write-path.ts";
import { moveArticle } from "../content/article-workflow.ts";
import type { Db } from "../db/create-db.ts";
import { searchArticles } from "./search.service.ts";
import { SearchParams } from "./search.types.ts";
import { rebuildSearchIndex } from "./search-index.ts";

const udhr = readCorpus("bengali/udhr/udhr-ben.txt");

/** What readers may throw at the box; none of it may reach the engine as syntax. */
const HOSTILE_QUERIES = [
  '"',
  '""',
  '"unclosed phrase',
  "*",
  "river*",
  "^river",
  "NEAR(river flood)",
  "river AND",
  "OR",
  "NOT river",
  "-river",
  "river:flood",
  "{headline}: river",
  "col:river",
  "'; DROP TABLE articles; --",
  "\\",
  "river & flood | !x <-> y:*",
  "()",
  "\u0000",
  "\ud800",
  "\udfff river",
  "river\u200D",
  "\u09CD",
  "x".repeat(499),
  `${"word ".repeat(99)}`,
];

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let fx: Awaited<ReturnType<typeof seedFixtures>>;

    async function search(edition: string, params: Partial<SearchParams>, pageSize = 10) {
      return searchArticles(db.kysely, edition, SearchParams.parse(params), NOW, pageSize, "Asia/Dhaka");
    }
    async function ids(edition: string, params: Partial<SearchParams>) {
      return (await search(edition, params)).hits.map((h) => h.article.id);
    }

    before(async () => {
      db = test.db;
      fx = await seedFixtures(db.kysely);
    });

    beforeEach(async () => {
      await db.kysely.deleteFrom("articles").execute();
    });

    it("weighs the headline over the standfirst over the body", async () => {
      const inBody = await fx.article({
        bodyHtml: "<p>The embankment held.</p>",
        publishedAt: minutesBefore(NOW, 5),
      });
      const inHeadline = await fx.article({
        headline: "Embankment breached",
        publishedAt: minutesBefore(NOW, 30),
      });
      const inStandfirst = await fx.article({
        standfirst: "An embankment gave way.",
        publishedAt: minutesBefore(NOW, 20),
      });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: "embankment " }), [inHeadline, inStandfirst, inBody]);
      assert.deepEqual(await ids("en", { q: "embankment ", sort: "newest" }), [
        inBody,
        inStandfirst,
        inHeadline,
      ]);
    });

    it("finds English inflections through stemming, and marks the words found", async () => {
      const id = await fx.article({
        headline: "Election day",
        bodyHtml: "<p>Voters queued before the polls opened.</p>",
      });
      await rebuildSearchIndex(db.kysely);
      const result = await search("en", { q: "elections voter " });
      assert.deepEqual(
        result.hits.map((h) => h.article.id),
        [id],
      );
      const hit = result.hits[0];
      assert.deepEqual(hit?.headline, [
        { text: "Election", match: true },
        { text: " day", match: false },
      ]);
      assert.ok(hit?.snippet.some((p) => p.match && p.text === "Voters"));
    });

    it("finds Bangla words whole, with their endings, never by fragments", async () => {
      const capital = await fx.article({ edition: "bn", headline: "বাংলাদেশের রাজধানী ঢাকা", slug: "capital" });
      const enter = await fx.article({ edition: "bn", headline: "ঘরে ঢোকার পথ", slug: "enter" });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("bn", { q: "ঢাকা " }), [capital]);
      assert.deepEqual(await ids("bn", { q: "ঢাকার " }), [capital], "an inflected query finds the base form");
      assert.deepEqual(await ids("bn", { q: "বাংলাদেশ " }), [capital]);
      assert.deepEqual(await ids("bn", { q: "ঢোকা " }), [enter]);
      assert.deepEqual(await ids("bn", { q: "রাজ " }), [], "a fragment is not a word");
      assert.deepEqual(await ids("bn", { q: "ঢাকা এবং " }), [capital], "stop words do not have to match");
    });

    it("matches Bengali and ASCII digits, and either spelling of য়", async () => {
      const year = await fx.article({ edition: "bn", headline: "২০২৪ সালের সম\u09DF", slug: "year" });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("bn", { q: "2024 " }), [year]);
      assert.deepEqual(await ids("bn", { q: "২০২৪ " }), [year]);
      assert.deepEqual(await ids("bn", { q: "সম\u09AF\u09BC " }), [year]);
    });

    it("matches phrases in order, and the word being typed as a prefix", async () => {
      const phrase = await fx.article({ headline: "River rises at dawn" });
      await fx.article({ headline: "Dawn rises over the river" });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: '"river rises"' }), [phrase]);
      assert.equal((await ids("en", { q: "rive" })).length, 2, "the last word matches as a prefix");
      assert.deepEqual(await ids("en", { q: "rive " }), [], "a finished word does not");
    });

    it("matches a phrase within one field, however deep in a long story it stands", async () => {
      const filler = "<p>Tide tables were printed again.</p>".repeat(3500);
      const deep = await fx.article({
        headline: "Harbour notes",
        bodyHtml: `${filler}<p>The pilot boat came home.</p>`,
      });
      await fx.article({ headline: "Harbour notes pilot", bodyHtml: "<p>Boat came late.</p>" });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: '"pilot boat"' }), [deep], "past word 16,383 of the body");
      assert.deepEqual(await ids("en", { q: '"pilot boat came"' }), [deep]);
      assert.deepEqual(await ids("en", { q: '"notes pilot boat"' }), [], "not across headline and body");
    });
    it("filters by section, author, kind and dates in the newspaper's time zone", async () => {
      const early = await fx.article({ headline: "Budget talks", publishedAt: "2026-11-27T18:30:00.000Z" });
      const sports = await fx.article({ headline: "Budget for cricket", sectionId: fx.sections.sports });
      const opinion = await fx.article({ headline: "Budget opinion", kind: "opinion", authorIds: [] });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: "budget", section: "sports" }), [sports]);
      assert.deepEqual(await ids("en", { q: "budget", kind: "opinion" }), [opinion]);
      assert.ok(!(await ids("en", { q: "budget", author: "nasima-akter" })).includes(opinion));
      // 18:30 UTC on the 27th is already the 28th in Dhaka.
      assert.deepEqual(await ids("en", { q: "budget", from: "2026-11-28", to: "2026-11-28" }), [early]);
      assert.deepEqual(await ids("en", { q: "budget", section: "no-such-section" }), []);
    });

    it("blends in recency: of two equal matches, the newer ranks first", async () => {
      const old = await fx.article({
        headline: "Ferry service resumes",
        publishedAt: minutesBefore(NOW, 60 * 24 * 200),
      });
      const fresh = await fx.article({
        headline: "Ferry service resumes",
        publishedAt: minutesBefore(NOW, 60),
      });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: "ferry service" }), [fresh, old]);
    });

    it("pages through results and caps the count", async () => {
      for (let i = 0; i < 5; i++) await fx.article({ headline: `Monsoon report ${i}` });
      await rebuildSearchIndex(db.kysely);
      const page2 = await search("en", { q: "monsoon", page: 2 }, 2);
      assert.equal(page2.total, 5);
      assert.equal(page2.pageCount, 3);
      assert.equal(page2.hits.length, 2);
      assert.equal(page2.totalIsCapped, false);
    });

    it("treats hostile queries as words: a result or nothing, never an error", async () => {
      const id = await fx.article({
        headline: "River flood warning near the town",
        bodyHtml: "<p>The river rose.</p>",
      });
      await rebuildSearchIndex(db.kysely);
      for (const q of HOSTILE_QUERIES) {
        const result = await search("en", { q });
        assert.ok(
          result.hits.every((h) => h.article.id === id),
          JSON.stringify(q),
        );
      }
      assert.deepEqual(await ids("en", { q: "NEAR(river flood)" }), [id]);
      assert.equal((await search("en", { q: "" })).searched, false);
      assert.equal(SearchParams.safeParse({ q: "x".repeat(10_000) }).success, false);
    });

    it("follows publication: publish, update and unpublish show on the next search", async () => {
      const id = await fx.article({ headline: "Cyclone signal raised", status: "draft", publishedAt: null });
      await rebuildSearchIndex(db.kysely);
      assert.deepEqual(await ids("en", { q: "cyclone" }), []);
      await moveArticle(
        testWritePath(db.kysely, () => new Date(minutesBefore(NOW, 1))),
        id,
        "publish",
        {
          user: null,
          ip: null,
          now: new Date(minutesBefore(NOW, 1)),
        },
      );
      assert.deepEqual(await ids("en", { q: "cyclone" }), [id]);
      await moveArticle(
        testWritePath(db.kysely, () => new Date(NOW)),
        id,
        "unpublish",
        { user: null, ip: null, now: new Date(NOW) },
      );
      assert.deepEqual(await ids("en", { q: "cyclone" }), []);
    });

    it("finds real Bangla words of the UDHR, joiners and conjuncts included", {
      skip: udhr.skip,
    }, async () => {
      const paragraphs = udhr.text.split("\n").filter((p) => p.trim().length > 200);
      const articles = [];
      for (const [i, p] of paragraphs.slice(0, 12).entries())
        articles.push(
          await fx.article({
            edition: "bn",
            slug: `udhr-${i}`,
            headline: `অনুচ্ছেদ ${i}`,
            bodyHtml: `<p>${p}</p>`,
          }),
        );
      await rebuildSearchIndex(db.kysely);
      const probes = ["স্বীকৃতি\u200Cই", "অধিকারসমূহ", "স্বাধীনতা", "মর্যাদা"];
      for (const word of probes) {
        const found = await ids("bn", { q: `${word} ` });
        const expected = articles.filter((_, i) => paragraphs[i]?.includes(word));
        assert.ok(found.length > 0, `${word} is found`);
        for (const id of expected) assert.ok(found.includes(id), `${word} in article ${id}`);
      }
    });
  });
}
