import type { Kysely, Migration } from "kysely";

/**
 * The public paths a story answered at before a slug or section change, so old links redirect to
 * it forever. One row per path: the last story to leave a path owns its redirect. Frozen.
 */
export function articlePathsMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("article_paths")
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("section_slug", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull())
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addPrimaryKeyConstraint("article_paths_pk", ["edition", "section_slug", "slug"])
        .execute();
      // PostgreSQL does not index foreign keys; deleting a story would scan the table without it.
      await db.schema.createIndex("article_paths_article").on("article_paths").column("article_id").execute();
    },
  };
}
