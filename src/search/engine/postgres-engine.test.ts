import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { type RawBuilder, sql } from "kysely";
import pg from "pg";
import { unavailable, useMigratedDatabase } from "../../../test/support/databases.ts";
import { NOW, seedFixtures } from "../../../test/support/fixtures.ts";
import { searchableArticles } from "../../content/searchable.queries.ts";
import { Rng } from "../../demo/prng.ts";
import { parseQuery } from "../query/parse-query.ts";
import { dayNumber, distinctTerms, indexedTextOf, rebuildSearchIndex } from "../search-index.ts";
import { postgresEngine, rankQuery, searchQuery } from "./postgres-engine.ts";
import type { MatchRequest } from "./search-engine.ts";

const STORIES = 60;
const BODY_WORDS = 600;

/** Made-up words, so each story's words are several kilobytes and PostgreSQL keeps them out of line. */
function longBody(rng: Rng): string {
  const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + rng.int(0, 25))).join("");
  return `<p>${Array.from({ length: BODY_WORDS }, word).join(" ")}</p>`;
}

function request(q: string): MatchRequest {
  return {
    clauses: parseQuery(q).clauses,
    join: "all",
    filters: { edition: "en", now: NOW },
    order: "relevance",
    today: dayNumber(NOW),
    limit: 10,
    offset: 0,
  };
}

