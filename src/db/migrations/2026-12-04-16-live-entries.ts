import type { Kysely, Migration } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * Live blogs: a `kind: "live"` story's entries, newest first on its page, and when its coverage
 * ended. A removed entry stays as a tombstone (deleted_at) so readers and streams learn of it. Frozen.
 */
export function liveEntriesMigration(tools: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("live_entries")
        .addColumn("id", "integer", tools.id)
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("posted_at", "text", (c) => c.notNull())
        .addColumn("headline", "text")
        .addColumn("body_html", "text", (c) => c.notNull())
        .addColumn("key_event", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("edited_at", "text")
        .addColumn("deleted_at", "text")
        // The poster's account may go; the entry stays on the page.
        .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      // The page and the desk read a story's entries newest first.
      await db.schema
        .createIndex("live_entries_stream")
        .on("live_entries")
        .columns(["article_id", "posted_at", "id"])
        .execute();
      await db.schema
        .createTable("live_coverage")
        .addColumn("article_id", "integer", (c) =>
          c.primaryKey().references("articles.id").onDelete("cascade"),
        )
        .addColumn("ended_at", "text")
        .execute();
    },
  };
}
