import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { AppError } from "../http/app-error.ts";
import { slugify } from "./slug.ts";
import { forgetTagSlug } from "./tag-redirects.ts";

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
    const [made] = await trx
      .insertInto("tags")
      .values({ edition, slug, name: tag.trim() })
      .onConflict((oc) => oc.columns(["edition", "slug"]).doNothing())
      .execute();
    // A new tag at a renamed or merged tag's old slug is that address's page from now on.
    if (made?.numInsertedOrUpdatedRows) await forgetTagSlug(trx, edition, slug);
    // Held until the save commits (PostgreSQL): a merge or deletion of this tag waits for the save,
    // then takes its story along. One that got in first leaves no tag to hold: refused, not a 500.
    const row = await trx
      .selectFrom("tags")
      .where("edition", "=", edition)
      .where("slug", "=", slug)
      .select("id")
      .$if(dialectOf(trx) === "postgres", (q) => q.forKeyShare())
      .executeTakeFirst();
    if (!row)
      throw new AppError(
        "UNPROCESSABLE",
        `The tag "${tag.trim()}" was merged or deleted while this story was being saved; save again.`,
      );
    if (!ids.includes(row.id)) ids.push(row.id);
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