// The cost being guarded against is PostgreSQL's own (SQLite's FTS5 reads only its index).
describe("PostgreSQL search, on an archive whose words are kept out of line", {
  skip: await unavailable("postgres"),
}, () => {
  const test = useMigratedDatabase("postgres");
  const ids: number[] = [];
  let bangla = 0;

  before(async () => {
    const fx = await seedFixtures(test.db.kysely);
    // Fields that are empty, tagged, or in another script must all come back in their places.
    bangla = await fx.article({
      edition: "bn",
      translationGroup: "cyclone-landfall",
      sectionId: fx.sections.sports,
      headline: "ঘূর্ণিঝড় উপকূলে আঘাত হানল",
      standfirst: "",
      bodyHtml: "<p>উপকূলের মানুষ আশ্রয়কেন্দ্রে গেছেন। ঘূর্ণিঝড় দুর্বল হয়েছে।</p>",
    });
    ids.push(await fx.article({ headline: "Tagged report", tagIds: [fx.tags.floods, fx.tags.cricket] }));
    const rng = new Rng(11);
    const headlines: Record<number, string> = { 8: "Quillwort growers meet", 10: "Marshwort season opens" };
    for (let i = 1; i < STORIES; i++)
      ids.push(
        await fx.article({
          headline: headlines[i] ?? `Market report ${i}`,
          bodyHtml: i === 9 ? `<p>Marshwort again.</p>${longBody(rng)}` : longBody(rng),
        }),
      );
    await rebuildSearchIndex(test.db.kysely);
  });

  /** The statement a request is searched with; every request here has a word the index knows. */
  async function statement(query: Promise<RawBuilder<unknown> | undefined>): Promise<RawBuilder<unknown>> {
    const built = await query;
    assert.ok(built, "the request was answered without a statement");
    return built;
  }

  async function rankedIds(q: string): Promise<{ id: number; score: number }[]> {
    const query = await rankQuery(test.db.kysely, request(q));
    return query ? (await query.execute(test.db.kysely)).rows : [];
  }

  /** Pages the query touched (shared buffers hit or read), from the executed plan. */
  async function pagesRead(query: RawBuilder<unknown>): Promise<number> {
    const { rows } = await sql<{ "QUERY PLAN": { Plan: Record<string, number> }[] }>`
      EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query}`.execute(test.db.kysely);
    const plan = rows[0]?.["QUERY PLAN"][0]?.Plan ?? {};
    return (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0);
  }

  it("finds and ranks a word through the index, without reading every story's words", async () => {
    assert.equal((await rankedIds("quillwort ")).length, 1);
    // Reading each story's words would touch at least two pages per story.
    for (const query of [
      rankQuery(test.db.kysely, request("quillwort ")),
      searchQuery(test.db.kysely, request("quillwort "), 1001),
    ])
      assert.ok(
        (await pagesRead(await statement(query))) < STORIES,
        "a search for one story reads pages for every story",
      );
  });

  it("checks a phrase's word order only on the stories holding its words", async () => {
    assert.equal((await rankedIds('"quillwort growers"')).length, 1);
    assert.equal((await rankedIds('"growers quillwort"')).length, 0);
    assert.ok(
      (await pagesRead(await statement(rankQuery(test.db.kysely, request('"quillwort growers"'))))) < STORIES,
    );
  });
  it("runs its statements without JIT compilation, whatever the server's threshold", async () => {
    const market = await statement(rankQuery(test.db.kysely, request("market")));
    const compiledMarket = market.compile(test.db.kysely);
    const explain = `EXPLAIN (ANALYZE, FORMAT JSON) ${compiledMarket.sql}`;
    type Plan = { "QUERY PLAN": Record<string, unknown>[] };
    const jitUsed = (rows: Plan[]) => rows[0]?.["QUERY PLAN"][0]?.JIT !== undefined;
    // A connection of its own, without the app's settings: where the server can compile, it does.
    const plain = new pg.Client({ connectionString: test.url });
    await plain.connect();
    try {
      await plain.query("SET jit_above_cost = 0");
      // True only with a JIT provider installed and jit on (the server's default).
      const { rows } = await plain.query<{ available: boolean }>("SELECT pg_jit_available() AS available");
      const compiled = await plain.query<Plan>(explain, [...compiledMarket.parameters]);
      assert.equal(jitUsed(compiled.rows), rows[0]?.available);
    } finally {
      await plain.end();
    }
    const used = await test.db.kysely.transaction().execute(async (trx) => {
      await sql`SET LOCAL jit_above_cost = 0`.execute(trx);
      return jitUsed((await sql<Plan>`EXPLAIN (ANALYZE, FORMAT JSON) ${market}`.execute(trx)).rows);
    });
    assert.equal(used, false);
  });

  it("ranks a match only in the body above nothing and below a match in the headline", async () => {
    const rows = await rankedIds("marshwort ");
    assert.deepEqual(
      rows.map((r) => r.id),
      [ids[10], ids[9]],
    );
    const [headline, body] = rows.map((r) => Number(r.score));
    assert.ok((body ?? 0) > 0 && (body ?? 0) < (headline ?? 0) / 5, `body ${body}, headline ${headline}`);
  });

  it("ranks a window's matches from the vectors they span, found by a block range index the rebuild keeps", async () => {
    const { rows } = await sql<{ def: string }>`
      SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'search_rank_vectors_span'`.execute(
      test.db.kysely,
    );
    assert.match(rows[0]?.def ?? "(none)", /USING brin \(article_id\)/);
    const text = async (query: Promise<RawBuilder<unknown> | undefined>) =>
      (await statement(query)).compile(test.db.kysely).sql;
    assert.match(await text(rankQuery(test.db.kysely, request("market"))), /article_id >= \(SELECT min/);
    // Matches that span the archive are ranked without a span to walk.
    const related = { ...request("market"), join: "any" as const };
    assert.doesNotMatch(await text(rankQuery(test.db.kysely, related)), /article_id >= \(SELECT min/);
  });

  it("reads a story's telling terms from its words: the same terms its analysis gives", async () => {
    const stories = await searchableArticles(test.db.kysely, [ids[8] ?? 0, ids[9] ?? 0]);
    const terms = await postgresEngine.documentTerms(test.db.kysely, [ids[8] ?? 0, ids[9] ?? 0]);
    assert.equal(terms.size, 2);
    for (const story of stories)
      assert.deepEqual([...(terms.get(story.id) ?? [])].sort(), distinctTerms(indexedTextOf(story)).sort());
  });

  it("gives a story's text back as its analysis gives it, field by field, with its section and group", async () => {
    const wanted = [bangla, ids[0] ?? 0, ids[9] ?? 0];
    for (const story of await searchableArticles(test.db.kysely, wanted)) {
      const indexed = await postgresEngine.indexedDocument(test.db.kysely, story.id);
      assert.deepEqual(indexed, {
        edition: story.edition,
        sectionId: story.sectionId,
        translationGroup: story.translationGroup,
        text: indexedTextOf(story),
      });
    }
    const text = (await postgresEngine.indexedDocument(test.db.kysely, bangla))?.text;
    assert.deepEqual(text?.standfirst, []);
    assert.ok((text?.headline.length ?? 0) > 0 && (text?.body.length ?? 0) > 0);
    assert.ok(
      ((await postgresEngine.indexedDocument(test.db.kysely, ids[0] ?? 0))?.text.tags.length ?? 0) > 0,
    );
    assert.equal(await postgresEngine.indexedDocument(test.db.kysely, 999_999), undefined);
  });
});
