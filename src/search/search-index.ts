import type { Kysely } from "kysely";
import { htmlToPlainText } from "../content/plain-text.ts";
import {
  type SearchableArticle,
  searchableArticles,
  searchableArticlesAfter,
} from "../content/searchable.queries.ts";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { refreshPlannerStatistics } from "../db/planner-statistics.ts";
import { postgresEngine } from "./engine/postgres-engine.ts";
import type { IndexedText, SearchEngine } from "./engine/search-engine.ts";
import { sqliteEngine } from "./engine/sqlite-engine.ts";
import { telltaleSet } from "./related/term-weights.ts";
import { analyze } from "./text/terms.ts";

type Q = Kysely<Database>;

const REBUILD_BATCH = 500;
const MS_PER_DAY = 86_400_000;

export function engineFor(db: Q): SearchEngine {
  return dialectOf(db) === "postgres" ? postgresEngine : sqliteEngine;
}

/** Days since the epoch: the unit recency is blended in. */
export function dayNumber(iso: string): number {
  return Date.parse(iso) / MS_PER_DAY;
}

export function indexedTextOf(
  a: Pick<SearchableArticle, "headline" | "standfirst" | "tagNames" | "bodyHtml">,
) {
  return {
    headline: analyze(a.headline),
    standfirst: analyze(a.standfirst),
    tags: analyze(a.tagNames.join("\n")),
    body: analyze(htmlToPlainText(a.bodyHtml)),
  } satisfies IndexedText;
}

/** The terms related stories weigh (stop words and numbers say nothing), counted once each. */
export function distinctTerms(text: IndexedText): string[] {
  return telltaleSet([...text.headline, ...text.standfirst, ...text.tags, ...text.body]);
}

export interface Prepared {
  article: SearchableArticle;
  text: IndexedText;
  terms: string[];
}

function prepare(article: SearchableArticle): Prepared {
  const text = indexedTextOf(article);
  return { article, text, terms: distinctTerms(text) };
}

async function insertDocuments(db: Q, docs: readonly Prepared[]): Promise<void> {
  if (docs.length === 0) return;
  const textColumns = await engineFor(db).textColumns(
    db,
    docs.map((d) => d.text),
  );
  await db
    .insertInto("search_documents")
    .values(
      docs.map(({ article: a }, i) => ({
        ...textColumns[i],
        article_id: a.id,
        edition: a.edition,
        section_id: a.sectionId,
        kind: a.kind,
        translation_group: a.translationGroup,
        published_at: a.publishedAt,
        published_day: dayNumber(a.publishedAt),
      })),
    )
    .execute();
  const bylines = docs.flatMap(({ article: a }) =>
    a.authorIds.map((author_id) => ({ article_id: a.id, author_id })),
  );
  if (bylines.length > 0) await db.insertInto("search_document_authors").values(bylines).execute();
  await engineFor(db).writeTexts(
    db,
    docs.map((d) => ({ articleId: d.article.id, edition: d.article.edition, text: d.text, terms: d.terms })),
  );
}

/** Adds `delta` to the document counts of an edition's terms, dropping terms no document holds. */
async function countTerms(db: Q, edition: string, terms: readonly string[], delta: 1 | -1): Promise<void> {
  for (let i = 0; i < terms.length; i += REBUILD_BATCH) {
    const batch = terms.slice(i, i + REBUILD_BATCH);
    if (delta === 1) {
      await db
        .insertInto("search_terms")
        .values(batch.map((term) => ({ edition, term, doc_count: 1 })))
        .onConflict((oc) =>
          oc
            .columns(["edition", "term"])
            .doUpdateSet((eb) => ({ doc_count: eb("search_terms.doc_count", "+", 1) })),
        )
        .execute();
    } else {
      await db
        .updateTable("search_terms")
        .set((eb) => ({ doc_count: eb("doc_count", "-", 1) }))
        .where("edition", "=", edition)
        .where("term", "in", batch)
        .execute();
    }
  }
  if (delta === -1) await db.deleteFrom("search_terms").where("doc_count", "<=", 0).execute();
}

