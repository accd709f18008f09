import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { forgetTagSlug, redirectMergedTag, rememberTagSlug } from "./tag-redirects.ts";

type T = Transaction<Database>;

export interface TagLine {
  slug: string;
  name: string;
}

/**
 * The edition's tags by slug, held until the transaction ends. On PostgreSQL the rows are locked
 * in id order (two merges naming the same pair cannot deadlock), and a save that is putting one of
 * them on a story holds it too (`resolveTags`), so a merge or deletion waits for that save and then
 * sees its story, rather than the save tagging a story with a tag the merge just removed.
 */
async function holdTags(trx: T, edition: string, slugs: string[]) {
  const rows = await trx
    .selectFrom("tags")
    .where("edition", "=", edition)
    .where("slug", "in", slugs)
    .select(["id", "slug", "name"])
    .orderBy("id")
    .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate())
    .execute();
  return (slug: string) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new AppError("NOT_FOUND", `There is no tag "${slug}" in the ${edition} edition.`);
    return row;
  };
}

const storiesTagged = async (trx: T, tagId: number) =>
  (await trx.selectFrom("article_tags").where("tag_id", "=", tagId).select("article_id").execute()).map(
    (r) => r.article_id,
  );

/**
 * Renames a tag; its slug (and so its page's address) changes only when a new one is given, and
 * then the old address redirects to the new one.
 */
export async function renameTag(
  writes: WritePath,
  edition: string,
  slug: string,
  change: { name?: string; slug?: string },
): Promise<TagLine> {
  try {
    return await writes.run(async ({ trx, record }) => {
      const tag = (await holdTags(trx, edition, [slug]))(slug);
      const next = { name: change.name ?? tag.name, slug: change.slug ?? tag.slug };
      await trx.updateTable("tags").set(next).where("id", "=", tag.id).execute();
      if (next.slug !== tag.slug) {
        await rememberTagSlug(trx, edition, tag.slug, tag.id);
        await forgetTagSlug(trx, edition, next.slug);
      }
      await record({
        type: "tag.changed",
        edition,
        tagIds: [tag.id],
        articleIds: await storiesTagged(trx, tag.id),
      });
      return next;
    });
  } catch (error) {
    if (/unique|duplicate/i.test((error as Error).message))
      throw new AppError("SLUG_TAKEN", `The ${edition} edition already has a tag "${change.slug}".`, {
        cause: error,
      });
    throw error;
  }
}

/**
 * Moves every story of one tag to another and removes the first, whose addresses now redirect to
 * the tag that remains; answers that tag.
 */
export async function mergeTags(
  writes: WritePath,
  edition: string,
  from: string,
  into: string,
): Promise<TagLine & { moved: number }> {
  if (from === into) throw new AppError("UNPROCESSABLE", "A tag cannot be merged into itself.");
  return writes.run(async ({ trx, record }) => {
    const held = await holdTags(trx, edition, [from, into]);
    const [source, target] = [held(from), held(into)];
    const articleIds = await storiesTagged(trx, source.id);
    // Stories with both keep one link to the target; the source's links go with it (cascade).
    await trx
      .insertInto("article_tags")
      .columns(["article_id", "tag_id"])
      .expression(
        trx
          .selectFrom("article_tags as x")
          .where("x.tag_id", "=", source.id)
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom("article_tags as y")
                  .whereRef("y.article_id", "=", "x.article_id")
                  .where("y.tag_id", "=", target.id)
                  .select("y.tag_id"),
              ),
            ),
          )
          .select(["x.article_id", sql.lit(target.id).as("tag_id")]),
      )
      .execute();
    await redirectMergedTag(trx, edition, source, target.id);
    await trx.deleteFrom("tags").where("id", "=", source.id).execute();
    await record({ type: "tag.changed", edition, tagIds: [source.id, target.id], articleIds });
    return { slug: target.slug, name: target.name, moved: articleIds.length };
  });
}

/** Removes a tag; its stories lose it, and its old addresses (redirects) go with it: 404. */
export async function deleteTag(writes: WritePath, edition: string, slug: string): Promise<void> {
  await writes.run(async ({ trx, record }) => {
    const tag = (await holdTags(trx, edition, [slug]))(slug);
    const articleIds = await storiesTagged(trx, tag.id);
    await trx.deleteFrom("tags").where("id", "=", tag.id).execute();
    await record({ type: "tag.changed", edition, tagIds: [tag.id], articleIds });
  });
}

/** The edition's tags with how many stories carry each, for the newsroom's tag screen. */
export async function listTagsWithCounts(db: Kysely<Database>, edition: string) {
  const rows = await db
    .selectFrom("tags as t")
    .leftJoin("article_tags as at", "at.tag_id", "t.id")
    .where("t.edition", "=", edition)
    .groupBy(["t.id", "t.slug", "t.name"])
    .select(["t.slug", "t.name", (eb) => eb.fn.count<number>("at.article_id").as("stories")])
    .orderBy("t.name")
    .execute();
  return rows.map((r) => ({ slug: r.slug, name: r.name, stories: Number(r.stories) }));
}
