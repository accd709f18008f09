import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";

type T = Transaction<Database>;

/**
 * A tag left `slug` (renamed, or merged into the tag `tagId`): links to the old address keep
 * reaching its stories. The last tag to leave a slug owns its redirect.
 */
export async function rememberTagSlug(trx: T, edition: string, slug: string, tagId: number): Promise<void> {
  await trx
    .insertInto("tag_redirects")
    .values({ edition, slug, tag_id: tagId })
    .onConflict((oc) => oc.columns(["edition", "slug"]).doUpdateSet({ tag_id: tagId }))
    .execute();
}

/**
 * A live tag holds `slug` now (made anew, or renamed to it): it wins, and the redirect goes. Run
 * after the tag row is written, so on PostgreSQL a rename that left the slug and is committing
 * has been waited for (the unique index makes the write wait) and its redirect is seen and removed.
 */
export async function forgetTagSlug(trx: T, edition: string, slug: string): Promise<void> {
  await trx.deleteFrom("tag_redirects").where("edition", "=", edition).where("slug", "=", slug).execute();
}

/** `from` is merged into `into`: its old slugs and its own now lead to `into`, in one hop. */
export async function redirectMergedTag(
  trx: T,
  edition: string,
  from: { id: number; slug: string },
  into: number,
): Promise<void> {
  await trx.updateTable("tag_redirects").set({ tag_id: into }).where("tag_id", "=", from.id).execute();
  await rememberTagSlug(trx, edition, from.slug, into);
}

/**
 * The slug of the tag that used to answer at `slug`, if it still exists; undefined otherwise. The
 * site asks only when no tag holds the slug, so a new tag that takes an old slug wins.
 */
export async function movedTagSlug(
  db: Kysely<Database>,
  edition: string,
  slug: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("tag_redirects as r")
    .innerJoin("tags as t", "t.id", "r.tag_id")
    .where("r.edition", "=", edition)
    .where("r.slug", "=", slug)
    .select("t.slug")
    .executeTakeFirst();
  // Never answer a slug with itself, should a tag be back at its old address.
  return row && row.slug !== slug ? row.slug : undefined;
}
