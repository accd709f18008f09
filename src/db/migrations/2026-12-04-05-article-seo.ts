import type { Kysely, Migration } from "kysely";

/**
 * A story may carry its own texts for search results and for shares on social networks, and its
 * own picture for the shares; each falls back to the page's own when null. Frozen.
 */
export function articleSeoMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      for (const column of ["seo_title", "seo_description", "social_title", "social_description"]) {
        await db.schema.alterTable("articles").addColumn(column, "text").execute();
      }
      // Like the lead photo: a photo removed from the library leaves the story without one.
      await db.schema
        .alterTable("articles")
        .addColumn("social_media_id", "integer", (c) => c.references("media.id").onDelete("set null"))
        .execute();
    },
  };
}
