import type { Kysely, Migration } from "kysely";

/**
 * Cached answers are now dropped by the keys a change touched, so the one content version every
 * write bumped (a row all writers queued on) goes. `masthead_days` records each day the masthead
 * turned over, so that of all nodes only the first to see midnight announces it. Frozen.
 */
export function mastheadDaysMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema.dropTable("site_state").execute();
      await db.schema
        .createTable("masthead_days")
        .addColumn("day", "text", (c) => c.primaryKey())
        .addColumn("announced_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
