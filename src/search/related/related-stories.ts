import type { Kysely } from "kysely";
import { summariesByIds } from "../../content/article.queries.ts";
import type { ArticleSummary } from "../../content/content.ts";
import { searchableArticles } from "../../content/searchable.queries.ts";
import type { Database } from "../../db/database.ts";
import { type IndexedDocument, type IndexedText, RECENCY } from "../engine/search-engine.ts";
import { dayNumber, distinctTerms, engineFor, indexedTextOf, type Prepared } from "../search-index.ts";
import { documentCounts } from "../term-counts.ts";
import { storedRelatedRows } from "./related-pins.ts";
import { EDITION_SIZE_TERM, termWeights } from "./term-weights.ts";

type Q = Kysely<Database>;

/** How many related stories a story shows, on its page and in the Content API. */
export const RELATED_SHOWN = 4;
/** Stored per story: more than the page shows, so a story unpublished later leaves no gap. */
export const RELATED_KEPT = 8;
/** The story's most telling terms: what candidates are scored by. */
const PROFILE_TERMS = 24;
/** Of those, how many the engine's query uses: its cost grows with terms times matches. */
const QUERY_TERMS = 10;
/** Candidates the engine returns for scoring here. */
const CANDIDATES = 20;
/** Two stories sharing this much of their vocabulary are versions of one story, not two. */
const NEAR_DUPLICATE_JACCARD = 0.6;
const SAME_SECTION_BONUS = 0.1;
/**
 * At most this many matches (the sum of the chosen terms' document counts) for the engine to
 * score; a small archive never reaches it. With 20 candidates rather than 40 and 1,000 matches
 * rather than 2,000, `eval:related` with 10,000 background stories per edition kept precision@4
 * (0.874 and 0.869 against 0.871 and 0.862) at 8.2 instead of 19.1 ms a story.
 */
const MATCH_BUDGET = 1000;

interface Telltale {
  /** The most telling terms with their tf-idf weight. */
  profile: Map<string, number>;
  /** The most telling terms whose matches fit the budget: the engine's query. */
  query: string[];
}

