import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleStatus } from "./article.kinds.ts";
import type { ArticleTable } from "./content.tables.ts";

type Q = Kysely<Database>;
type WithArticle = Database & { a: ArticleTable };

/** The status half of the rule, which the search index applies on its own (see `publishedArticles`). */
function published(eb: ExpressionBuilder<WithArticle, "a">) {
  return eb.and([eb("a.status", "=", "published"), eb("a.published_at", "is not", null)]);
}

/**
 * The one rule for what readers may see: a published story whose publication time has come.
 * Drafts, stories in review, scheduled and unpublished ones stay hidden, and so does a published
 * story dated after `now`, which is how an embargo is kept. Every reader-facing query starts here.
 */
export function visibleToReaders(now: string) {
  return (eb: ExpressionBuilder<WithArticle, "a">) =>
    eb.and([published(eb), eb("a.published_at", "<=", now)]);
}

/** The same rule for a story already loaded, e.g. one an editor asks to pin. */
export function isVisibleToReaders(
  story: { status: ArticleStatus; publishedAt: string | null },
  now: string,
): boolean {
  return story.status === "published" && story.publishedAt !== null && story.publishedAt <= now;
}

/**
 * Published stories whatever their publication time: the search index takes a story as soon as
 * it is published and applies the time bound when it answers, so an embargo lifts without a reindex.
 */
export function publishedArticles(db: Q) {
  return db.selectFrom("articles as a").where(published);
}

/** Every story with its section, named in the story's own edition. */
export function articlesWithSection(db: Q) {
  return db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (join) =>
      join.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .innerJoin("sections as s", "s.id", "a.section_id");
}

/** The stories readers may see at `now`, with their section: the base of the site, feeds, sitemaps and Content API. */
export function readerArticles(db: Q, now: string) {
  return articlesWithSection(db).where(visibleToReaders(now));
}
