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
/** A gap between fields, so ranking never takes the end of one and the start of the next for neighbours. */
const FIELD_GAP = 8;

/** Weight letters: A counts most. Tags C, standfirst B, headline A; the body (D) is not ranked by. */
const RANKED_FIELDS = [
  ["headline", "A"],
  ["standfirst", "B"],
  ["tags", "C"],
] as const;

const FIELDS = ["headline", "standfirst", "tags", "body"] as const;

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
 * A document's terms in reading order, as the `words` column keeps them (migration 2026-12-03-14):
 * one line per field, a space on both sides of every term, so a phrase is found as its terms
 * joined by spaces and never across two fields. PostgreSQL indexes exactly the terms SQLite does.
 */
export function wordsText(text: IndexedText): string {
  return FIELDS.map((field) => ` ${text[field].join(" ")} `).join("\n");
}

/**
 * The tsvector literal of what ranking reads, the headline, standfirst and tags, with the field as
 * weight: built here rather than by `to_tsvector`, from the same terms as the index.
 */
export function rankVectorLiteral(text: IndexedText): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const [field, letter] of RANKED_FIELDS) {
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

/** The clauses with each phrase's words in any order: what the GIN index answers without reading a story's words. */
function unordered(clauses: readonly Clause[]): Clause[] {
  return clauses.flatMap((c): Clause[] =>
    c.kind === "phrase" ? c.terms.map((term) => ({ kind: "term", term })) : [c],
  );
}

/**
 * The stories holding the query's words, a phrase's in any order, that pass the filters: what the
 * GIN index answers. `search_words(words)` is what it holds (migration 2026-12-03-14).
 */
function holding(request: MatchRequest, withWords: boolean) {
  return sql`SELECT d.article_id, d.published_at, d.published_day${withWords ? sql`, d.words` : sql``}
    FROM search_documents d
    WHERE search_words(d.words) @@ CAST(${tsqueryLiteral(unordered(request.clauses), request.join)} AS tsquery)
      AND ${filterConditions(request.filters)}`;
}

/**
 * The matches, newest first when there is a `limit`, at most that many.
 *
 * The stories holding the words are found first, all of them, through the index: they are a
 * MATERIALIZED step, because with a limit in sight the planner would rather walk the primary key
 * backwards and read vector after vector until it has enough, which for a word it misjudges as
 * common takes hundreds of milliseconds. Word order is the one thing the index cannot tell, and
 * checking it means reading a story's words: a phrase is checked on the stories holding its
 * words, newest first, only until the limit is reached.
 */
function matches(request: MatchRequest, limit: number | undefined) {
  const checks = wordOrderChecks(request);
  const inOrder = limit === undefined ? sql`` : sql`ORDER BY h.article_id DESC`;
  const checked = checks ? sql`WHERE ${checks}` : sql``;
  const bound = limit === undefined ? sql`` : sql`LIMIT ${limit}`;
  return sql`WITH h AS MATERIALIZED (${holding(request, checks !== undefined)})
    SELECT h.article_id, h.published_at, h.published_day
    FROM (SELECT * FROM h ${inOrder} OFFSET 0) AS h ${checked} ${bound}`;
}

/** Where a clause's terms stand in a story's `words` (h.words): each term has a space on both sides. */
function inWords(c: Clause): RawBuilder<boolean> {
  const needle =
    c.kind === "phrase" ? ` ${c.terms.join(" ")} ` : c.kind === "prefix" ? ` ${c.prefix}` : ` ${c.term} `;
  return sql<boolean>`strpos(h.words, ${needle}) > 0`;
}

/**
 * What the index cannot vouch for, to check in each story's words, or undefined when it vouches for
 * everything. When every clause must match, the index has found stories holding all the words, and
 * only the phrases' word order is left; when any may, a story may be there for a phrase's words
 * alone, so each clause is checked. Each check reads the story's words anew, so they stay few.
 */
function wordOrderChecks(request: MatchRequest): RawBuilder<boolean> | undefined {
  if (!request.clauses.some((c) => c.kind === "phrase")) return undefined;
  const checked =
    request.join === "all" ? request.clauses.filter((c) => c.kind === "phrase") : request.clauses;
  return sql<boolean>`(${sql.join(checked.map(inWords), request.join === "all" ? sql` AND ` : sql` OR `)})`;
}

/**
 * Every match holds the query's words somewhere, so each is given what one mention in the body
 * would rank (weight D in a rank vector of about 60 words: 0.1 × 0.61 / (1 + ln 60) ≈ 0.012): a
 * story that matches only in its body ranks above nothing, by recency among its like, and below
 * one that matches in its headline (a single mention there ranks about 0.12).
 */
const BODY_MATCH_RANK = 0.012;

/**
 * A page of `matched` (rows of article_id, published_at and published_day), best (or newest) first.
 * Only stories whose ranking vector answers the query are ranked by it: `ts_rank` gives the others
 * nothing (or 10⁻²⁰ for a partial match of an AND). So the planner may find those through the
 * ranking vectors' own GIN index (a word is in far fewer headlines than bodies) rather than read
 * the vector of every match in the window, and does, when the word is rare enough in headlines.
 */
function page(request: MatchRequest, matched: RawBuilder<unknown>) {
  const order =
    request.order === "newest"
      ? sql`ORDER BY d.published_at DESC, d.article_id DESC`
      : sql`ORDER BY score DESC, d.article_id DESC`;
  const query = sql`CAST(${tsqueryLiteral(request.clauses, request.join)} AS tsquery)`;
  return sql`SELECT d.article_id AS id,
      (COALESCE(ts_rank(CAST(${RANK_WEIGHTS} AS real[]), r.rank_tsv, ${query}, 1), 0) + ${BODY_MATCH_RANK})
        * ${recencyBoost(request.today)} AS score
    FROM ${matched} AS d LEFT JOIN search_rank_vectors r ON r.article_id = d.article_id AND r.rank_tsv @@ ${query}
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
 * PostgreSQL full-text search: each story's terms as text with a GIN index on their set, ranked by ts_rank over the
 * headline, standfirst and tags (`search_rank_vectors`): matches only in the body come after them.
 */
export const postgresEngine: SearchEngine = {
  /**
   * Written with the row rather than by an update after it: a rebuild's updates would leave every
   * row's first version behind, and make the index built at its end unusable to transactions older
   * than it (`indcheckxmin`).
   */
  textColumns: (text) => ({ words: sql`${wordsText(text)}` }),

  async writeTexts(db, documents) {
    if (documents.length === 0) return;
    await db
      .insertInto("search_rank_vectors")
      .values(
        documents.map(({ articleId, text }) => ({
          article_id: articleId,
          rank_tsv: sql<string>`CAST(${rankVectorLiteral(text)} AS tsvector)`,
        })),
      )
      .execute();
  },

  /**
   * The words hold every term of the document, so its telling terms are read from them (migration
   * 2026-12-03-10 dropped the copy SQLite keeps in `search_document_terms`). Split here: making
   * the set in SQL (`search_words`) took three times as long as sending the text.
   */
  async documentTerms(db, articleIds) {
    if (articleIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("search_documents")
      .where("article_id", "in", articleIds)
      .select(["article_id", sql<string>`words`.as("words")])
      .execute();
    return new Map(rows.map((r) => [r.article_id, telltaleSet(r.words.split(/\s+/))]));
  },

  // The text is a column of the row, so it goes with it.
  async eraseText() {},

  /**
   * Emptied at once rather than row by row: deleting every row would leave the old index's space
   * in the tables beside the new one's (twice the size on disk) until a vacuum.
   */
  async eraseAllText(db) {
    await sql`TRUNCATE search_documents, search_rank_vectors, search_document_authors, search_terms`.execute(
      db,
    );
  },

  // Self-conflicting, so a second holder waits; searches (ACCESS SHARE) go on.
  async holdIndex(db) {
    await sql`LOCK TABLE search_documents IN SHARE ROW EXCLUSIVE MODE`.execute(db);
  },

  /**
   * Adding each story's few hundred terms one at a time to a GIN index without a pending list made
   * a rebuild of 200,000 stories take most of an hour; built once at the end, the indexes are
   * sorted bulk work. They are those of migrations 2026-12-03-13 and -14, made again.
   */
  async rebuilding(db, work) {
    await sql`DROP INDEX search_documents_words, search_rank_vectors_words`.execute(db);
    const result = await work();
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
    await sql`CREATE INDEX search_documents_words ON search_documents
      USING gin (search_words(words)) WITH (fastupdate = off)`.execute(db);
    await sql`CREATE INDEX search_rank_vectors_words ON search_rank_vectors
      USING gin (rank_tsv) WITH (fastupdate = off)`.execute(db);
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
