import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { articlePath } from "./content.ts";

type Q = Kysely<Database>;

export interface SitemapArticle {
  id: number;
  edition: string;
  path: string;
  headline: string;
  publishedAt: string;
  lastModified: string;
  translationGroup: string | null;
  leadMediaId: number | null;
}

function published(db: Q, now: string) {
  return db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .where("a.status", "=", "published")
    .where("a.published_at", "<=", now)
    .select([
      "a.id",
      "a.edition",
      "a.slug",
      "sl.slug as section_slug",
      "a.headline",
      "a.published_at",
      "a.updated_at",
      "a.modified_at",
      "a.translation_group",
      "a.lead_media_id",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof published>["executeTakeFirstOrThrow"]>>;

function toSitemapArticle(r: Row): SitemapArticle {
  const publishedAt = r.published_at ?? r.modified_at;
  return {
    id: r.id,
    edition: r.edition,
    path: articlePath(r.edition, r.section_slug, r.slug),
    headline: r.headline,
    publishedAt,
    lastModified: [r.modified_at, publishedAt].sort()[1] as string,
    translationGroup: r.translation_group,
    leadMediaId: r.lead_media_id,
  };
}

/** Months (YYYY-MM) with published stories, and how many, per edition: the article sitemaps to list. */
export async function sitemapMonths(db: Q, now: string) {
  const rows = await db
    .selectFrom("articles")
    .where("status", "=", "published")
    .where("published_at", "<=", now)
    .select([
      "edition",
      sql<string>`substr(published_at, 1, 7)`.as("month"),
      (eb) => eb.fn.countAll<number>().as("n"),
      (eb) => eb.fn.max("modified_at").as("last"),
    ])
    .groupBy(["edition", sql`substr(published_at, 1, 7)`])
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
  const rows = await published(db, now)
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
  const rows = await published(db, now)
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
  const rows = await published(db, now).where("a.translation_group", "in", groups).execute();
  return rows.map(toSitemapArticle);
}

function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return `${next}-01T00:00:00.000Z`;
}
