import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * The newsroom talking to its writers (issue 13): notes on a story, never public, gone with the
 * story; and each person's notifications (a story of theirs submitted, returned or published, or a
 * note naming them). Frozen.
 */
export function articleNotesNotificationsMigration({ id }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("article_notes")
        .addColumn("id", "integer", id)
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("body", "text", (c) => c.notNull())
        // A JSON array of the user ids the note names.
        .addColumn("mentions", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("article_notes_article")
        .on("article_notes")
        .columns(["article_id", "id"])
        .execute();

      await db.schema
        .createTable("notifications")
        .addColumn("id", "integer", id)
        .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
        .addColumn("note_id", "integer", (c) => c.references("article_notes.id").onDelete("cascade"))
        .addColumn("actor_id", "integer", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("read_at", "text")
        .addCheckConstraint(
          "notifications_kind",
          sql`kind IN ('submitted', 'returned', 'published', 'mentioned')`,
        )
        .execute();
      await db.schema
        .createIndex("notifications_user")
        .on("notifications")
        .columns(["user_id", "id"])
        .execute();
      await db.schema
        .createIndex("notifications_unread")
        .on("notifications")
        .column("user_id")
        .where(sql.ref("read_at"), "is", null)
        .execute();
    },
  };
}
