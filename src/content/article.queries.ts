import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleKind } from "./content.tables.ts";
import type { Article, ArticleSummary, AuthorRef, Translation } from "./content.ts";
import { articlePath } from "./content.ts";
import { tagsByArticle } from "./taxonomy.queries.ts";

type Q = Kysely<Database>;

export interface ListingFilter {
  edition: string;
  sectionId?: number;
  authorId?: number;
  tagId?: number;
  kind?: ArticleKind;
  excludeIds?: readonly number[];
  /** Only stories with a lead picture, for blocks that show a thumbnail for every item. */
  withPicture?: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Published articles visible to readers at `now`, joined to their section's localized slug and name. */
function publishedArticles(db: Q, edition: string, now: string) {
  return articlesOf(db, edition).where("a.status", "=", "published").where("a.published_at", "<=", now);
}

/** Every article of the edition, whatever its status, joined to its section's localized slug and name. */
function articlesOf(db: Q, edition: string) {
  return db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (join) =>
      join.onRef("sl.section_id", "=", "a.section_id").on("sl.edition", "=", edition),
    )
    .innerJoin("sections as s", "s.id", "a.section_id")
    .where("a.edition", "=", edition);
}

type PublishedQuery = ReturnType<typeof publishedArticles>;

const SUMMARY_COLUMNS = [
  "a.id",
  "a.edition",
  "a.kind",
  "a.slug",
  "a.headline",
  "a.standfirst",
  "a.credit_line",
  "a.lead_media_id",
  "a.published_at",
  "a.updated_at",
  "a.translation_group",
  "s.id as section_id",
  "s.key as section_key",
  "sl.slug as section_slug",
  "sl.name as section_name",
] as const;

function applyFilter(db: Q, query: PublishedQuery, filter: ListingFilter): PublishedQuery {
  let q = query;
  if (filter.sectionId !== undefined) q = q.where("a.section_id", "=", filter.sectionId);
  if (filter.kind !== undefined) q = q.where("a.kind", "=", filter.kind);
  if (filter.excludeIds?.length) q = q.where("a.id", "not in", filter.excludeIds);
  if (filter.withPicture) q = q.where("a.lead_media_id", "is not", null);
  if (filter.authorId !== undefined) {
    const byAuthor = db
      .selectFrom("article_authors")
      .where("author_id", "=", filter.authorId)
      .select("article_id");
    q = q.where("a.id", "in", byAuthor);
  }
  if (filter.tagId !== undefined) {
    const byTag = db.selectFrom("article_tags").where("tag_id", "=", filter.tagId).select("article_id");
    q = q.where("a.id", "in", byTag);
  }
  return q;
}

/** One page of a listing, newest first, with the total for pagination. */
export async function listPublished(
  db: Q,
  filter: ListingFilter,
  now: string,
  page: { limit: number; offset: number },
): Promise<Page<ArticleSummary>> {
  const base = applyFilter(db, publishedArticles(db, filter.edition, now), filter);
  const [rows, count] = await Promise.all([
    base
      .select(SUMMARY_COLUMNS)
      .orderBy("a.published_at", "desc")
      .orderBy("a.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items: await withAuthors(db, rows.map(rowToSummary)), total: Number(count.n) };
}

/** Summaries of the given published articles, in the order of `ids`. */
export async function summariesByIds(
  db: Q,
  edition: string,
  ids: readonly number[],
  now: string,
): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const rows = await publishedArticles(db, edition, now)
    .where("a.id", "in", ids)
    .select(SUMMARY_COLUMNS)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, rowToSummary(r)]));
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return withAuthors(db, ordered);
}

/** The published article at `/{edition}/{sectionSlug}/{slug}`, with body and tags. */
export async function findPublishedArticle(
  db: Q,
  edition: string,
  sectionSlug: string,
  slug: string,
  now: string,
): Promise<Article | undefined> {
  return fullArticle(
    db,
    publishedArticles(db, edition, now).where("a.slug", "=", slug).where("sl.slug", "=", sectionSlug),
  );
}

