import { type Kysely, type RawBuilder, sql } from "kysely";
import type { ArticleKind } from "../../content/article.kinds.ts";
import type { Database } from "../../db/database.ts";
import type { Clause } from "../query/parse-query.ts";

type Q = Kysely<Database>;

/** A document's terms per field, in order; the field decides the weight. */
export interface IndexedText {
  headline: string[];
  standfirst: string[];
  tags: string[];
  body: string[];
}

/** What related stories take from a story: where it belongs and its terms. */
export interface IndexedDocument {
  edition: string;
  sectionId: number;
  translationGroup: string | null;
  text: IndexedText;
}

export interface MatchFilters {
  edition: string;
  /** Only stories readers can see at this time. */
  now: string;
  sectionId?: number;
  authorId?: number;
  kind?: ArticleKind;
  /** Inclusive ISO bounds on the publication time. */
  from?: string;
  to?: string;
  excludeIds?: readonly number[];
  excludeTranslationGroup?: string | null;
}

export interface MatchRequest {
  clauses: readonly Clause[];
  /** "all": every clause must match (search); "any": one is enough (related stories). */
  join: "all" | "any";
  filters: MatchFilters;
  order: "relevance" | "newest";
  /** Day number (days since the epoch) that recency is measured from. */
  today: number;
  limit: number;
  offset: number;
}

export interface RankedId {
  id: number;
  score: number;
}

/** A match with what related stories weigh besides its terms, read with it rather than after. */
export interface RankedMatch extends RankedId {
  sectionId: number;
  publishedDay: number;
}

/** The two full-text engines behind one interface; everything around them is shared SQL. */
export interface SearchEngine {
  /**
   * For each text, the columns of its document's `search_documents` row that hold it, where the
   * engine keeps it there.
   */
  textColumns(db: Q, texts: readonly IndexedText[]): Promise<Record<string, RawBuilder<unknown>>[]>;
  /**
   * Stores documents' text and their telling terms (`distinctTerms`); their `search_documents`
   * rows are already written.
   */
  writeTexts(
    db: Q,
    documents: readonly { articleId: number; edition: string; text: IndexedText; terms: readonly string[] }[],
  ): Promise<void>;
  /**
   * An indexed document as the index holds it, or undefined when it is not indexed or the engine
   * cannot give its text back.
   */
  indexedDocument(db: Q, articleId: number): Promise<IndexedDocument | undefined>;
  /** The telling terms of indexed documents, as written with their text. */
  documentTerms(db: Q, articleIds: readonly number[]): Promise<Map<number, string[]>>;
  /** Forgets the text of documents whose rows are being deleted. */
  eraseText(db: Q, articleIds: readonly number[]): Promise<void>;
  eraseAllText(db: Q): Promise<void>;
  /** Keeps other transactions from rebuilding the index until this one ends (they may still read it). */
  holdIndex(db: Q): Promise<void>;
  /** Runs `work`, the rebuild of the whole index inside its transaction, set up to write in bulk. */
  rebuilding<T>(db: Q, work: () => Promise<T>): Promise<T>;
  /** Matches, best first; `score` is higher for better matches (relevance order only). */
  rank(db: Q, request: MatchRequest): Promise<RankedMatch[]>;
  /** A page of matches, as `rank` gives them, and how many documents match, counted no further than `cap`. */
  search(db: Q, request: MatchRequest, cap: number): Promise<PageOfMatches>;
}

export interface PageOfMatches {
  ranked: RankedId[];
  /** At most the cap. */
  counted: number;
}

/** Field weights: a word in the headline says far more about a story than one in the body. */
export const FIELD_WEIGHTS = { headline: 10, standfirst: 4, tags: 3, body: 1 } as const;

/**
 * How much a fresh story gains over an old one with the same relevance: a story published today
 * scores up to (1 + weight) times as much, one `halfLifeDays` old (1 + weight / 2) times.
 */
export const RECENCY = { weight: 0.5, halfLifeDays: 30 } as const;

export function recencyBoost(today: number): RawBuilder<number> {
  return sql<number>`(1.0 + ${RECENCY.weight} / (1.0 + (CASE WHEN d.published_day < ${today} THEN ${today} - d.published_day ELSE 0 END) / ${RECENCY.halfLifeDays}))`;
}

/**
 * A common word matches a large share of a big archive, and scoring every match costs about a
 * microsecond each. Without a filter to narrow them, matches are scored within the newest this
 * many (by id, which follows creation): a reader searching a word that common is after recent
 * stories, and recency is blended into relevance anyway. Filtered searches score every match.
 */
export const RANKING_WINDOW = 1000;

/**
 * How many of the newest matches to score, or undefined for all of them. Related stories' "any"
 * queries bound their matches themselves, by the terms they choose.
 */
export function rankingWindow(request: Pick<MatchRequest, "filters" | "join">): number | undefined {
  const f = request.filters;
  const narrowed = [f.sectionId, f.authorId, f.kind, f.from, f.to].some((v) => v !== undefined);
  return narrowed || request.join === "any" ? undefined : RANKING_WINDOW;
}

/** The conditions on `search_documents d` that both engines share. */
export function filterConditions(f: MatchFilters): RawBuilder<unknown> {
  // The index holds every published story (content's `publishedArticles`), embargoed ones too, so
  // the time half of `visibleToReaders` is applied here, to this table's own copy of the time.
  const parts: RawBuilder<unknown>[] = [sql`d.edition = ${f.edition}`, sql`d.published_at <= ${f.now}`];
  if (f.sectionId !== undefined) parts.push(sql`d.section_id = ${f.sectionId}`);
  if (f.kind !== undefined) parts.push(sql`d.kind = ${f.kind}`);
  if (f.from !== undefined) parts.push(sql`d.published_at >= ${f.from}`);
  if (f.to !== undefined) parts.push(sql`d.published_at <= ${f.to}`);
  if (f.authorId !== undefined)
    parts.push(
      sql`EXISTS (SELECT 1 FROM search_document_authors da WHERE da.article_id = d.article_id AND da.author_id = ${f.authorId})`,
    );
  if (f.excludeIds?.length) parts.push(sql`d.article_id NOT IN (${sql.join(f.excludeIds)})`);
  if (f.excludeTranslationGroup)
    parts.push(sql`(d.translation_group IS NULL OR d.translation_group <> ${f.excludeTranslationGroup})`);
  return sql.join(parts, sql` AND `);
}
