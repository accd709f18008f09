import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { preparedRead } from "../db/prepared-read.ts";
import type { ArticleKind } from "./article.kinds.ts";
import { SUMMARY_COLUMNS, type SummaryRow, summariesWithAuthors } from "./article-summary.ts";
import type { Article, ArticleSummary, Translation } from "./content.ts";
import { articlePath } from "./content.ts";
import { articlesWithSection, readerArticles } from "./reader-visibility.ts";
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

/** The edition's stories readers may see at `now`, with their section. */
function readerArticlesOf(db: Q, edition: string, now: string) {
  return readerArticles(db, now).where("a.edition", "=", edition);
}

type ArticleQuery = ReturnType<typeof readerArticlesOf>;

function applyFilter(db: Q, query: ArticleQuery, filter: ListingFilter): ArticleQuery {
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

type ListingRead = ListingFilter & { now: string };

const listingPage = preparedRead((db, p: ListingRead & { limit: number; offset: number }) =>
  applyFilter(db, readerArticlesOf(db, p.edition, p.now), p)
    .select(SUMMARY_COLUMNS)
    .orderBy("a.published_at", "desc")
    .orderBy("a.id", "desc")
    .limit(p.limit)
    .offset(p.offset),
);

const listingCount = preparedRead((db, p: ListingRead) =>
  applyFilter(db, readerArticlesOf(db, p.edition, p.now), p).select((eb) => eb.fn.countAll<number>().as("n")),
);

function listingRows(db: Q, filter: ListingFilter, now: string, page: { limit: number; offset: number }) {
  return listingPage(db, { ...filter, now, ...page });
}

/** One page of a listing, newest first, with the total for pagination. */
export async function listPublished(
  db: Q,
  filter: ListingFilter,
  now: string,
  page: { limit: number; offset: number },
): Promise<Page<ArticleSummary>> {
  const [rows, [count]] = await Promise.all([
    listingRows(db, filter, now, page),
    listingCount(db, { ...filter, now }),
  ]);
  return { items: await summariesWithAuthors(db, rows), total: Number(count?.n ?? 0) };
}

/**
 * The newest `limit` stories of each listing, without totals (counting a listing reads every
 * story in it, which grows with the archive): for blocks that show no page numbers. The bylines
 * of all of them come in one query.
 */
export async function latestPublished(
  db: Q,
  filters: readonly ListingFilter[],
  now: string,
  limit: number,
): Promise<ArticleSummary[][]> {
  const rows = await Promise.all(filters.map((filter) => listingRows(db, filter, now, { limit, offset: 0 })));
  const byId = new Map((await summariesWithAuthors(db, rows.flat())).map((s) => [s.id, s]));
  return rows.map((list) => list.flatMap((row) => byId.get(row.id) ?? []));
}

const editionSummaryRows = preparedRead((db, p: { edition: string; now: string; ids: readonly number[] }) =>
  readerArticlesOf(db, p.edition, p.now).where("a.id", "in", p.ids).select(SUMMARY_COLUMNS),
);

/** Summaries of the edition's stories among `ids` that readers may see, in the order of `ids`. */
export async function summariesByIds(
  db: Q,
  edition: string,
  ids: readonly number[],
  now: string,
): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  return inOrder(db, ids, await editionSummaryRows(db, { edition, now, ids }));
}

/** Like `summariesByIds`, in whichever edition each story is: the Content API spans editions. */
export async function anyEditionSummariesByIds(
  db: Q,
  ids: readonly number[],
  now: string,
): Promise<ArticleSummary[]> {
  return summariesInOrder(db, readerArticles(db, now), ids);
}

async function summariesInOrder(db: Q, query: ArticleQuery, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return inOrder(db, ids, await query.where("a.id", "in", ids).select(SUMMARY_COLUMNS).execute());
}

async function inOrder(db: Q, ids: readonly number[], rows: SummaryRow[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return summariesWithAuthors(
    db,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

const FULL_ARTICLE_COLUMNS = [
  ...SUMMARY_COLUMNS,
  "a.body_html",
  "a.dateline_place",
  "a.correction_note",
  "a.seo_title",
  "a.seo_description",
  "a.social_title",
  "a.social_description",
  "a.social_media_id",
] as const;

const publishedArticleRows = preparedRead(
  (db, p: { edition: string; sectionSlug: string; slug: string; now: string }) =>
    readerArticlesOf(db, p.edition, p.now)
      .where("a.slug", "=", p.slug)
      .where("sl.slug", "=", p.sectionSlug)
      .select(FULL_ARTICLE_COLUMNS),
);

/** The published article at `/{edition}/{sectionSlug}/{slug}`, with body and tags. */
export async function findPublishedArticle(
  db: Q,
  edition: string,
  sectionSlug: string,
  slug: string,
  now: string,
): Promise<Article | undefined> {
  const [row] = await publishedArticleRows(db, { edition, sectionSlug, slug, now });
  return row && completeArticle(db, row);
}

/** Any article by id, whatever its status: what the newsroom's preview shows. */
export async function findArticleForPreview(db: Q, id: number): Promise<Article | undefined> {
  return fullArticle(db, articlesWithSection(db).where("a.id", "=", id));
}

async function fullArticle(db: Q, query: ArticleQuery): Promise<Article | undefined> {
  const row = await query.select(FULL_ARTICLE_COLUMNS).executeTakeFirst();
  return row && completeArticle(db, row);
}

async function completeArticle(
  db: Q,
  row: SummaryRow & {
    body_html: string;
    dateline_place: string | null;
    correction_note: string | null;
    seo_title: string | null;
    seo_description: string | null;
    social_title: string | null;
    social_description: string | null;
    social_media_id: number | null;
  },
): Promise<Article> {
  // Independent reads: on PostgreSQL, one round trip's wait instead of two.
  const [[summary], tags] = await Promise.all([
    summariesWithAuthors(db, [row]),
    tagsByArticle(db, [row.id]).then((byArticle) => byArticle.get(row.id) ?? []),
  ]);
  return {
    ...(summary as ArticleSummary),
    bodyHtml: row.body_html,
    datelinePlace: row.dateline_place,
    correctionNote: row.correction_note,
    tags,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    socialTitle: row.social_title,
    socialDescription: row.social_description,
    socialMediaId: row.social_media_id,
  };
}

/** The versions of the story in other editions that readers may see, by edition. */
export async function findTranslations(
  db: Q,
  article: Pick<ArticleSummary, "id" | "translationGroup">,
  now: string,
): Promise<Translation[]> {
  if (article.translationGroup === null) return [];
  const rows = await readerArticles(db, now)
    .where("a.translation_group", "=", article.translationGroup)
    .where("a.id", "!=", article.id)
    .select(["a.id", "a.edition", "a.slug", "a.headline", "sl.slug as section_slug"])
    .orderBy("a.edition")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    edition: r.edition,
    headline: r.headline,
    path: articlePath(r.edition, r.section_slug, r.slug),
  }));
}

/** Sanitized bodies of many articles at once, for full-text feeds. */
export async function bodiesByIds(db: Q, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("articles").where("id", "in", ids).select(["id", "body_html"]).execute();
  return new Map(rows.map((r) => [r.id, r.body_html]));
}
