import type { Insertable, Transaction, Updateable } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import type { ArticleTable } from "./content.tables.ts";
import { slugify } from "./slug.ts";

type T = Transaction<Database>;

/** The section with this slug in the edition, or a clear 400. */
export async function resolveSection(trx: T, edition: string, slug: string): Promise<number> {
  const row = await trx
    .selectFrom("section_localizations")
    .where("edition", "=", edition)
    .where("slug", "=", slug.normalize("NFC"))
    .select("section_id")
    .executeTakeFirst();
  if (!row)
    throw new AppError("VALIDATION_FAILED", `There is no section "${slug}" in the ${edition} edition.`);
  return row.section_id;
}

/**
 * Tag ids for the given tag slugs or names; unknown tags are created in the edition. Stories saved
 * at once with the same new tag share one: the insert yields to a tag another writer just made.
 */
export async function resolveTags(trx: T, edition: string, tags: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const tag of tags) {
    const slug = slugify(tag);
    await trx
      .insertInto("tags")
      .values({ edition, slug, name: tag.trim() })
      .onConflict((oc) => oc.columns(["edition", "slug"]).doNothing())
      .execute();
    const { id } = await trx
      .selectFrom("tags")
      .where("edition", "=", edition)
      .where("slug", "=", slug)
      .select("id")
      .executeTakeFirstOrThrow();
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export async function resolveAuthors(trx: T, slugs: readonly string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await trx.selectFrom("authors").where("slug", "in", slugs).select(["id", "slug"]).execute();
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new AppError("VALIDATION_FAILED", `There is no author "${slug}".`);
    return row.id;
  });
}

export async function slugTaken(trx: T, edition: string, slug: string, exceptId?: number): Promise<boolean> {
  let query = trx.selectFrom("articles").where("edition", "=", edition).where("slug", "=", slug);
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  return (await query.select("id").executeTakeFirst()) !== undefined;
}

/** A slug from the headline, numbered when the edition already has it. */
export async function freeSlug(
  trx: T,
  edition: string,
  headline: string,
  exceptId?: number,
): Promise<string> {
  const base = slugify(headline);
  for (let n = 1; ; n++) {
    const candidate = numbered(base, n);
    if (!(await slugTaken(trx, edition, candidate, exceptId))) return candidate;
  }
}

const numbered = (base: string, n: number) => (n === 1 ? base : `${base}-${n}`);

/** Whether a slug is the one made from this headline (numbered or not), rather than one an editor chose. */
function madeFrom(slug: string, headline: string): boolean {
  const base = slugify(headline);
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

type NewArticleRow = Omit<Insertable<ArticleTable>, "slug">;

/**
 * Inserts a story under the slug asked for, or one made from its headline. Two writers may pick
 * the same slug at once: the insert yields instead of failing, then a chosen slug is refused
 * (409) and a made one takes the next number. A yield with a free slug can only be the
 * translation group already holding a story in this edition.
 */
export async function insertArticle(
  trx: T,
  row: NewArticleRow,
  slug: { wanted: string | undefined; headline: string },
): Promise<number> {
  for (let n = 1; ; n++) {
    const candidate = slug.wanted ?? numbered(slugify(slug.headline), n);
    if (await slugTaken(trx, row.edition, candidate)) {
      if (slug.wanted !== undefined) throw slugTakenError(row.edition, candidate);
      continue;
    }
    const inserted = await trx
      .insertInto("articles")
      .values({ ...row, slug: candidate })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) return inserted.id;
    if (!(await slugTaken(trx, row.edition, candidate))) throw translationExists(row.edition);
  }
}

export function slugTakenError(edition: string, slug: string): AppError {
  return new AppError("SLUG_TAKEN", `"${slug}" is already used in ${edition}.`, { extra: { field: "slug" } });
}

export function translationExists(edition: string): AppError {
  return new AppError("UNPROCESSABLE", `This story already has a ${edition} version.`, {
    extra: { field: "edition" },
  });
}

/**
 * The slug a save leaves the story with. Empty asks for one made from the headline. Left out, a
 * story that never went live keeps following its headline while its slug is still the made one,
 * so a translation seeded with the other edition's text gets a slug from its own headline.
 */
export async function slugForSave(
  trx: T,
  current: EditableArticle,
  wanted: string | undefined,
  headline: string,
): Promise<string> {
  if (wanted === "") return freeSlug(trx, current.edition, headline, current.id);
  if (wanted === undefined) {
    const follows =
      current.publishedAt === null &&
      headline !== current.headline &&
      madeFrom(current.slug, current.headline);
    return follows ? freeSlug(trx, current.edition, headline, current.id) : current.slug;
  }
  const slug = wanted.normalize("NFC");
  if (slug !== current.slug && (await slugTaken(trx, current.edition, slug, current.id)))
    throw slugTakenError(current.edition, slug);
  return slug;
}

/**
 * Holds the story's row until the transaction ends. PostgreSQL needs the row lock: under READ
 * COMMITTED two transactions would otherwise both read version 1 and both write. SQLite writers
 * already take turns (one connection, and a database-wide write lock across processes).
 */
export async function lockArticle(trx: T, id: number): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await trx.selectFrom("articles").where("id", "=", id).select("id").forUpdate().execute();
}

/**
 * Writes the story's new state only if it is still at the version it was read at, and moves the
 * version on; a story changed meanwhile (another process, or a writer that did not lock) gets 409.
 */
export async function updateArticleAt(
  trx: T,
  read: Pick<EditableArticle, "id" | "version">,
  values: Omit<Updateable<ArticleTable>, "version" | "id">,
): Promise<void> {
  const result = await trx
    .updateTable("articles")
    .set({ ...values, version: read.version + 1 })
    .where("id", "=", read.id)
    .where("version", "=", read.version)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const now = await trx
      .selectFrom("articles")
      .where("id", "=", read.id)
      .select("version")
      .executeTakeFirst();
    if (!now) throw new AppError("NOT_FOUND", `There is no story ${read.id}.`);
    throw new AppError("VERSION_CONFLICT", `Story ${read.id} changed while this save was made; try again.`, {
      extra: { currentVersion: now.version },
    });
  }
}

export async function replaceTags(trx: T, articleId: number, tagIds: number[]): Promise<void> {
  await trx.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
  if (tagIds.length) {
    await trx
      .insertInto("article_tags")
      .values(tagIds.map((tag_id) => ({ article_id: articleId, tag_id })))
      .execute();
  }
}

export async function replaceAuthors(trx: T, articleId: number, authorIds: number[]): Promise<void> {
  await trx.deleteFrom("article_authors").where("article_id", "=", articleId).execute();
  if (authorIds.length) {
    await trx
      .insertInto("article_authors")
      .values(authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
      .execute();
  }
}
