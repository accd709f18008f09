import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleKind } from "./article.kinds.ts";
import { publishedArticles } from "./reader-visibility.ts";
import { tagsByArticle } from "./taxonomy.queries.ts";

type Q = Kysely<Database>;

/** What the search index reads of a published story. */
export interface SearchableArticle {
  id: number;
  edition: string;
  sectionId: number;
  kind: ArticleKind;
  translationGroup: string | null;
  publishedAt: string;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  tagNames: string[];
  authorIds: number[];
}

function publishedRows(db: Q) {
  return publishedArticles(db).select([
    "a.id",
    "a.edition",
    "a.section_id",
    "a.kind",
    "a.translation_group",
    "a.published_at",
    "a.headline",
    "a.standfirst",
    "a.body_html",
  ]);
}

/**
 * The given stories that are published (whatever their publication time); others are left out.
 * Their tags and bylines are read beside them rather than after them: the ids are known already.
 */
export async function searchableArticles(db: Q, ids: readonly number[]): Promise<SearchableArticle[]> {
  if (ids.length === 0) return [];
  const [rows, extras] = await Promise.all([
    publishedRows(db).where("a.id", "in", ids).execute(),
    tagsAndAuthors(db, ids),
  ]);
  return rows.map((row) => complete(row, extras));
}

/** A batch of published stories in id order, after `afterId`: for rebuilding the whole index. */
export async function searchableArticlesAfter(db: Q, afterId: number, limit: number) {
  const rows = await publishedRows(db).where("a.id", ">", afterId).orderBy("a.id").limit(limit).execute();
  if (rows.length === 0) return [];
  const extras = await tagsAndAuthors(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => complete(row, extras));
}

type Row = Awaited<ReturnType<ReturnType<typeof publishedRows>["execute"]>>[number];
type TagsAndAuthors = Awaited<ReturnType<typeof tagsAndAuthors>>;

async function tagsAndAuthors(db: Q, ids: readonly number[]) {
  const [tags, bylines] = await Promise.all([
    tagsByArticle(db, ids),
    db
      .selectFrom("article_authors")
      .where("article_id", "in", ids)
      .select(["article_id", "author_id"])
      .execute(),
  ]);
  const authors = new Map<number, number[]>();
  for (const b of bylines) authors.set(b.article_id, [...(authors.get(b.article_id) ?? []), b.author_id]);
  return { tags, authors };
}

function complete(r: Row, { tags, authors }: TagsAndAuthors): SearchableArticle {
  return {
    id: r.id,
    edition: r.edition,
    sectionId: r.section_id,
    kind: r.kind,
    translationGroup: r.translation_group,
    publishedAt: r.published_at as string,
    headline: r.headline,
    standfirst: r.standfirst,
    bodyHtml: r.body_html,
    tagNames: (tags.get(r.id) ?? []).map((t) => t.name),
    authorIds: authors.get(r.id) ?? [],
  };
}
