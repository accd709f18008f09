import type { Kysely, Migration } from "kysely";

/**
 * Who has which story open in the newsroom (issue 13): one row per person and story, refreshed by
 * the editor's heartbeat; a row not refreshed for a while counts as gone. Frozen.
 */
export function articlePresenceMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("article_presence")
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("typing", "integer", (c) => c.notNull())
        .addColumn("opened_at", "text", (c) => c.notNull())
        .addColumn("seen_at", "text", (c) => c.notNull())
        // 1 when the last heartbeat changed what others are shown (see presence.queries.ts).
        .addColumn("last_beat_changed", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("article_presence_pk", ["article_id", "user_id"])
        .execute();
      // The sweep of rows nobody refreshed.
      await db.schema.createIndex("article_presence_seen").on("article_presence").column("seen_at").execute();
    },
  };
}
