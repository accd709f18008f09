import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL search without reading every story's TOAST-ed tsvector. Frozen.
 *
 * - The planner costs `tsv @@ q` as one cheap operator, although each row's vector (about 7 kB,
 *   kept out of line) has to be fetched and expanded: it preferred scanning the edition and
 *   matching row by row (30–70 ms for 2,000 stories) to the GIN index (under 1 ms). Matching now
 *   goes through `search_vector(tsv)`, an identity function whose declared cost says what reading
 *   a vector costs, and the GIN index is on that expression, so the index is the cheap path.
 * - Ranking reads `rank_tsv`, the headline, standfirst and tags alone (weights A, B and C, about
 *   650 bytes, kept in the row), instead of each match's whole vector.
 *
 * SQLite's FTS5 index has neither problem; nothing changes there.
 */
export function searchVectorMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      // PL/pgSQL, so the planner cannot inline it and forget its cost.
      await sql`CREATE FUNCTION search_vector(v tsvector) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
        AS $$ BEGIN RETURN v; END $$`.execute(db);
      // Without fastupdate: stories come one at a time, and a pending list of recent ones would be
      // read in full by every search until a vacuum merged it.
      await sql`CREATE INDEX search_documents_vector ON search_documents
        USING gin (search_vector(tsv)) WITH (fastupdate = off)`.execute(db);
      await sql`DROP INDEX search_documents_tsv`.execute(db);
      await sql`ALTER TABLE search_documents
        ADD COLUMN rank_tsv tsvector GENERATED ALWAYS AS (ts_filter(tsv, '{a,b,c}')) STORED`.execute(db);
    },
  };
}
