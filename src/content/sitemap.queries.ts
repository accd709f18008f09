import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { rowToSummary, SUMMARY_COLUMNS } from "./article-summary.ts";
import type { ArticleSummary } from "./content.ts";
import { readerArticles, visibleToReaders } from "./reader-visibility.ts";

type Q = Kysely<Database>;

/** A story as a sitemap lists it; bylines are left out, since no sitemap names them. */
export interface SitemapArticle extends Omit<ArticleSummary, "authors"> {
  /** The later of the last edit and publication: what `lastmod` tells crawlers. */
  lastModified: string;
}

function sitemapRows(db: Q, now: string) {
  return readerArticles(db, now).select([...SUMMARY_COLUMNS, "a.modified_at"]);
}

type Row = Awaited<ReturnType<ReturnType<typeof sitemapRows>["executeTakeFirstOrThrow"]>>;

function toSitemapArticle({ modified_at, ...row }: Row): SitemapArticle {
  const { authors: _none, ...summary } = rowToSummary(row);
  return { ...summary, lastModified: [modified_at, summary.publishedAt].sort()[1] as string };
}

/** Months (YYYY-MM) with published stories, and how many, per edition: the article sitemaps to list. */
export async function sitemapMonths(db: Q, now: string) {
  const rows = await db
    .selectFrom("articles as a")
    .where(visibleToReaders(now))
    .select([
      "a.edition",
      sql<string>`substr(a.published_at, 1, 7)`.as("month"),
      (eb) => eb.fn.countAll<number>().as("n"),
      (eb) => eb.fn.max("a.modified_at").as("last"),
    ])
    .groupBy(["a.edition", sql`substr(a.published_at, 1, 7)`])
    .execute();
  return rows.map((r) => ({
    edition: r.edition,
    month: r.month,
    count: Number(r.n),
    lastModified: String(r.last),
  }));
}

/** One page of a month's stories in an edition, oldest first so pages stay stable as news arrives. */
export async function sitemapArticles(
  db: Q,
  edition: string,
  month: string,
  now: string,
  page: { limit: number; offset: number },
) {
  const rows = await sitemapRows(db, now)
    .where("a.edition", "=", edition)
    .where("a.published_at", ">=", `${month}-01T00:00:00.000Z`)
    .where("a.published_at", "<", nextMonth(month))
    .orderBy("a.published_at")
    .orderBy("a.id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toSitemapArticle);
}

/** Stories published since `since`, newest first: the Google News sitemap. */
export async function recentArticles(db: Q, edition: string, since: string, now: string, limit: number) {
  const rows = await sitemapRows(db, now)
    .where("a.edition", "=", edition)
    .where("a.published_at", ">=", since)
    .orderBy("a.published_at", "desc")
    .limit(limit)
    .execute();
  return rows.map(toSitemapArticle);
}

/** Published translations of the given translation groups, for hreflang alternates. */
export async function publishedInGroups(db: Q, groups: readonly string[], now: string) {
  if (groups.length === 0) return [];
  const rows = await sitemapRows(db, now).where("a.translation_group", "in", groups).execute();
  return rows.map(toSitemapArticle);
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return `${next}-01T00:00:00.000Z`;
}
