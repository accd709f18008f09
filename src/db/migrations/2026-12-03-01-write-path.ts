import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * The write path: the outbox of domain events dispatched after commit, the version each revision
 * produced (the base of a three-way merge), and one story per edition in a translation group. Frozen.
 */
export function writePathMigration({ id }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("outbox")
        .addColumn("id", "integer", id)
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("dispatched_at", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("last_error", "text")
        .execute();
      // Only undispatched events are ever looked up, and there are few of them.
      await db.schema
        .createIndex("outbox_pending")
        .on("outbox")
        .column("id")
        .where(sql.ref("dispatched_at"), "is", null)
        .execute();
      // Which subscriber has handled which event: each runs in a transaction of its own, so a slow
      // follower does not hold up a fast one, and a retry skips those already done.
      await db.schema
        .createTable("outbox_handled")
        .addColumn("event_id", "integer", (c) => c.notNull().references("outbox.id").onDelete("cascade"))
        .addColumn("subscriber", "text", (c) => c.notNull())
        .addColumn("handled_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("outbox_handled_pk", ["event_id", "subscriber"])
        .execute();
      await db.schema.alterTable("revisions").addColumn("version", "integer").execute();
      await db.schema
        .createIndex("revisions_version")
        .on("revisions")
        .columns(["article_id", "version"])
        .execute();
      await db.schema
        .createIndex("articles_one_per_edition")
        .on("articles")
        .columns(["translation_group", "edition"])
        .unique()
        .execute();
    },
  };
}
