import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL drops `search_document_terms`. Frozen.
 *
 * Each story's telling terms were kept twice there: as the table's text and inside the story's
 * vector, which holds every term. Related stories and index removal now read them from the vector
 * (`tsvector_to_array`), and the copy, about a fifth of the search tables on a large archive, goes.
 * SQLite's contentless FTS5 index cannot give terms back, so it keeps the table.
 */
export function searchPgTermsMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`DROP TABLE search_document_terms`.execute(db);
    },
  };
}
