import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { sql } from "kysely";
import { unavailable, useMigratedDatabase } from "../../../test/support/databases.ts";
import { NOW, seedFixtures } from "../../../test/support/fixtures.ts";
import { parseQuery } from "../query/parse-query.ts";
import { dayNumber, rebuildSearchIndex, syncArticleIndex } from "../search-index.ts";
import { postgresEngine } from "./postgres-engine.ts";
import { codesFor } from "./postgres-lexicon.ts";
import { bucketOf, FIELD_SEPARATOR, inBucket, runKeys } from "./term-codes.ts";

/** The first code written with two characters: past every single one. */
const FIRST_TWO_CHARACTER_CODE = 0xeffff - 0x21 - 0x800 + 2;

async function matchedIds(db: Parameters<typeof postgresEngine.rank>[0], q: string): Promise<number[]> {
  const ranked = await postgresEngine.rank(db, {
    clauses: parseQuery(q).clauses,
    join: "all",
    filters: { edition: "en", now: NOW },
    order: "newest",
    today: dayNumber(NOW),
    limit: 50,
    offset: 0,
  });
  return ranked.map((r) => r.id).sort((a, b) => a - b);
}

describe("PostgreSQL's lexicon and keys", { skip: await unavailable("postgres") }, () => {
  const test = useMigratedDatabase("postgres");
  let fx: Awaited<ReturnType<typeof seedFixtures>>;

  before(async () => {
    fx = await seedFixtures(test.db.kysely);
  });

  it("gives each new term one code when many stories bring it at once", async () => {
    const terms = Array.from({ length: 40 }, (_, i) => `newterm${i}`);
    // Twelve writers, each in its own transaction, with overlapping sets of new terms in any order.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, w) =>
        test.db.kysely.transaction().execute(async (trx) => {
          const mine = terms.filter((_, i) => (i + w) % 3 !== 0).reverse();
          return codesFor(trx, mine);
        }),
      ),
    );
    const { rows } = await sql<{ term: string; code: number }>`
      SELECT term, code FROM search_lexicon WHERE term LIKE 'newterm%'`.execute(test.db.kysely);
    assert.equal(rows.length, terms.length);
    const stored = new Map(rows.map((r) => [r.term, r.code]));
    for (const codes of results) for (const [term, code] of codes) assert.equal(code, stored.get(term), term);
  });

  it("computes in SQL the keys the app looks for", async () => {
    const id = await fx.article({
      headline: "Quillwort growers meet the marsh board",
      standfirst: "Growers of quillwort met",
      bodyHtml: "<p>The quillwort growers of the marsh met the board again.</p>",
    });
    await syncArticleIndex(test.db.kysely, id);
    const { rows } = await sql<{ words: string; keys: string[] }>`
      SELECT words, search_keys(article_id, words) AS keys FROM search_documents WHERE article_id = ${id}`.execute(
      test.db.kysely,
    );
    const [row] = rows;
    assert.ok(row);
    const expected = new Set<number>();
    for (const line of row.words.trimStart().split(FIELD_SEPARATOR)) {
      const chars = [...line];
      chars.forEach((c, i) => {
        expected.add(inBucket(runKeys(c)[0] as number, bucketOf(id)));
        if (i > 0) expected.add(inBucket(runKeys(`${chars[i - 1]}${c}`)[0] as number, bucketOf(id)));
      });
    }
    assert.deepEqual(new Set(row.keys.map(Number)), expected);
  });

  it("finds terms whose codes take two characters, alone, in phrases and by prefix", async () => {
    await sql`INSERT INTO search_lexicon (code, term) OVERRIDING SYSTEM VALUE
      VALUES (${FIRST_TWO_CHARACTER_CODE + 70_000}, 'zzyzx'), (${FIRST_TWO_CHARACTER_CODE + 70_001}, 'zzyzxa')`.execute(
      test.db.kysely,
    );
    const inHeadline = await fx.article({
      headline: "Zzyzx road reopens",
      bodyHtml: "<p>Drivers return.</p>",
    });
    const inBody = await fx.article({
      headline: "Desert news",
      bodyHtml: "<p>The road to zzyzx reopens.</p>",
    });
    const apart = await fx.article({
      headline: "Road works",
      bodyHtml: "<p>Zzyzxa has a road, zzyzx none.</p>",
    });
    await rebuildSearchIndex(test.db.kysely);
    assert.deepEqual(await matchedIds(test.db.kysely, "zzyzx "), [inHeadline, inBody, apart]);
    assert.deepEqual(await matchedIds(test.db.kysely, '"zzyzx road"'), [inHeadline]);
    assert.deepEqual(await matchedIds(test.db.kysely, '"to zzyzx reopens"'), [inBody]);
    assert.deepEqual(await matchedIds(test.db.kysely, "zzyzxa "), [apart]);
    assert.deepEqual(await matchedIds(test.db.kysely, "zzy"), [inHeadline, inBody, apart]);
    const terms = await postgresEngine.documentTerms(test.db.kysely, [apart]);
    assert.ok(terms.get(apart)?.includes("zzyzxa"));
  });
});
