import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL plans search statements without parallel workers. Frozen.
 *
 * At 100,000 stories per edition a common word's statement was planned with two workers; starting
 * them took 24 ms of its 54 (on a busy 2-core machine), where the same plan run alone took 15 ms,
 * and a page's one statement gains nothing from splitting. Declaring the function every search
 * matches through (`search_vector`, migration 2026-12-03-06) parallel unsafe keeps those
 * statements serial and leaves the rest of the app's queries as they were. SQLite: nothing to do.
 */
export function searchPgSerialMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`ALTER FUNCTION search_vector(tsvector) PARALLEL UNSAFE`.execute(db);
    },
  };
}
