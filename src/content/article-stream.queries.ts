import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleKind } from "./article.kinds.ts";
import { SUMMARY_COLUMNS, summariesWithAuthors } from "./article-summary.ts";
import type { ArticleSummary } from "./content.ts";
import { readerArticles } from "./reader-visibility.ts";

type Q = Kysely<Database>;

/** A narrowing of the stream; every filter names things by their public slugs, as outside clients do. */
export interface StreamFilter {
  edition?: string;
  /** A section's slug in the story's edition, or its key. */
  section?: string;
  tag?: string;
  author?: string;
  kind?: ArticleKind;
  /** ISO time: only stories whose public updated time (or publication) is at or after it. */
  updatedSince?: string;
}

/** A place in the stream: the newest-first order is publication time, then id. */
export interface StreamPosition {
  publishedAt: string;
  id: number;
}

/** The public updated time: the Updated stamp when it is later than publication, else publication. */
const publicUpdated = sql<string>`case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end`;

type StreamQuery = ReturnType<typeof readerArticles>;

function applyFilter(db: Q, query: StreamQuery, filter: StreamFilter): StreamQuery {
  let q = query;
  if (filter.edition !== undefined) q = q.where("a.edition", "=", filter.edition);
  if (filter.kind !== undefined) q = q.where("a.kind", "=", filter.kind);
  const section = filter.section;
  if (section !== undefined)
    q = q.where((eb) => eb.or([eb("sl.slug", "=", section), eb("s.key", "=", section)]));
  if (filter.tag !== undefined) {
    const byTag = db
      .selectFrom("article_tags as at")
      .innerJoin("tags as t", "t.id", "at.tag_id")
      .where("t.slug", "=", filter.tag)
      .select("at.article_id");
    q = q.where("a.id", "in", byTag);
  }
  if (filter.author !== undefined) {
    const byAuthor = db
      .selectFrom("article_authors as aa")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .where("au.slug", "=", filter.author)
      .select("aa.article_id");
    q = q.where("a.id", "in", byAuthor);
  }
  if (filter.updatedSince !== undefined) q = q.where(publicUpdated, ">=", filter.updatedSince);
  return q;
}

/**
 * The stories readers may see in every edition, newest first, `limit` at a time after `after`.
 * Keyed by position rather than offset, so a client paging through never skips or repeats a
 * story while news arrives. `more` tells whether another page follows.
 */
export async function listArticleStream(
  db: Q,
  filter: StreamFilter,
  page: { after?: StreamPosition; limit: number },
  now: string,
): Promise<{ items: ArticleSummary[]; more: boolean }> {
  let q = applyFilter(db, readerArticles(db, now), filter);
  const after = page.after;
  if (after !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb("a.published_at", "<", after.publishedAt),
        eb.and([eb("a.published_at", "=", after.publishedAt), eb("a.id", "<", after.id)]),
      ]),
    );
  }
  const rows = await q
    .select(SUMMARY_COLUMNS)
    .orderBy("a.published_at", "desc")
    .orderBy("a.id", "desc")
    .limit(page.limit + 1)
    .execute();
  return { items: await summariesWithAuthors(db, rows.slice(0, page.limit)), more: rows.length > page.limit };
}
