import type { Kysely, Migration } from "kysely";

/**
 * The slugs a tag answered at before a rename, or before it was merged into another, so old tag
 * links redirect to the tag that holds its stories now. One row per old slug, naming the tag (not
 * the next slug), so a chain of renames answers with the newest address in one hop. Frozen.
 */
export function tagRedirectsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("tag_redirects")
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        // A deleted tag takes its old addresses with it: they answer 404, as any unknown tag does.
        .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("tag_redirects_pk", ["edition", "slug"])
        .execute();
      // Merges re-point a tag's redirects and deletions cascade: both find them by tag.
      await db.schema.createIndex("tag_redirects_tag").on("tag_redirects").column("tag_id").execute();
    },
  };
}
