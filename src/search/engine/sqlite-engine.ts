import { sql } from "kysely";
import type { Clause } from "../query/parse-query.ts";
import {
  FIELD_WEIGHTS,
  filterConditions,
  type MatchRequest,
  recencyBoost,
  type SearchEngine,
} from "./search-engine.ts";

/** Terms hold only letters, marks and digits, so quoting each one leaves no FTS5 syntax to abuse. */
function quoted(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function clauseExpression(c: Clause): string {
  switch (c.kind) {
    case "term":
      return quoted(c.term);
    case "prefix":
      return `(${quoted(c.term)} OR ${quoted(c.prefix)}*)`;
    case "phrase":
      return quoted(c.terms.join(" "));
  }
}

/** An FTS5 MATCH expression for the clauses. */
export function matchExpression(clauses: readonly Clause[], join: "all" | "any"): string {
  return clauses.map(clauseExpression).join(join === "all" ? " AND " : " OR ");
}

const BM25 = sql.raw(
  `bm25(search_fts, ${FIELD_WEIGHTS.headline}, ${FIELD_WEIGHTS.standfirst}, ${FIELD_WEIGHTS.tags}, ${FIELD_WEIGHTS.body})`,
);

function matching(request: MatchRequest) {
  // CROSS JOIN keeps SQLite from driving the join from search_documents and running MATCH per row.
  return sql`FROM search_fts CROSS JOIN search_documents d ON d.article_id = search_fts.rowid
    WHERE search_fts MATCH ${matchExpression(request.clauses, request.join)} AND ${filterConditions(request.filters)}`;
}

/** SQLite FTS5: a contentless table keyed by article id, ranked by bm25 (lower is better). */
export const sqliteEngine: SearchEngine = {
  async writeTexts(db, documents) {
    if (documents.length === 0) return;
    await this.eraseText(
      db,
      documents.map((d) => d.articleId),
    );
    const rows = documents.map(
      ({ articleId, text }) =>
        sql`(${articleId}, ${text.headline.join(" ")}, ${text.standfirst.join(" ")}, ${text.tags.join(" ")}, ${text.body.join(" ")})`,
    );
    await sql`INSERT INTO search_fts (rowid, headline, standfirst, tags, body) VALUES ${sql.join(rows)}`.execute(
      db,
    );
  },

  async eraseText(db, articleIds) {
    if (articleIds.length === 0) return;
    await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(articleIds)})`.execute(db);
  },

  async eraseAllText(db) {
    await sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`.execute(db);
  },

  async rank(db, request) {
    const order =
      request.order === "newest"
        ? sql`ORDER BY d.published_at DESC, d.article_id DESC`
        : sql`ORDER BY score ASC, d.article_id DESC`;
    const { rows } = await sql<{ id: number; score: number }>`
      SELECT d.article_id AS id, ${BM25} * ${recencyBoost(request.today)} AS score
      ${matching(request)} ${order} LIMIT ${request.limit} OFFSET ${request.offset}`.execute(db);
    return rows.map((r) => ({ id: r.id, score: -r.score }));
  },

  async count(db, request, cap) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT 1 ${matching(request)} LIMIT ${cap}) AS hits`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },
};
