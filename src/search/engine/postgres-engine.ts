import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import type { Clause } from "../query/parse-query.ts";
import { tellingTerms } from "../related/term-weights.ts";
import { codesFor, termsFor } from "./postgres-lexicon.ts";
import { matches, plan } from "./postgres-matches.ts";
import {
  FIELD_WEIGHTS,
  type IndexedText,
  type MatchRequest,
  rankingWindow,
  recencyBoost,
  type SearchEngine,
} from "./search-engine.ts";
import { codeChars, decodeCodes, FIELD_SEPARATOR } from "./term-codes.ts";

type Q = Kysely<Database>;

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
 * A document's terms as the `words` column keeps them (migration 2026-12-03-15): each term as its
 * code's characters, in reading order, one line per field, so a phrase is found as its terms' codes
 * run together and never across two fields; after spaces that keep them out of line.
 */
export function codedWords(text: IndexedText, codes: ReadonlyMap<string, number>): string {
  const fields = FIELDS.map((field) => text[field].map((term) => codeChars(codeOf(codes, term))).join(""));
  return `${OUT_OF_LINE}${fields.join(FIELD_SEPARATOR)}`;
}

/**
 * PostgreSQL moves a value out of its row only once the row passes about 2 kB, and most stories'
 * codes take less: kept in the row, they made the rows every search reads eight times wider (1,319
 * pages against 235 for one bucket of a common word). Spaces, which no code uses, carry every
 * story's words past that; LZ4 shrinks them to a few bytes.
 */
const OUT_OF_LINE = " ".repeat(2048);

function codeOf(codes: ReadonlyMap<string, number>, term: string): number {
  const code = codes.get(term);
  if (code === undefined) throw new Error(`no code was looked up for the term "${term}"`);
  return code;
}

