import { type Kysely, PostgresAdapter } from "kysely";

export type DialectName = "sqlite" | "postgres";

/** Which engine a Kysely instance or transaction talks to, for the few queries that differ. */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema and for transactions alike
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}
