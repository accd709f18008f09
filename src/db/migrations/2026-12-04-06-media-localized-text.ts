import type { Kysely, Migration } from "kysely";

/**
 * Photos keep the name of the file the newsroom uploaded (stored files are named by their hash, so
 * the library could not otherwise be searched by it), and may carry a caption and alt text per
 * edition; the media row's own caption and alt stay the default every edition falls back to. Frozen.
 */
export function mediaLocalizedTextMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("media")
        .addColumn("original_name", "text", (c) => c.notNull().defaultTo(""))
        .execute();
      await db.schema
        .createTable("media_localizations")
        .addColumn("media_id", "integer", (c) => c.notNull().references("media.id").onDelete("cascade"))
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("caption", "text", (c) => c.notNull())
        .addColumn("alt", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("media_localizations_pk", ["media_id", "edition"])
        .execute();
    },
  };
}
