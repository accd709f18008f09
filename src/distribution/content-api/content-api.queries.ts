import { type Kysely, sql } from "kysely";
import type { ArticleKind } from "../../content/content.tables.ts";
import { articlePath, summaryPath, type Tag } from "../../content/content.ts";
import { tagsByArticle } from "../../content/taxonomy.queries.ts";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { mediaByIds } from "../../media/media.queries.ts";
import { relatedForReaders } from "../../search/related/related-stories.ts";

type Q = Kysely<Database>;

export interface ContentFilter {
  edition?: string;
  /** A section's slug in the edition, or its key. */
  section?: string;
  tag?: string;
  author?: string;
  kind?: ArticleKind;
  /** ISO time: only stories whose public updated time (or publication) is at or after it. */
  updatedSince?: string;
}

export interface PublicArticle {
  id: number;
  edition: string;
  url: string;
  section: { slug: string; name: string };
  kind: ArticleKind;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  authors: { slug: string; name: string }[];
  creditLine: string | null;
  publishedAt: string;
  updatedAt: string;
  leadImage: {
    url: string;
    width: number;
    height: number;
    caption: string;
    credit: string;
    alt: string;
  } | null;
  tags: { slug: string; name: string }[];
}

/** What a row needs beyond the JSON, to fetch translations. */
export interface ArticleRow {
  json: PublicArticle;
  translationGroup: string | null;
}

/** The public updated time: the Updated stamp when it is later than publication, else publication. */
const publicUpdated = sql<string>`case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end`;

/**
 * Readers' view of articles across editions: published and live at `now`. This is the only
 * place the content API reads articles from, so drafts, scheduled, unpublished and embargoed
 * stories cannot leak through any route.
 */
function published(db: Q, now: string) {
  return db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (join) =>
      join.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .innerJoin("sections as s", "s.id", "a.section_id")
    .where("a.status", "=", "published")
    .where("a.published_at", "is not", null)
    .where("a.published_at", "<=", now);
}

const COLUMNS = [
  "a.id",
  "a.edition",
  "a.kind",
  "a.slug",
  "a.headline",
  "a.standfirst",
  "a.body_html",
  "a.credit_line",
  "a.lead_media_id",
  "a.published_at",
  "a.translation_group",
  "sl.slug as section_slug",
  "sl.name as section_name",
] as const;

/** Opaque cursor: base64url of the last item's publication time and id. */
export function encodeCursor(publishedAt: string, id: number): string {
  return Buffer.from(JSON.stringify([publishedAt, id])).toString("base64url");
}

function decodeCursor(cursor: string): { publishedAt: string; id: number } {
  try {
    const [publishedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof publishedAt === "string" && Number.isInteger(id)) return { publishedAt, id: id as number };
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out.");
}

/** One page of published articles, newest first (publication time, then id), and the next cursor. */
export async function listArticles(
  db: Q,
  siteUrl: string,
  filter: ContentFilter,
  page: { cursor?: string; limit: number },
  now: string,
): Promise<{ items: ArticleRow[]; nextCursor: string | null }> {
  let q = published(db, now);
  if (filter.edition !== undefined) q = q.where("a.edition", "=", filter.edition);
  if (filter.kind !== undefined) q = q.where("a.kind", "=", filter.kind);
  if (filter.section !== undefined) {
    const section = filter.section;
    q = q.where((eb) => eb.or([eb("sl.slug", "=", section), eb("s.key", "=", section)]));
  }
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
  if (page.cursor !== undefined) {
    const after = decodeCursor(page.cursor);
    q = q.where((eb) =>
      eb.or([
        eb("a.published_at", "<", after.publishedAt),
        eb.and([eb("a.published_at", "=", after.publishedAt), eb("a.id", "<", after.id)]),
      ]),
    );
  }
  const rows = await q
    .select([...COLUMNS, publicUpdated.as("public_updated")])
    .orderBy("a.published_at", "desc")
    .orderBy("a.id", "desc")
    .limit(page.limit + 1)
    .execute();
  const more = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    items: await toArticles(db, siteUrl, pageRows),
    nextCursor: more && last ? encodeCursor(last.published_at ?? "", last.id) : null,
  };
}

/** One published article by id, or undefined when it does not exist or readers cannot see it. */
export async function findArticle(
  db: Q,
  siteUrl: string,
  id: number,
  now: string,
): Promise<ArticleRow | undefined> {
  return (await findArticles(db, siteUrl, [id], now))[0];
}

