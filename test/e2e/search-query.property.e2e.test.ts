import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import type { Db } from "../../src/db/create-db.ts";
import { parseQuery } from "../../src/search/query/parse-query.ts";
import { searchArticles } from "../../src/search/search.service.ts";
import { MAX_QUERY_LENGTH, SEARCH_SORTS, SearchParams } from "../../src/search/search.types.ts";
import { dayNumber, engineFor, rebuildSearchIndex } from "../../src/search/search-index.ts";
import { awkwardText, QUERY_SYNTAX } from "../support/awkward-text.ts";
import { DIALECTS, unavailable, useMigratedDatabase } from "../support/databases.ts";
import { NOW, seedFixtures } from "../support/fixtures.ts";

/** Words of the seeded stories, so that many generated queries match and get ranked and highlighted. */
const STORY_WORDS = [
  "river",
  "floods",
  "rising",
  "embankm",
  "relief",
  "İstanbul",
  "straße",
  "café",
  "naïve",
  "নদীর",
  "পানি",
  "বন্যা",
  "ঢাকায়",
  "২০২৬",
  "স্বীকৃতি‌ই",
];

/** Any text, and the stories' own words among search syntax, which gets past the engine to ranking and highlighting. */
const query = fc
  .oneof(
    awkwardText(MAX_QUERY_LENGTH, { extraPieces: [...QUERY_SYNTAX, ...STORY_WORDS], size: "large" }),
    fc
      .array(fc.constantFrom(...STORY_WORDS, ...QUERY_SYNTAX), { maxLength: 6 })
      .chain((pieces) => fc.constantFrom(pieces.join(" "), pieces.join(""))),
  )
  .map((q) => q.slice(0, MAX_QUERY_LENGTH));
const edition = fc.constantFrom("en", "bn");

async function seedStories(db: Db): Promise<void> {
  const fx = await seedFixtures(db.kysely);
  await fx.article({
    headline: "River floods rising at the embankment near İstanbul straße",
    bodyHtml: "<p>Relief is on its way to the café, naïve as it sounds.</p>",
  });
  await fx.article({ headline: "Relief reaches flooded villages", tagIds: [fx.tags.floods] });
  await fx.article({
    edition: "bn",
    headline: "নদীর পানি বাড়ছে ২০২৬",
    bodyHtml: "<p>ঢাকায় বন্যা। স্বীকৃতি‌ই</p>",
  });
  await rebuildSearchIndex(db.kysely);
}

function search(db: Db, q: string, inEdition: string, sort: SearchParams["sort"] = "relevance") {
  return searchArticles(db.kysely, inEdition, SearchParams.parse({ q, sort }), NOW, 10, "Asia/Dhaka");
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search on ${dialect}, for any text a reader types`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    before(() => seedStories(test.db));

    it("compiles to an expression the engine accepts, for search and for related stories", async () => {
      const db = test.db;
      await fc.assert(
        fc.asyncProperty(query, edition, fc.constantFrom(...SEARCH_SORTS), async (q, inEdition, sort) => {
          const results = await search(db, q, inEdition, sort);
          assert.ok(results.total >= results.hits.length);
          const { clauses } = parseQuery(q);
          if (clauses.length === 0) return;
          const related = {
            clauses,
            join: "any" as const,
            filters: { edition: inEdition, now: NOW },
            order: "relevance" as const,
            today: dayNumber(NOW),
            limit: 10,
            offset: 0,
          };
          await engineFor(db.kysely).rank(db.kysely, related);
          await engineFor(db.kysely).search(db.kysely, related, 100);
        }),
        { numRuns: 200, includeErrorInReport: true },
      );
    });
  });
}

const bothSkip = DIALECTS.length < 2 ? "needs both engines" : ((await unavailable("postgres")) ?? false);
describe("SQLite and PostgreSQL, for any text a reader types", { skip: bothSkip }, () => {
  const sqlite = useMigratedDatabase("sqlite");
  const postgres = useMigratedDatabase("postgres");
  before(() => Promise.all([seedStories(sqlite.db), seedStories(postgres.db)]));

  it("find the same stories in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(query, edition, async (q, inEdition) => {
        const found = await Promise.all(
          [sqlite.db, postgres.db].map(async (db) =>
            (await search(db, q, inEdition)).hits.map((hit) => hit.article.headline),
          ),
        );
        assert.deepEqual(found[0], found[1]);
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });
});
