import { sql } from "kysely";
import type { Clause } from "../query/parse-query.ts";
import {
  FIELD_WEIGHTS,
  filterConditions,
  type MatchRequest,
  rankingWindow,
  recencyBoost,
  type SearchEngine,
} from "./search-engine.ts";

/**
 * Each edition's terms are kept apart inside the one FTS5 index by a mark before every token
 * (`en` + U+E000 + `elect`): a query reads only its edition's postings, and bm25's document
 * frequencies are the edition's own. U+E000 is a private-use character, which the tokenizer keeps
 * inside tokens and which no analyzed word contains.
 */
const EDITION_MARK = "\uE000";

function token(edition: string, term: string): string {
  return `${edition}${EDITION_MARK}${term}`;
}

/** Terms hold only letters, marks and digits, so quoting each one leaves no FTS5 syntax to abuse. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function clauseExpression(c: Clause, edition: string): string {
  switch (c.kind) {
    case "term":
      return quoted(token(edition, c.term));
    case "prefix":
      return `(${quoted(token(edition, c.term))} OR ${quoted(token(edition, c.prefix))}*)`;
    case "phrase":
      return quoted(c.terms.map((t) => token(edition, t)).join(" "));
  }
}

/** An FTS5 MATCH expression for the clauses, within one edition. */
export function matchExpression(clauses: readonly Clause[], join: "all" | "any", edition: string): string {
  return clauses.map((c) => clauseExpression(c, edition)).join(join === "all" ? " AND " : " OR ");
}

function tokens(edition: string, terms: readonly string[]): string {
  return terms.map((t) => token(edition, t)).join(" ");
}

const BM25 = sql.raw(
  `bm25(search_fts, ${FIELD_WEIGHTS.headline}, ${FIELD_WEIGHTS.standfirst}, ${FIELD_WEIGHTS.tags}, ${FIELD_WEIGHTS.body})`,
);

/**
 * The matches with their bm25 score, the newest `window` of them when there is one (FTS5 walks
 * its index in rowid order, so it stops there and scores no more), joined to their documents.
 * CROSS JOIN keeps SQLite from driving the join from search_documents and matching per row.
 */
function matching(request: MatchRequest, window: number | undefined, scored = true) {
  const expression = matchExpression(request.clauses, request.join, request.filters.edition);
  return sql`FROM (SELECT rowid AS id ${scored ? sql`, ${BM25} AS bm25` : sql``} FROM search_fts WHERE search_fts MATCH ${expression}
      ORDER BY rowid DESC LIMIT ${window ?? -1}) AS m
    CROSS JOIN search_documents d ON d.article_id = m.id
    WHERE ${filterConditions(request.filters)}`;
}

/** SQLite FTS5: a contentless table keyed by article id, ranked by bm25 (lower is better). */
export const sqliteEngine: SearchEngine = {
  // The text goes into the FTS5 table, apart from the row.
  textColumns: async (_db, texts) => texts.map(() => ({})),

  async writeTexts(db, documents) {
    if (documents.length === 0) return;
    await this.eraseText(
      db,
      documents.map((d) => d.articleId),
    );
    const rows = documents.map(
      ({ articleId, edition, text }) =>
        sql`(${articleId}, ${tokens(edition, text.headline)}, ${tokens(edition, text.standfirst)},
          ${tokens(edition, text.tags)}, ${tokens(edition, text.body)})`,
    );
    await sql`INSERT INTO search_fts (rowid, headline, standfirst, tags, body) VALUES ${sql.join(rows)}`.execute(
      db,
    );
    // FTS5 cannot give a contentless document's terms back, so they are kept beside it.
    await db
      .insertInto("search_document_terms")
      .values(documents.map(({ articleId, terms }) => ({ article_id: articleId, terms: terms.join(" ") })))
      .execute();
  },

  // The FTS5 table is contentless: a document's text cannot be read back from it.
  indexedDocument: async () => undefined,

  async documentTerms(db, articleIds) {
    if (articleIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("search_document_terms")
      .where("article_id", "in", articleIds)
      .select(["article_id", "terms"])
      .execute();
    return new Map(rows.map((r) => [r.article_id, r.terms.split(" ")]));
  },

  async eraseText(db, articleIds) {
    if (articleIds.length === 0) return;
    await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(articleIds)})`.execute(db);
    await db.deleteFrom("search_document_terms").where("article_id", "in", articleIds).execute();
  },

  async eraseAllText(db) {
    await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(db);
    await db.deleteFrom("search_document_terms").execute();
  },

  // One process writes a SQLite file, one transaction at a time.
  async holdIndex() {},

  // FTS5 merges its segments as it goes: a bulk load needs nothing special.
  rebuilding: (_db, work) => work(),

  async rank(db, request) {
    const order =
      request.order === "newest"
        ? sql`ORDER BY d.published_at DESC, d.article_id DESC`
        : sql`ORDER BY score ASC, d.article_id DESC`;
    const { rows } = await sql<{ id: number; score: number; section_id: number; published_day: number }>`
      SELECT d.article_id AS id, m.bm25 * ${recencyBoost(request.today)} AS score, d.section_id, d.published_day
      ${matching(request, rankingWindow(request))} ${order} LIMIT ${request.limit} OFFSET ${request.offset}`.execute(
      db,
    );
    return rows.map((r) => ({
      id: r.id,
      score: -r.score,
      sectionId: r.section_id,
      publishedDay: r.published_day,
    }));
  },

  async search(db, request, cap) {
    const ranked = await sqliteEngine.rank(db, request);
    // A first page that is not full holds every match: nothing left to count.
    if (request.offset === 0 && ranked.length < request.limit) return { ranked, counted: ranked.length };
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT 1 ${matching(request, undefined, false)} LIMIT ${cap}) AS hits`.execute(
      db,
    );
    return { ranked, counted: Number(rows[0]?.n ?? 0) };
  },
};