/** The terms a story is about, weighted by tf-idf against its edition's archive. */
async function telltaleTerms(db: Q, edition: string, text: IndexedText): Promise<Telltale> {
  const weights = termWeights(text);
  const terms = [...weights.keys()];
  const counts = await documentCounts(db, edition, [...terms, EDITION_SIZE_TERM]);
  const size = counts.get(EDITION_SIZE_TERM) ?? 0;
  const scored = terms
    .flatMap((term) => {
      const df = counts.get(term) ?? 0;
      // A term no other story has finds nothing.
      if (df < 2) return [];
      return [{ term, df, score: (weights.get(term) as number) * Math.log(1 + size / df) }];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, PROFILE_TERMS);
  // The engine scores every story holding any query term, so the terms' document counts are what
  // the query costs: it takes the most telling terms that fit the budget.
  const query: string[] = [];
  let budget = MATCH_BUDGET;
  for (const { term, df } of scored) {
    if (query.length === QUERY_TERMS) break;
    if (df > budget) continue;
    budget -= df;
    query.push(term);
  }
  return { profile: new Map(scored.map((t) => [t.term, t.score])), query };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** The same blend of recency as search, so a fresh story edges out an equally close old one. */
function recencyFactor(publishedDay: number, today: number): number {
  const age = Math.max(0, today - publishedDay);
  return (1 + RECENCY.weight / (1 + age / RECENCY.halfLifeDays)) / (1 + RECENCY.weight);
}

/**
 * The story as related stories weigh it: from its index entry where the engine gives its text
 * back (one statement, no analysis), otherwise from the story itself.
 */
async function subjectOf(db: Q, articleId: number): Promise<IndexedDocument | undefined> {
  const indexed = await engineFor(db).indexedDocument(db, articleId);
  if (indexed) return indexed;
  const [article] = await searchableArticles(db, [articleId]);
  return article && subjectOfPrepared({ article, text: indexedTextOf(article) });
}

function subjectOfPrepared({ article, text }: Pick<Prepared, "article" | "text">): IndexedDocument {
  const { edition, sectionId, translationGroup } = article;
  return { edition, sectionId, translationGroup, text };
}

/**
 * Published stories of the same edition most like this one. The engine finds candidates that
 * share the story's most telling terms (headline, standfirst, tags and body, weighted by tf-idf);
 * they are then scored here, the same way on both engines, by the weight of the terms they share,
 * a bonus for the same section, and recency. Never the story itself, its translations or a
 * version of it, and never two versions of one story. Best first.
 */
export async function computeRelated(
  db: Q,
  articleId: number,
  now: string,
  analysed?: Pick<Prepared, "article" | "text">,
): Promise<number[]> {
  const article = analysed ? subjectOfPrepared(analysed) : await subjectOf(db, articleId);
  if (!article) return [];
  const { text } = article;
  const { profile, query } = await telltaleTerms(db, article.edition, text);
  if (query.length === 0) return [];
  const today = dayNumber(now);
  const found = await engineFor(db).rank(db, {
    clauses: query.map((term) => ({ kind: "term", term })),
    join: "any",
    filters: {
      edition: article.edition,
      now,
      excludeIds: [articleId],
      excludeTranslationGroup: article.translationGroup,
    },
    order: "relevance",
    today,
    limit: CANDIDATES,
    offset: 0,
  });
  if (found.length === 0) return [];
  const termsOf = await engineFor(db).documentTerms(
    db,
    found.map((r) => r.id),
  );
  const total = [...profile.values()].reduce((sum, w) => sum + w, 0);
  const candidates = found
    .map((match) => {
      const terms = new Set(termsOf.get(match.id));
      let shared = 0;
      for (const [term, weight] of profile) if (terms.has(term)) shared += weight;
      const section = match.sectionId === article.sectionId ? SAME_SECTION_BONUS : 0;
      const score = (shared / total + section) * recencyFactor(match.publishedDay, today);
      return { id: match.id, score, terms };
    })
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const chosen: { id: number; terms: Set<string> }[] = [
    { id: articleId, terms: new Set(distinctTerms(text)) },
  ];
  for (const candidate of candidates) {
    if (chosen.length > RELATED_KEPT) break;
    if (chosen.some((c) => jaccard(c.terms, candidate.terms) >= NEAR_DUPLICATE_JACCARD)) continue;
    chosen.push(candidate);
  }
  return chosen.slice(1).map((c) => c.id);
}

/** Computes a story's related stories and stores them; returns them. */
export async function refreshRelated(
  db: Q,
  articleId: number,
  now: string,
  analysed?: Pick<Prepared, "article" | "text">,
): Promise<number[]> {
  const ids = await computeRelated(db, articleId, now, analysed);
  await storeRelated(db, articleId, ids);
  return ids;
}

export async function storeRelated(db: Q, articleId: number, ids: readonly number[]): Promise<void> {
  await db.deleteFrom("related_stories").where("article_id", "=", articleId).execute();
  if (ids.length === 0) return;
  await db
    .insertInto("related_stories")
    .values(ids.map((related_id, position) => ({ article_id: articleId, position, related_id })))
    .execute();
}

export async function anyRelatedStored(db: Q): Promise<boolean> {
  return (
    (await db.selectFrom("related_stories").select("article_id").limit(1).executeTakeFirst()) !== undefined
  );
}

/** Stories that list this one among their related stories. */
export async function storiesListing(db: Q, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("related_stories")
    .where("related_id", "=", articleId)
    .select("article_id")
    .distinct()
    .execute();
  return rows.map((r) => r.article_id);
}

/** A story's stored related stories: the editors' pins, and all ids with the pins first. */
async function storedRelated(db: Q, articleId: number) {
  const rows = await storedRelatedRows(db, { articleId });
  const pinned = rows.filter((r) => r.pinned === 1).map((r) => r.related_id);
  return { pinned, ids: [...new Set(rows.map((r) => r.related_id))] };
}

/** The related stories to show with a story: the editors' pins first, then the computed ones. */
export async function relatedIdsFor(db: Q, articleId: number): Promise<number[]> {
  return (await storedRelated(db, articleId)).ids;
}

/** Recomputes every published story's related stories (after a rebuild or the demo seed). */
export async function refreshAllRelated(db: Q, now: string): Promise<number> {
  const rows = await db.selectFrom("search_documents").select("article_id").orderBy("article_id").execute();
  for (const { article_id } of rows) await refreshRelated(db, article_id, now);
  return rows.length;
}

/**
 * The stored related stories readers can see now, best first: every story an editor pinned, then
 * computed ones that have a lead picture, since the design gives each related item a thumbnail.
 * The site and the Content API show the same ones.
 */
export async function relatedForReaders(
  db: Q,
  article: { id: number; edition: string },
  now: string,
): Promise<ArticleSummary[]> {
  const { pinned, ids } = await storedRelated(db, article.id);
  const visible = await summariesByIds(db, article.edition, ids, now);
  return visible.filter((s) => s.leadMediaId !== null || pinned.includes(s.id)).slice(0, RELATED_SHOWN);
}