/** Any article by id, whatever its status: what the newsroom's preview shows. */
export async function findArticleForPreview(db: Q, id: number): Promise<Article | undefined> {
  const edition = await db.selectFrom("articles").where("id", "=", id).select("edition").executeTakeFirst();
  if (!edition) return undefined;
  return fullArticle(db, articlesOf(db, edition.edition).where("a.id", "=", id));
}

async function fullArticle(db: Q, query: PublishedQuery): Promise<Article | undefined> {
  const row = await query
    .select([...SUMMARY_COLUMNS, "a.body_html", "a.dateline_place", "a.correction_note"])
    .executeTakeFirst();
  if (!row) return undefined;
  const [summary] = await withAuthors(db, [rowToSummary(row)]);
  const tags = (await tagsByArticle(db, [row.id])).get(row.id) ?? [];
  return {
    ...(summary as ArticleSummary),
    bodyHtml: row.body_html,
    datelinePlace: row.dateline_place,
    correctionNote: row.correction_note,
    tags,
  };
}

/** Published versions of the story in other editions. */
export async function findTranslations(
  db: Q,
  article: Pick<ArticleSummary, "id" | "translationGroup">,
  now: string,
): Promise<Translation[]> {
  if (article.translationGroup === null) return [];
  const rows = await db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (join) =>
      join.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .where("a.translation_group", "=", article.translationGroup)
    .where("a.id", "!=", article.id)
    .where("a.status", "=", "published")
    .where("a.published_at", "<=", now)
    .select(["a.edition", "a.slug", "sl.slug as section_slug"])
    .execute();
  return rows.map((r) => ({
    edition: r.edition,
    path: articlePath(r.edition, r.section_slug, r.slug),
  }));
}

type SummaryRow = {
  id: number;
  edition: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  credit_line: string | null;
  lead_media_id: number | null;
  published_at: string | null;
  updated_at: string | null;
  translation_group: string | null;
  section_id: number;
  section_key: string;
  section_slug: string;
  section_name: string;
};

function rowToSummary(row: SummaryRow): ArticleSummary {
  const publishedAt = row.published_at ?? "";
  return {
    id: row.id,
    edition: row.edition,
    kind: row.kind,
    slug: row.slug,
    section: { id: row.section_id, key: row.section_key, slug: row.section_slug, name: row.section_name },
    headline: row.headline,
    standfirst: row.standfirst,
    creditLine: row.credit_line,
    authors: [],
    leadMediaId: row.lead_media_id,
    publishedAt,
    updatedAt: row.updated_at !== null && row.updated_at > publishedAt ? row.updated_at : null,
    translationGroup: row.translation_group,
  };
}

/** Fills in bylines for many articles with one query. */
async function withAuthors(db: Q, summaries: ArticleSummary[]): Promise<ArticleSummary[]> {
  if (summaries.length === 0) return summaries;
  const edition = (summaries[0] as ArticleSummary).edition;
  const rows = await db
    .selectFrom("article_authors as aa")
    .innerJoin("authors as au", "au.id", "aa.author_id")
    .innerJoin("author_localizations as l", (join) =>
      join.onRef("l.author_id", "=", "au.id").on("l.edition", "=", edition),
    )
    .where(
      "aa.article_id",
      "in",
      summaries.map((s) => s.id),
    )
    .select(["aa.article_id", "au.slug", "l.name"])
    .orderBy("aa.position")
    .execute();
  const byArticle = new Map<number, AuthorRef[]>();
  for (const { article_id, slug, name } of rows) {
    byArticle.set(article_id, [...(byArticle.get(article_id) ?? []), { slug, name }]);
  }
  return summaries.map((s) => ({ ...s, authors: byArticle.get(s.id) ?? [] }));
}

/** Sanitized bodies of many articles at once, for full-text feeds. */
export async function bodiesByIds(db: Q, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("articles").where("id", "in", ids).select(["id", "body_html"]).execute();
  return new Map(rows.map((r) => [r.id, r.body_html]));
}