/** The published articles among `ids`, in the order of `ids`; the others are left out. */
export async function findArticles(
  db: Q,
  siteUrl: string,
  ids: readonly number[],
  now: string,
): Promise<ArticleRow[]> {
  if (ids.length === 0) return [];
  const rows = await published(db, now)
    .where("a.id", "in", ids)
    .select([...COLUMNS, publicUpdated.as("public_updated")])
    .execute();
  const byId = new Map((await toArticles(db, siteUrl, rows)).map((row) => [row.json.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type Row = {
  id: number;
  edition: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  body_html: string;
  credit_line: string | null;
  lead_media_id: number | null;
  published_at: string | null;
  translation_group: string | null;
  section_slug: string;
  section_name: string;
  public_updated: string;
};

/** Bylines, tags and pictures for many articles with one query each. */
async function toArticles(db: Q, siteUrl: string, rows: Row[]): Promise<ArticleRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [authorRows, tags, media] = await Promise.all([
    db
      .selectFrom("article_authors as aa")
      .innerJoin("articles as a", "a.id", "aa.article_id")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .innerJoin("author_localizations as l", (join) =>
        join.onRef("l.author_id", "=", "au.id").onRef("l.edition", "=", "a.edition"),
      )
      .where("aa.article_id", "in", ids)
      .select(["aa.article_id", "au.slug", "l.name"])
      .orderBy("aa.article_id")
      .orderBy("aa.position")
      .execute(),
    tagsByArticle(db, ids),
    mediaByIds(
      db,
      rows.flatMap((r) => (r.lead_media_id === null ? [] : [r.lead_media_id])),
    ),
  ]);
  const authors = new Map<number, { slug: string; name: string }[]>();
  for (const { article_id, slug, name } of authorRows) {
    authors.set(article_id, [...(authors.get(article_id) ?? []), { slug, name }]);
  }
  return rows.map((r) => {
    const image = r.lead_media_id === null ? undefined : media.get(r.lead_media_id);
    return {
      translationGroup: r.translation_group,
      json: {
        id: r.id,
        edition: r.edition,
        url: absolute(siteUrl, articlePath(r.edition, r.section_slug, r.slug)),
        section: { slug: r.section_slug, name: r.section_name },
        kind: r.kind,
        headline: r.headline,
        standfirst: r.standfirst,
        bodyHtml: r.body_html,
        authors: authors.get(r.id) ?? [],
        creditLine: r.credit_line,
        publishedAt: r.published_at ?? "",
        updatedAt: String(r.public_updated),
        leadImage: image
          ? {
              url: absolute(siteUrl, image.src),
              width: image.width,
              height: image.height,
              caption: image.caption,
              credit: image.credit,
              alt: image.alt,
            }
          : null,
        tags: (tags.get(r.id) ?? []).map((t: Tag) => ({ slug: t.slug, name: t.name })),
      },
    };
  });
}

export function absolute(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, "") + path;
}

/** The other editions of the story that readers can see. */
export async function translationsOf(
  db: Q,
  siteUrl: string,
  article: ArticleRow,
  now: string,
): Promise<{ id: number; edition: string; url: string; headline: string }[]> {
  if (article.translationGroup === null) return [];
  const rows = await published(db, now)
    .where("a.translation_group", "=", article.translationGroup)
    .where("a.id", "!=", article.json.id)
    .select(["a.id", "a.edition", "a.slug", "a.headline", "sl.slug as section_slug"])
    .orderBy("a.edition")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    edition: r.edition,
    headline: r.headline,
    url: absolute(siteUrl, articlePath(r.edition, r.section_slug, r.slug)),
  }));
}

/** Related published stories, the ones the site shows with the story. */
export async function relatedTo(
  db: Q,
  siteUrl: string,
  article: ArticleRow,
  now: string,
): Promise<{ id: number; headline: string; url: string }[]> {
  const related = await relatedForReaders(db, article.json, now);
  return related.map((r) => ({
    id: r.id,
    headline: r.headline,
    url: absolute(siteUrl, summaryPath(r)),
  }));
}

export async function listPublicSections(db: Q, edition: string | undefined) {
  let q = db
    .selectFrom("sections as s")
    .innerJoin("section_localizations as l", "l.section_id", "s.id")
    .select(["s.key", "s.position", "l.edition", "l.slug", "l.name"])
    .orderBy("l.edition")
    .orderBy("s.position");
  if (edition !== undefined) q = q.where("l.edition", "=", edition);
  return q.execute();
}

export async function listPublicTags(db: Q, edition: string | undefined) {
  let q = db.selectFrom("tags").select(["edition", "slug", "name"]).orderBy("edition").orderBy("slug");
  if (edition !== undefined) q = q.where("edition", "=", edition);
  return q.execute();
}

export async function listPublicAuthors(db: Q) {
  const rows = await db
    .selectFrom("authors as a")
    .innerJoin("author_localizations as l", "l.author_id", "a.id")
    .select(["a.slug", "a.kind", "l.edition", "l.name", "l.title"])
    .orderBy("a.slug")
    .orderBy("l.edition")
    .execute();
  const bySlug = new Map<
    string,
    { slug: string; kind: "staff" | "columnist"; name: Record<string, string>; title: Record<string, string> }
  >();
  for (const r of rows) {
    const author = bySlug.get(r.slug) ?? { slug: r.slug, kind: r.kind, name: {}, title: {} };
    author.name[r.edition] = r.name;
    author.title[r.edition] = r.title;
    bySlug.set(r.slug, author);
  }
  return [...bySlug.values()];
}
