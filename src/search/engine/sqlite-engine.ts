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

/**
 * An FTS5 MATCH expression: the clauses over the text columns, within one edition. The edition is
 * a column of its own so the index itself keeps the editions apart, rather than a join per match.
 */
export function matchExpression(clauses: readonly Clause[], join: "all" | "any", edition: string): string {
  const text = clauses.map(clauseExpression).join(join === "all" ? " AND " : " OR ");
  return `edition : ${quoted(edition)} AND {headline standfirst tags body} : (${text})`;
}

const BM25 = sql.raw(
  `bm25(search_fts, ${FIELD_WEIGHTS.headline}, ${FIELD_WEIGHTS.standfirst}, ${FIELD_WEIGHTS.tags}, ${FIELD_WEIGHTS.body}, 0)`,
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
  async writeTexts(db, documents) {
    if (documents.length === 0) return;
    await this.eraseText(
      db,
      documents.map((d) => d.articleId),
    );
    const rows = documents.map(
      ({ articleId, edition, text }) =>
        sql`(${articleId}, ${text.headline.join(" ")}, ${text.standfirst.join(" ")}, ${text.tags.join(" ")}, ${text.body.join(" ")}, ${edition})`,
    );
    await sql`INSERT INTO search_fts (rowid, headline, standfirst, tags, body, edition)
      VALUES ${sql.join(rows)}`.execute(db);
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
      SELECT d.article_id AS id, m.bm25 * ${recencyBoost(request.today)} AS score
      ${matching(request, rankingWindow(request.filters))} ${order} LIMIT ${request.limit} OFFSET ${request.offset}`.execute(
      db,
    );
    return rows.map((r) => ({ id: r.id, score: -r.score }));
  },

  async count(db, request, cap) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM (SELECT 1 ${matching(request, undefined, false)} LIMIT ${cap}) AS hits`.execute(
      db,
    );
    return Number(rows[0]?.n ?? 0);
  },
};
