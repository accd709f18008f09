import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * The Content API's request counters, one row per key and window, shared by every node so N nodes
 * allow a key its limit once, not N times. On PostgreSQL the table is UNLOGGED: a count writes no
 * WAL, so its commit does not wait for a disk flush (about 3 ms of every API request otherwise),
 * and a crash empties it, which only forgives the current window. Frozen.
 */
export function apiRateWindowsMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("api_rate_windows")
        .$call((table) => (dialect === "postgres" ? table.modifyFront(sql`unlogged`) : table))
        .addColumn("key_id", "integer", (c) => c.notNull().references("api_keys.id").onDelete("cascade"))
        .addColumn("window_start", "text", (c) => c.notNull())
        .addColumn("requests", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("api_rate_windows_pkey", ["key_id", "window_start"])
        .execute();
    },
  };
}