function termOf(terms: ReadonlyMap<number, string>, code: number): string {
  const term = terms.get(code);
  if (term === undefined) throw new Error(`the search lexicon has no term for the code ${code}`);
  return term;
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

/**
 * Every match holds the query's words somewhere, so each is given what one mention in the body
 * would rank (weight D in a rank vector of about 60 words: 0.1 × 0.61 / (1 + ln 60) ≈ 0.012): a
 * story that matches only in its body ranks above nothing, by recency among its like, and below
 * one that matches in its headline (a single mention there ranks about 0.12).
 */
const BODY_MATCH_RANK = 0.012;

/**
 * A page of the matches `m` (rows of article_id, published_at, published_day and section_id) that `ranked`
 * takes from them, best (or newest) first. Only stories whose ranking vector answers the query are
 * ranked by it: `ts_rank` gives the others nothing (or 10⁻²⁰ for a partial match of an AND). So
 * those are found through the ranking vectors' own GIN index (a word is in far fewer headlines
 * than bodies). A window of a common word's newest matches spans a few buckets, where its headlines
 * span the archive, so a windowed request reads only the vectors within the ids the matches span,
 * found by a block range index (migration 2026-12-03-16). Without a window the matches span the
 * archive anyway. Newest first needs no ranking.
 */
function page(request: MatchRequest, ranked: RawBuilder<unknown>, windowed: boolean) {
  const bounds = sql`LIMIT ${request.limit} OFFSET ${request.offset}`;
  if (request.order === "newest")
    return sql`SELECT d.article_id AS id, 0 AS score, d.section_id, d.published_day FROM ${ranked} AS d
      ORDER BY d.published_at DESC, d.article_id DESC ${bounds}`;
  const query = sql`CAST(${tsqueryLiteral(request.clauses, request.join)} AS tsquery)`;
  return sql`SELECT d.article_id AS id, d.section_id, d.published_day,
      (COALESCE(ts_rank(CAST(${RANK_WEIGHTS} AS real[]), r.rank_tsv, ${query}, 1), 0) + ${BODY_MATCH_RANK})
        * ${recencyBoost(request.today)} AS score
    FROM ${ranked} AS d LEFT JOIN (
      SELECT article_id, rank_tsv FROM search_rank_vectors
      WHERE rank_tsv @@ ${query} ${windowed ? sql`AND article_id >= (SELECT min(article_id) FROM m)` : sql``}
    ) AS r ON r.article_id = d.article_id
    ORDER BY score DESC, d.article_id DESC ${bounds}`;
}

/** The page of matches, best (or newest) first: among the newest `RANKING_WINDOW` when unfiltered. */
export async function rankQuery(db: Q, request: MatchRequest) {
  const p = await plan(db, request);
  const window = rankingWindow(request);
  return (
    p &&
    sql<{
      id: number;
      score: number;
      section_id: number;
      published_day: number;
    }>`WITH m AS MATERIALIZED (${matches(p, window)})
      ${page(request, sql`m`, window !== undefined)}`
  );
}

/**
 * The page and the count in one statement: the matches are found once (the newest `cap` of them,
 * or all when a filter means every match is ranked), counted, and the page ranked from them.
 */
export async function searchQuery(db: Q, request: MatchRequest, cap: number) {
  const p = await plan(db, request);
  if (!p) return undefined;
  const window = rankingWindow(request);
  const ranked =
    window === undefined ? sql`m` : sql`(SELECT * FROM m ORDER BY article_id DESC LIMIT ${window})`;
  return sql<{ total: string; id: number | null; score: number | null }>`
    WITH m AS MATERIALIZED (${matches(p, window === undefined ? undefined : Math.max(window, cap))})
    SELECT n.total, p.id, p.score
    FROM (SELECT count(*) AS total FROM m) AS n
    LEFT JOIN LATERAL (${page(request, ranked, window !== undefined)}) AS p ON true`;
}

/**
 * PostgreSQL full-text search: each story's terms as codes, with a GIN index on their keys (terms,
 * word pairs, bucket), ranked by ts_rank over the headline, standfirst and tags
 * (`search_rank_vectors`): matches only in the body come after them.
 */
export const postgresEngine: SearchEngine = {
  /**
   * Written with the row rather than by an update after it: a rebuild's updates would leave every
   * row's first version behind, and make the index built at its end unusable to transactions older
   * than it (`indcheckxmin`).
   */
  async textColumns(db, texts) {
    const codes = await codesFor(
      db,
      texts.flatMap((text) => FIELDS.flatMap((field) => text[field])),
    );
    return texts.map((text) => ({ words: sql`${codedWords(text, codes)}` }));
  },

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

  /** The words hold every term of each field in order, so the text is read back through the lexicon. */
  async indexedDocument(db, articleId) {
    const row = await db
      .selectFrom("search_documents")
      .where("article_id", "=", articleId)
      .select(["edition", "section_id", "translation_group", sql<string>`words`.as("words")])
      .executeTakeFirst();
    if (!row) return undefined;
    const fields = row.words.split(FIELD_SEPARATOR).map(decodeCodes);
    const terms = await termsFor(db, new Set(fields.flat()));
    const [headline, standfirst, tags, body] = fields.map((codes) =>
      codes.map((code) => termOf(terms, code)),
    );
    return {
      edition: row.edition,
      sectionId: row.section_id,
      translationGroup: row.translation_group,
      text: { headline: headline ?? [], standfirst: standfirst ?? [], tags: tags ?? [], body: body ?? [] },
    };
  },

  /**
   * The words hold every term of the document, so its telling terms are read from them (migration
   * 2026-12-03-10 dropped the copy SQLite keeps in `search_document_terms`), through the lexicon.
   */
  async documentTerms(db, articleIds) {
    if (articleIds.length === 0) return new Map();
    const rows = await db
      .selectFrom("search_documents")
      .where("article_id", "in", articleIds)
      .select(["article_id", sql<string>`words`.as("words")])
      .execute();
    const codesOf = new Map<number, Set<number>>();
    const everyCode = new Set<number>();
    for (const r of rows) {
      const codes = new Set(decodeCodes(r.words));
      codesOf.set(r.article_id, codes);
      for (const code of codes) everyCode.add(code);
    }
    const terms = await termsFor(db, everyCode);
    const termsOf = (codes: ReadonlySet<number>) => {
      const list: string[] = [];
      for (const code of codes) {
        const term = terms.get(code);
        if (term !== undefined) list.push(term);
      }
      return list;
    };
    // A code stands for one term, so a story's terms are distinct already.
    return new Map([...codesOf].map(([id, codes]) => [id, tellingTerms(termsOf(codes))]));
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
   * sorted bulk work. They are those of migrations 2026-12-03-13, -15 and -16, made again; a block range index
   * made after the rows are written also sums up every range of them at once.
   */
  async rebuilding(db, work) {
    await sql`DROP INDEX search_documents_keys, search_rank_vectors_words, search_rank_vectors_span`.execute(
      db,
    );
    const result = await work();
    await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(db);
    await sql`CREATE INDEX search_documents_keys ON search_documents
      USING gin (search_keys(article_id, words)) WITH (fastupdate = off)`.execute(db);
    await sql`ALTER INDEX search_documents_keys ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
    await sql`CREATE INDEX search_rank_vectors_words ON search_rank_vectors
      USING gin (rank_tsv) WITH (fastupdate = off)`.execute(db);
    await sql`CREATE INDEX search_rank_vectors_span ON search_rank_vectors
      USING brin (article_id) WITH (autosummarize = on)`.execute(db);
    return result;
  },

  async rank(db, request) {
    const query = await rankQuery(db, request);
    if (!query) return [];
    const { rows } = await query.execute(db);
    return rows.map((r) => ({
      id: r.id,
      score: Number(r.score),
      sectionId: r.section_id,
      publishedDay: r.published_day,
    }));
  },

  async search(db, request, cap) {
    const query = await searchQuery(db, request, cap);
    if (!query) return { ranked: [], counted: 0 };
    const { rows } = await query.execute(db);
    const ranked = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, score: Number(r.score) }]));
    return { ranked, counted: Math.min(Number(rows[0]?.total ?? 0), cap) };
  },
};
