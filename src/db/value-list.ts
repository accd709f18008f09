import { type Kysely, type RawBuilder, sql } from "kysely";
import { dialectOf } from "./dialect.ts";

/**
 * `column IN (values)`, for lists of hundreds. PostgreSQL gets the list as one array parameter:
 * binding and planning 300 parameters made a look-up of 300 terms take 4.8 ms at the median,
 * against 2.9 ms as an array. SQLite has no arrays and binds its parameters in process.
 */
export function inValueList(
  // biome-ignore lint/suspicious/noExplicitAny: works for any schema and for transactions alike
  db: Kysely<any>,
  column: string,
  values: readonly (string | number)[],
  type: "text" | "integer",
): RawBuilder<boolean> {
  if (values.length === 0) return sql<boolean>`1 = 0`;
  return dialectOf(db) === "postgres"
    ? sql<boolean>`${sql.ref(column)} = ANY(CAST(${values} AS ${sql.raw(type)}[]))`
    : sql<boolean>`${sql.ref(column)} IN (${sql.join(values)})`;
}
