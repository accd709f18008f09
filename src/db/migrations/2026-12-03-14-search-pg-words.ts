import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL keeps each story's terms as text in reading order (`words`) instead of a tsvector
 * with positions (`tsv`). Frozen.
 *
 * - The GIN index holds no positions in either case; it is now on `search_words(words)`, the set
 *   of the story's terms, through a PL/pgSQL function whose declared cost keeps the planner on the
 *   index (as `search_vector` did, migration 2026-12-03-06).
 * - Phrases are checked by finding the phrase's terms, space-separated, in that text. The vector
 *   kept every term with its positions and compressed badly (about 6.2 kB a story, against about
 *   4.1 kB for the text with LZ4); it also dropped positions past 16,383 and past a term's 256th
 *   use, so a phrase late in a long story could not be found.
 * - The index on (edition, published_at) goes (see below).
 * - The text cannot be made from the old vectors without those losses, so the index is emptied:
 *   the server rebuilds it when it next starts (`ensureSearch`), keeping the stored related stories.
 * SQLite: nothing to do.
 */
export function searchPgWordsMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`TRUNCATE search_documents, search_rank_vectors, search_document_authors, search_terms`.execute(
        db,
      );
      await sql`ALTER TABLE search_documents DROP COLUMN tsv`.execute(db);
      await sql`DROP FUNCTION search_vector(tsvector)`.execute(db);
      await sql`ALTER TABLE search_documents ADD COLUMN words text NOT NULL`.execute(db);
      // A story's words go out of line even when they compress small, so the rows every search scans
      // stay narrow. Not lower: at 128 the other columns of a row (about 130 bytes) went out too,
      // and every search read them back one by one.
      await sql`ALTER TABLE search_documents SET (toast_tuple_target = 256)`.execute(db);
      await sql`DO $$ BEGIN
        ALTER TABLE search_documents ALTER COLUMN words SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$`.execute(db);
      // Fields are lines, terms are separated by spaces: the set of terms is every non-empty piece.
      await sql`CREATE FUNCTION search_words(words text) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL UNSAFE COST 1000
        AS $$ BEGIN
          RETURN array_to_tsvector(array_remove(string_to_array(translate(words, E'\\n', ' '), ' '), ''));
        END $$`.execute(db);
      await sql`CREATE INDEX search_documents_words ON search_documents
        USING gin (search_words(words)) WITH (fastupdate = off)`.execute(db);
      // Nothing reads stories by edition and time through it; the planner only ever ANDed it with
      // the GIN index, a bitmap of every story in the edition, which cost more than the search.
      await sql`DROP INDEX search_documents_edition_published`.execute(db);
    },
  };
}
