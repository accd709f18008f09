import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleKind, ArticleStatus } from "./article.kinds.ts";
import { sanitizeStoryBody } from "./sanitize-body.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface NewSection {
  key: string;
  position: number;
  localizations: { edition: string; slug: string; name: string }[];
}

export async function createSection(db: Q, section: NewSection): Promise<number> {
  const { id } = await db
    .insertInto("sections")
    .values({ key: section.key, position: section.position })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("section_localizations")
    .values(section.localizations.map((l) => ({ section_id: id, ...l })))
    .execute();
  return id;
}

export async function createTag(
  db: Q,
  tag: { edition: string; slug: string; name: string },
): Promise<number> {
  const { id } = await db.insertInto("tags").values(tag).returning("id").executeTakeFirstOrThrow();
  return id;
}

export interface NewAuthor {
  slug: string;
  kind: "staff" | "columnist";
  photoMediaId: number | null;
  localizations: { edition: string; name: string; title: string; bio: string }[];
}

export async function createAuthor(db: Q, author: NewAuthor): Promise<number> {
  const { id } = await db
    .insertInto("authors")
    .values({ slug: author.slug, kind: author.kind, photo_media_id: author.photoMediaId })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("author_localizations")
    .values(author.localizations.map((l) => ({ author_id: id, ...l })))
    .execute();
  return id;
}

export interface NewArticle {
  edition: string;
  translationGroup: string | null;
  sectionId: number;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  creditLine: string | null;
  datelinePlace: string | null;
  leadMediaId: number | null;
  status: ArticleStatus;
  publishedAt: string | null;
  updatedAt: string | null;
  authorIds: number[];
  tagIds: number[];
  now: string;
}

function articleRow(a: NewArticle) {
  return {
    edition: a.edition,
    translation_group: a.translationGroup,
    section_id: a.sectionId,
    kind: a.kind,
    slug: a.slug.normalize("NFC"),
    headline: a.headline.normalize("NFC"),
    standfirst: a.standfirst.normalize("NFC"),
    body_html: sanitizeStoryBody(a.bodyHtml),
    credit_line: a.creditLine,
    dateline_place: a.datelinePlace,
    lead_media_id: a.leadMediaId,
    status: a.status,
    published_at: a.publishedAt,
    updated_at: a.updatedAt,
    scheduled_at: null,
    embargo_until: null,
    correction_note: null,
    version: 1,
    created_at: a.now,
    modified_at: a.now,
  };
}

/** Inserts an article with its bylines and tags; the body is sanitized on the way in. */
export async function createArticle(db: Q, a: NewArticle): Promise<number> {
  const { id } = await db
    .insertInto("articles")
    .values(articleRow(a))
    .returning("id")
    .executeTakeFirstOrThrow();
  if (a.authorIds.length > 0) {
    await db
      .insertInto("article_authors")
      .values(a.authorIds.map((author_id, position) => ({ article_id: id, author_id, position })))
      .execute();
  }
  if (a.tagIds.length > 0) {
    await db
      .insertInto("article_tags")
      .values(a.tagIds.map((tag_id) => ({ article_id: id, tag_id })))
      .execute();
  }
  return id;
}

/**
 * Rows per multi-row INSERT: an article row has 20 columns, and 500 rows stay well below SQLite's
 * 32,766 and PostgreSQL's 65,535 bound parameters per statement.
 */
const ARTICLES_PER_INSERT = 500;
const LINKS_PER_INSERT = 5_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts many articles with their bylines and tags in a few multi-row statements (bulk imports,
 * the search benchmark); ids come back in input order. Run it inside a transaction: one per row
 * would make a large import spend its time on commits.
 */
export async function createArticles(db: Q, articles: readonly NewArticle[]): Promise<number[]> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(articles, ARTICLES_PER_INSERT)) {
    const rows = await db
      .insertInto("articles")
      .values(chunk.map(articleRow))
      .returning(["id", "edition", "slug"])
      .execute();
    // Neither engine promises RETURNING in VALUES order, so rows are matched by their unique slug.
    for (const row of rows) ids.set(`${row.edition}|${row.slug}`, row.id);
  }
  const idOf = (a: NewArticle) => {
    const id = ids.get(`${a.edition}|${a.slug.normalize("NFC")}`);
    if (id === undefined) throw new Error(`article ${a.edition}/${a.slug} was not inserted`);
    return id;
  };
  const bylines = articles.flatMap((a) =>
    a.authorIds.map((author_id, position) => ({ article_id: idOf(a), author_id, position })),
  );
  for (const chunk of chunks(bylines, LINKS_PER_INSERT))
    await db.insertInto("article_authors").values(chunk).execute();
  const tags = articles.flatMap((a) => a.tagIds.map((tag_id) => ({ article_id: idOf(a), tag_id })));
  for (const chunk of chunks(tags, LINKS_PER_INSERT))
    await db.insertInto("article_tags").values(chunk).execute();
  return articles.map(idOf);
}

/** Removes every article, author, tag and section (used before re-seeding the demo). */
export async function deleteAllContent(db: Q): Promise<void> {
  for (const table of [
    "article_tags",
    "article_authors",
    "articles",
    "author_localizations",
    "authors",
    "tags",
    "section_localizations",
    "sections",
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}

export async function countArticles(db: Q): Promise<number> {
  const row = await db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