/** Takes stories out of the index; returns the ids that were in it. */
export async function removeFromIndex(db: Q, articleIds: readonly number[]): Promise<number[]> {
  if (articleIds.length === 0) return [];
  const old = await db
    .selectFrom("search_documents")
    .where("article_id", "in", articleIds)
    .select(["article_id", "edition"])
    .execute();
  const terms = await engineFor(db).documentTerms(
    db,
    old.map((d) => d.article_id),
  );
  for (const doc of old) await countTerms(db, doc.edition, terms.get(doc.article_id) ?? [], -1);
  const ids = old.map((d) => d.article_id);
  await engineFor(db).eraseText(db, ids);
  if (ids.length > 0) await db.deleteFrom("search_documents").where("article_id", "in", ids).execute();
  return ids;
}

/**
 * Brings the index in line with a story's current state: a published story is (re)indexed and
 * its analysed text returned (related stories reuse it rather than analysing again); any other is
 * taken out. Runs when the story's event is dispatched, before the request that changed it answers.
 */
export async function syncArticleIndex(db: Q, articleId: number): Promise<Prepared | undefined> {
  await removeFromIndex(db, [articleId]);
  const [article] = await searchableArticles(db, [articleId]);
  if (!article) return undefined;
  const doc = prepare(article);
  await insertDocuments(db, [doc]);
  await countTerms(db, article.edition, doc.terms, 1);
  return doc;
}

/** Empties the index and indexes every published story again, in one transaction. */
export async function rebuildSearchIndex(db: Q): Promise<{ documents: number }> {
  const result = await db
    .transaction()
    .execute((trx) => engineFor(trx).rebuilding(trx, () => rebuildIn(trx)));
  await refreshPlannerStatistics(db);
  return result;
}

/**
 * Builds the index when it is missing; says whether it did. Nodes starting together after an
 * upgrade that emptied the index would each build it, one after the other, each emptying the one
 * before: the first holds the index while it builds, and the others find it there.
 */
export async function buildSearchIndexIfMissing(db: Q): Promise<boolean> {
  const built = await db.transaction().execute(async (trx) => {
    await engineFor(trx).holdIndex(trx);
    if (!(await searchIndexMissing(trx))) return false;
    await engineFor(trx).rebuilding(trx, () => rebuildIn(trx));
    return true;
  });
  if (built) await refreshPlannerStatistics(db);
  return built;
}

async function rebuildIn(trx: Q): Promise<{ documents: number }> {
  await engineFor(trx).eraseAllText(trx);
  for (const table of ["search_document_authors", "search_documents", "search_terms"] as const)
    await trx.deleteFrom(table).execute();
  const counts = new Map<string, Map<string, number>>();
  let documents = 0;
  let afterId = 0;
  for (;;) {
    const batch = await searchableArticlesAfter(trx, afterId, REBUILD_BATCH);
    if (batch.length === 0) break;
    const docs = batch.map(prepare);
    await insertDocuments(trx, docs);
    for (const { article, terms } of docs) tally(counts, article.edition, terms);
    documents += batch.length;
    afterId = (batch.at(-1) as SearchableArticle).id;
  }
  await writeTermCounts(trx, counts);
  return { documents };
}

function tally(counts: Map<string, Map<string, number>>, edition: string, terms: readonly string[]) {
  const forEdition = counts.get(edition) ?? new Map<string, number>();
  for (const term of terms) forEdition.set(term, (forEdition.get(term) ?? 0) + 1);
  counts.set(edition, forEdition);
}

async function writeTermCounts(db: Q, counts: Map<string, Map<string, number>>): Promise<void> {
  for (const [edition, terms] of counts) {
    const rows = [...terms].map(([term, doc_count]) => ({ edition, term, doc_count }));
    for (let i = 0; i < rows.length; i += REBUILD_BATCH)
      await db
        .insertInto("search_terms")
        .values(rows.slice(i, i + REBUILD_BATCH))
        .execute();
  }
}

/** Whether the index is empty although published stories exist (a database from before search). */
export async function searchIndexMissing(db: Q): Promise<boolean> {
  const indexed = await db.selectFrom("search_documents").select("article_id").limit(1).executeTakeFirst();
  if (indexed) return false;
  const [first] = await searchableArticlesAfter(db, 0, 1);
  return first !== undefined;
}
