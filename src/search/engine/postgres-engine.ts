import { sql } from "kysely";
import type { Clause } from "../query/parse-query.ts";
import {
  FIELD_WEIGHTS,
  filterConditions,
  type IndexedText,
  type MatchRequest,
  rankingWindow,
  recencyBoost,
  type SearchEngine,
} from "./search-engine.ts";

/** PostgreSQL keeps at most 256 positions per lexeme and none past 16383. */
const MAX_POSITIONS_PER_TERM = 256;
const MAX_POSITION = 16383;
/** A gap between fields, so a phrase never matches across the end of one and the start of the next. */
const FIELD_GAP = 8;

/** Weight letters: A counts most. Body D, tags C, standfirst B, headline A. */
const FIELD_LETTERS = [
  ["headline", "A"],
  ["standfirst", "B"],
  ["tags", "C"],
  ["body", "D"],
] as const;

/** `ts_rank` weights for {D, C, B, A}, in the same proportions as SQLite's bm25 weights. */
const RANK_WEIGHTS = `{${[
  FIELD_WEIGHTS.body,
  FIELD_WEIGHTS.tags,
  FIELD_WEIGHTS.standfirst,
  FIELD_WEIGHTS.headline,
]
  .map((w) => w / FIELD_WEIGHTS.headline)
  .join(",")}}`;

function lexeme(term: string): string {
  return `'${term.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The tsvector literal of a document, built here rather than by `to_tsvector`, so PostgreSQL
 * indexes exactly the terms SQLite does, at the same positions, with the field as weight.
 */
export function tsvectorLiteral(text: IndexedText): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const [field, letter] of FIELD_LETTERS) {
    for (const term of text[field]) {
      const list = positions.get(term) ?? [];
      if (list.length < MAX_POSITIONS_PER_TERM) list.push(`${Math.min(position, MAX_POSITION)}${letter}`);
      positions.set(term, list);
      position++;
    }
    position += FIELD_GAP;
  }
  return [...positions].map(([term, list]) => `${lexeme(term)}:${list.join(",")}`).join(" ");
}

function clauseQuery(c: Clause): string {
  switch (c.kind) {
    case "term":
      return lexeme(c.term);
    case "prefix":
      return `(${lexeme(c.term)} | ${lexeme(c.prefix)}:*)`;
    case "phrase":
      return `(${c.terms.map(lexeme).join(" <-> ")})`;
  }
}

/** A tsquery literal for the clauses; cast directly, so no parser sees what the reader typed. */
export function tsqueryLiteral(clauses: readonly Clause[], join: "all" | "any"): string {
  return clauses.map(clauseQuery).join(join === "all" ? " & " : " | ");
}

/** The clauses with each phrase's words in any order: what the GIN index answers without reading a vector. */
function unordered(clauses: readonly Clause[]): Clause[] {
  return clauses.flatMap((c): Clause[] =>
    c.kind === "phrase" ? c.terms.map((term) => ({ kind: "term", term })) : [c],
  );
}

/**
 * The stories whose words match, newest first. `search_vector(tsv)` is what the GIN index holds
 * (migration 2026-12-03-06): matching through it keeps the planner on the index instead of reading
 * each story's vector.
 */
function candidates(request: MatchRequest, clauses: readonly Clause[]) {
  return sql`SELECT d.article_id, d.published_at, d.published_day, d.rank_tsv, d.tsv
    FROM search_documents d
    WHERE search_vector(d.tsv) @@ CAST(${tsqueryLiteral(clauses, request.join)} AS tsquery)
      AND ${filterConditions(request.filters)}
    ORDER BY d.article_id DESC`;
}

/**
 * The matches (the newest `window` of them when there is one), as `d`, with the query as `q`.
 * Word order is the one thing the index cannot tell, and checking it means reading a story's whole
 * vector: a phrase is checked on the stories holding its words, newest first, only until the
 * window is full (OFFSET 0 keeps the planner from merging the two steps into one scan).
 */
function matching(request: MatchRequest, window: number | undefined) {
  const query = tsqueryLiteral(request.clauses, request.join);
  const limit = window === undefined ? sql`` : sql`LIMIT ${window}`;
  const words = unordered(request.clauses);
  const matches = request.clauses.some((c) => c.kind === "phrase")
    ? sql`SELECT * FROM (${candidates(request, words)} OFFSET 0) AS c
        WHERE search_vector(c.tsv) @@ CAST(${query} AS tsquery) ${limit}`
    : sql`${candidates(request, words)} ${limit}`;
  return sql`FROM (${matches}) AS d, CAST(${query} AS tsquery) AS q`;
}

/** The page of matches, best (or newest) first. */
export function rankQuery(request: MatchRequest) {
  const order =
    request.order === "newest"
      ? sql`ORDER BY d.published_at DESC, d.article_id DESC`
      : sql`ORDER BY score DESC, d.article_id DESC`;
  return sql<{ id: number; score: number }>`
    SELECT d.article_id AS id,
      ts_rank(CAST(${RANK_WEIGHTS} AS real[]), d.rank_tsv, q, 1) * ${recencyBoost(request.today)} AS score
    ${matching(request, rankingWindow(request))} ${order} LIMIT ${request.limit} OFFSET ${request.offset}`;
}

export function countQuery(request: MatchRequest, cap: number) {
  return sql<{ n: string | number }>`
    SELECT count(*) AS n FROM (SELECT 1 ${matching(request, undefined)} LIMIT ${cap}) AS hits`;
}

/**
 * PostgreSQL full-text search: a tsvector column with a GIN index, ranked by ts_rank over the
 * headline, standfirst and tags (`rank_tsv`): matches only in the body come after them, newest first.
 */
export const postgresEngine: SearchEngine = {
  async writeTexts(db, documents) {
    if (documents.length === 0) return;
    const rows = documents.map(
      ({ articleId, text }) => sql`(${articleId}::integer, ${tsvectorLiteral(text)})`,
    );
    await sql`UPDATE search_documents AS d SET tsv = CAST(v.literal AS tsvector)
      FROM (VALUES ${sql.join(rows)}) AS v(id, literal) WHERE d.article_id = v.id`.execute(db);
  },

  // The text is a column of the row, so it goes with it.
  async eraseText() {},
  async eraseAllText() {},

  async rank(db, request) {
    const { rows } = await rankQuery(request).execute(db);
    return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  },

  async count(db, request, cap) {
    const { rows } = await countQuery(request, cap).execute(db);
    return Number(rows[0]?.n ?? 0);
  },
};
