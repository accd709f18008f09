import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * Old addresses of another site (a WordPress import) that answer 301: a normalised key (see
 * src/redirects/redirect-key.ts) to a story, followed to its current URL, or to a fixed path. Frozen.
 */
export function redirectsMigration(tools: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("redirects")
        .addColumn("id", "integer", tools.id)
        .addColumn("from_key", "text", (c) => c.notNull().unique())
        // A deleted story takes its old addresses with it: they answer 404, as any unknown path does.
        .addColumn("article_id", "integer", (c) => c.references("articles.id").onDelete("cascade"))
        .addColumn("target_path", "text")
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addCheckConstraint("redirects_one_target", sql`(article_id is null) <> (target_path is null)`)
        .execute();
      // PostgreSQL does not index foreign keys; deleting a story would scan the table without it.
      await db.schema.createIndex("redirects_article").on("redirects").column("article_id").execute();
    },
  };
}
