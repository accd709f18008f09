import type { Kysely, Migration } from "kysely";

/**
 * A live blog's changes in order: each write takes the story's next `seq` from its coverage row
 * (which it holds until it commits, so commits come in `seq` order) and stamps the entries it
 * touched, so a reader's stream resumes with "entries changed after N". Entries also keep the
 * byline they were posted under. Frozen.
 */
export function liveSequenceMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("live_coverage")
        .addColumn("seq", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("live_entries")
        .addColumn("seq", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("live_entries")
        .addColumn("author_id", "integer", (c) => c.references("authors.id").onDelete("set null"))
        .execute();
      await db.schema
        .createIndex("live_entries_changes")
        .on("live_entries")
        .columns(["article_id", "seq"])
        .execute();
    },
  };
}
