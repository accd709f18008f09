import { type Kysely, sql } from "kysely";
import { dialectOf } from "./dialect.ts";

/**
 * Brings the query planner's table statistics up to date after a bulk change. Without them SQLite
 * guesses, and on a large archive it guessed wrong: it walked a listing index over a whole edition
 * instead of fetching twelve stories by id. PostgreSQL's autovacuum would catch up later; this is now.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export async function refreshPlannerStatistics(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "postgres") {
    await sql`ANALYZE`.execute(db);
    return;
  }
  // A sampled ANALYZE of the tables that need one: about half a second on a 2 GB database.
  await sql`PRAGMA analysis_limit = 1000`.execute(db);
  await sql`PRAGMA optimize`.execute(db);
}
