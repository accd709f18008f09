import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { preparedRead } from "../db/prepared-read.ts";
import type { Author, AuthorRef, Section, Tag } from "./content.ts";

type Q = Kysely<Database>;

function sectionsQuery(db: Q, edition: string) {
  return db
    .selectFrom("sections as s")
    .innerJoin("section_localizations as l", "l.section_id", "s.id")
    .where("l.edition", "=", edition)
    .select(["s.id", "s.key", "s.position", "l.edition", "l.slug", "l.name"])
    .orderBy("s.position");
}

const sectionsOf = preparedRead((db, { edition }: { edition: string }) => sectionsQuery(db, edition));

/** The edition's sections in navigation order. */
export async function listSections(db: Q, edition: string): Promise<Section[]> {
  return sectionsOf(db, { edition });
}

export async function findSectionBySlug(db: Q, edition: string, slug: string): Promise<Section | undefined> {
  return sectionsQuery(db, edition).where("l.slug", "=", slug).executeTakeFirst();
}

export async function findSectionByKey(db: Q, edition: string, key: string): Promise<Section | undefined> {
  return sectionsQuery(db, edition).where("s.key", "=", key).executeTakeFirst();
}

export async function findTagBySlug(db: Q, edition: string, slug: string): Promise<Tag | undefined> {
  return db
    .selectFrom("tags")
    .where("edition", "=", edition)
    .where("slug", "=", slug)
    .select(["id", "edition", "slug", "name"])
    .executeTakeFirst();
}

const tagsOf = preparedRead((db, { ids }: { ids: readonly number[] }) =>
  db
    .selectFrom("article_tags as at")
    .innerJoin("tags as t", "t.id", "at.tag_id")
    .where("at.article_id", "in", ids)
    .select(["at.article_id", "t.id", "t.edition", "t.slug", "t.name"])
    .orderBy("t.name"),
);

/** Tags of many articles at once, keyed by article id. */
export async function tagsByArticle(db: Q, articleIds: readonly number[]): Promise<Map<number, Tag[]>> {
  const byArticle = new Map<number, Tag[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await tagsOf(db, { ids: articleIds });
  for (const { article_id, ...tag } of rows) {
    const list = byArticle.get(article_id) ?? [];
    list.push(tag);
    byArticle.set(article_id, list);
  }
  return byArticle;
}

export async function findAuthorBySlug(db: Q, edition: string, slug: string): Promise<Author | undefined> {
  const row = await db
    .selectFrom("authors as a")
    .innerJoin("author_localizations as l", "l.author_id", "a.id")
    .where("l.edition", "=", edition)
    .where("a.slug", "=", slug)
    .select(["a.id", "a.slug", "a.kind", "a.photo_media_id", "l.name", "l.title", "l.bio"])
    .executeTakeFirst();
  if (!row) return undefined;
  const { photo_media_id, ...rest } = row;
  return { ...rest, photoMediaId: photo_media_id };
}

/** The edition's tags with these slugs, keyed by slug. */
export async function tagsBySlugs(
  db: Q,
  edition: string,
  slugs: readonly string[],
): Promise<Map<string, Tag>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .selectFrom("tags")
    .where("edition", "=", edition)
    .where("slug", "in", slugs)
    .select(["id", "edition", "slug", "name"])
    .execute();
  return new Map(rows.map((t) => [t.slug, t]));
}

/** Authors with these slugs as a byline shows them in the edition, keyed by slug. */
export async function authorRefsBySlugs(
  db: Q,
  edition: string,
  slugs: readonly string[],
): Promise<Map<string, AuthorRef>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .selectFrom("authors as a")
    .innerJoin("author_localizations as l", (j) =>
      j.onRef("l.author_id", "=", "a.id").on("l.edition", "=", edition),
    )
    .where("a.slug", "in", slugs)
    .select(["a.slug", "l.name"])
    .execute();
  return new Map(rows.map((a) => [a.slug, a]));
}

/** Sections of one edition or all, for outside clients: by edition, then in navigation order. */
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

/** Tags of one edition or all, by edition and slug. */
export async function listPublicTags(db: Q, edition: string | undefined) {
  let q = db.selectFrom("tags").select(["edition", "slug", "name"]).orderBy("edition").orderBy("slug");
  if (edition !== undefined) q = q.where("edition", "=", edition);
  return q.execute();
}

/** Every author once, with name and title per edition. */
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
