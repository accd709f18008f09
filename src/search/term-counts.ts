import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";

type Q = Kysely<Database>;

const SQLITE_BATCH = 500;

/**
 * How many of an edition's indexed stories hold each of the terms (`search_terms`); terms no
 * story holds are left out. Related stories ask this of each story's few hundred terms.
 */
export async function documentCounts(db: Q, edition: string, terms: readonly string[]) {
  const counts = new Map<string, number>();
  if (dialectOf(db) === "postgres") {
    for (const r of await probedCounts(db, edition, terms)) counts.set(r.term, r.doc_count);
    return counts;
  }
  for (let i = 0; i < terms.length; i += SQLITE_BATCH) {
    const rows = await db
      .selectFrom("search_terms")
      .where("edition", "=", edition)
      .where("term", "in", terms.slice(i, i + SQLITE_BATCH))
      .select(["term", "doc_count"])
      .execute();
    for (const r of rows) counts.set(r.term, r.doc_count);
  }
  return counts;
}

/**
 * One primary key probe per term. Given `term = ANY(...)` or a join, PostgreSQL scans the
 * edition's whole vocabulary instead (for 188 terms among 11,575: 2.2 ms, against 0.55 ms for the
 * probes); `LIMIT 1` keeps the subquery from being turned into that join.
 */
async function probedCounts(db: Q, edition: string, terms: readonly string[]) {
  if (terms.length === 0) return [];
  const { rows } = await sql<{ term: string; doc_count: number }>`
    SELECT t.term, t.doc_count FROM unnest(CAST(${terms} AS text[])) AS wanted(term)
    CROSS JOIN LATERAL (
      SELECT term, doc_count FROM search_terms WHERE edition = ${edition} AND term = wanted.term LIMIT 1
    ) AS t`.execute(db);
  return rows;
}
