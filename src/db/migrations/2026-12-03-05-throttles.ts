import type { Kysely, Migration } from "kysely";

/**
 * One table of failure counters for every throttle (logins, API keys), replacing `login_failures`,
 * whose per-account counters let anyone lock an account. Its rows are at most one window old, so
 * nothing is carried over. Frozen.
 */
export function throttlesMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("failure_counters")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("failures", "integer", (c) => c.notNull())
        .addColumn("window_ends_at", "text", (c) => c.notNull())
        .execute();
      // The sweep deletes ended windows; without the index it would read every address ever counted.
      await db.schema
        .createIndex("failure_counters_window_ends_at")
        .on("failure_counters")
        .column("window_ends_at")
        .execute();
      await db.schema.dropTable("login_failures").execute();
    },
  };
}
