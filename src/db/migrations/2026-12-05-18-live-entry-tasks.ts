import type { Kysely, Migration } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * Entry translation tasks (src/live/entry-translations.ts): an entry of a live blog sent to the
 * desk of its translation in another edition, open until a translator posts the entry there. One
 * task per entry and target story, so asking twice (or at once) leaves one. Frozen.
 */
export function liveEntryTasksMigration(tools: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("live_entry_tasks")
        .addColumn("id", "integer", tools.id)
        .addColumn("entry_id", "integer", (c) =>
          c.notNull().references("live_entries.id").onDelete("cascade"),
        )
        .addColumn("source_article_id", "integer", (c) =>
          c.notNull().references("articles.id").onDelete("cascade"),
        )
        .addColumn("target_article_id", "integer", (c) =>
          c.notNull().references("articles.id").onDelete("cascade"),
        )
        .addColumn("edition", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
        // Accounts may go; the task and its history stay.
        .addColumn("requested_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("requested_at", "text", (c) => c.notNull())
        .addColumn("done_by", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("done_at", "text")
        // The translated entry; a removed one stays as a tombstone, so this rarely goes null.
        .addColumn("done_entry_id", "integer", (c) => c.references("live_entries.id").onDelete("set null"))
        .addUniqueConstraint("live_entry_tasks_once", ["entry_id", "target_article_id"])
        .execute();
      // The target desk lists its open tasks.
      await db.schema
        .createIndex("live_entry_tasks_target")
        .on("live_entry_tasks")
        .columns(["target_article_id", "status", "id"])
        .execute();
    },
  };
}
