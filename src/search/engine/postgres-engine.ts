import { type RawBuilder, sql } from "kysely";
import type { Clause } from "../query/parse-query.ts";
import { telltaleSet } from "../related/term-weights.ts";
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

/** What ranking and ordering read of a match. */
const MATCH_COLUMNS = sql`d.article_id, d.published_at, d.published_day, d.rank_tsv`;

/**
 * The stories whose words match, newest first. `search_vector(tsv)` is what the GIN index holds
 * (migration 2026-12-03-06): matching through it keeps the planner on the index instead of reading
 * each story's vector.
 */
function candidates(request: MatchRequest, clauses: readonly Clause[], columns = MATCH_COLUMNS) {
  return sql`SELECT ${columns}
    FROM search_documents d
    WHERE search_vector(d.tsv) @@ CAST(${tsqueryLiteral(clauses, request.join)} AS tsquery)
      AND ${filterConditions(request.filters)}
    ORDER BY d.article_id DESC`;
}

/**
 * The matches, newest first, at most `limit` of them when there is one. Word order is the one thing
 * the index cannot tell, and checking it means reading a story's whole vector: a phrase is checked
 * on the stories holding its words, newest first, only until the limit is reached (OFFSET 0 keeps
 * the planner from merging the two steps into one scan).
 */
function matches(request: MatchRequest, limit: number | undefined) {
  const bound = limit === undefined ? sql`` : sql`LIMIT ${limit}`;
  const words = unordered(request.clauses);
  if (!request.clauses.some((c) => c.kind === "phrase")) return sql`${candidates(request, words)} ${bound}`;
  const query = tsqueryLiteral(request.clauses, request.join);
  return sql`SELECT ${MATCH_COLUMNS} FROM (${candidates(request, words, sql`${MATCH_COLUMNS}, d.tsv`)} OFFSET 0) AS d
    WHERE search_vector(d.tsv) @@ CAST(${query} AS tsquery) ${bound}`;
}

/**
 * Every match holds the query's words somewhere, so each is given what one mention in the body
 * would rank (weight D in a rank vector of about 60 words: 0.1 × 0.61 / (1 + ln 60) ≈ 0.012): a
 * story that matches only in its body ranks above nothing, by recency among its like, and below
 * one that matches in its headline (a single mention there ranks about 0.12).
 */
const BODY_MATCH_RANK = 0.012;

/** A page of `matched` (rows of MATCH_COLUMNS), best (or newest) first. */
function page(request: MatchRequest, matched: RawBuilder<unknown>) {
  const order =
    request.order === "newest"
      ? sql`ORDER BY d.published_at DESC, d.article_id DESC`
      : sql`ORDER BY score DESC, d.article_id DESC`;
  const query = tsqueryLiteral(request.clauses, request.join);
  return sql`SELECT d.article_id AS id,
      (ts_rank(CAST(${RANK_WEIGHTS} AS real[]), d.rank_tsv, q, 1) + ${BODY_MATCH_RANK}) * ${recencyBoost(request.today)} AS score
    FROM ${matched} AS d, CAST(${query} AS tsquery) AS q
    ${order} LIMIT ${request.limit} OFFSET ${request.offset}`;
}

/** The page of matches, best (or newest) first: among the newest `RANKING_WINDOW` when unfiltered. */
export function rankQuery(request: MatchRequest) {
  return sql<{
    id: number;
    score: number;
  }>`${page(request, sql`(${matches(request, rankingWindow(request))})`)}`;
}

/**
 * The page and the count in one statement: the matches are found once (the newest `cap` of them,
 * or all when a filter means every match is ranked), counted, and the page ranked from them.
 */
export function searchQuery(request: MatchRequest, cap: number) {
  const window = rankingWindow(request);
  const ranked =
    window === undefined ? sql`m` : sql`(SELECT * FROM m ORDER BY article_id DESC LIMIT ${window})`;
  return sql<{ total: string; id: number | null; score: number | null }>`
    WITH m AS MATERIALIZED (${matches(request, window === undefined ? undefined : Math.max(window, cap))})
    SELECT n.total, p.id, p.score
    FROM (SELECT count(*) AS total FROM m) AS n
    LEFT JOIN LATERAL (${page(request, ranked)}) AS p ON true`;
}

/**
 * PostgreSQL full-text search: a tsvector column with a GIN index, ranked by ts_rank over the
 * headline, standfirst and tags (`rank_tsv`): matches only in the body come after them.
 */
export const postgresEngine: SearchEngine = {
  /**
   * Written with the row rather than by an update after it: a rebuild's updates would leave every
   * row's first version behind, and make the index built at its end unusable to transactions older
   * than it (`indcheckxmin`).
   */
  textColumns: (text) => ({ tsv: sql`CAST(${tsvectorLiteral(text)} AS tsvector)` }),
  async writeTexts() {},

  /**
   * The vector holds every term of the document, so its telling terms are read from it (migration
   * 2026-12-03-10 dropped the copy SQLite keeps in `search_document_terms`).
   */
  async documentTerms(db, articleIds) {
    if (articleIds.length === 0) return new Map();
    const { rows } = await sql<{ article_id: number; words: string[] }>`
      SELECT article_id, tsvector_to_array(tsv) AS words FROM search_documents
      WHERE article_id IN (${sql.join(articleIds)})`.execute(db);
    return new Map(rows.map((r) => [r.article_id, telltaleSet(r.words)]));
  },

  // The text is a column of the row, so it goes with it.
  async eraseText() {},

  /**
   * Emptied at once rather than row by row: deleting every row would leave the old index's space
   * in the tables beside the new one's (twice the size on disk) until a vacuum.
   */
  async eraseAllText(db) {
    await sql`TRUNCATE search_documents, search_document_authors, search_terms`.execute(db);
  },

  /**
   * Adding each story's few hundred terms one at a time to a GIN index without a pending list made
   * a rebuild of 200,000 stories take most of an hour; built once at the end, from every vector,
   * the index is sorted bulk work. It is the index of migration 2026-12-03-06, made again.
   */
  async rebuilding(db, work) {
    await sql`DROP INDEX search_documents_vector`.execute(db);
    const result = await work();
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
    await sql`CREATE INDEX search_documents_vector ON search_documents
      USING gin (search_vector(tsv)) WITH (fastupdate = off)`.execute(db);
    return result;
  },

  async rank(db, request) {
    const { rows } = await rankQuery(request).execute(db);
    return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  },

  async search(db, request, cap) {
    const { rows } = await searchQuery(request, cap).execute(db);
    const ranked = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, score: Number(r.score) }]));
    return { ranked, counted: Math.min(Number(rows[0]?.total ?? 0), cap) };
  },
};
