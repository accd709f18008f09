import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL keeps each story's words as codes, one character per term, and indexes word pairs
 * and the story's place in the archive with them. Frozen.
 *
 * - `search_lexicon` numbers every term once (codes are never reused or renumbered), so a story's
 *   words become one character per term (`src/search/engine/term-codes.ts` says which): about a
 *   third of the text's size, and a phrase is still found with `strpos`.
 * - The GIN index is on `search_keys(article_id, words)`: each term's character, and a hash of
 *   each pair of neighbouring terms, so a phrase of common words is narrowed to the stories
 *   holding its word pairs rather than every story holding its words (tens of thousands, each read
 *   to check word order). Every key carries the story's bucket of 16,384 ids, so a search can take
 *   the newest buckets first and stop when it has enough, instead of reading every match of a
 *   common word.
 * - Its statistics target is 0: ANALYZE would otherwise compute the keys of every sampled row.
 * - The words cannot be coded without the lexicon the app keeps, so the index is emptied: the
 *   server rebuilds it when it next starts (`ensureSearch`), keeping the stored related stories.
 * SQLite: nothing to do.
 */
export function searchPgCodesMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`TRUNCATE search_documents, search_rank_vectors, search_document_authors, search_terms`.execute(
        db,
      );
      await sql`DROP INDEX search_documents_words`.execute(db);
      await sql`DROP FUNCTION search_words(text)`.execute(db);
      // "C": byte order, which is code point order, so a prefix is a range of the unique index.
      await sql`CREATE TABLE search_lexicon (
        code integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        term text COLLATE "C" NOT NULL UNIQUE)`.execute(db);
      // Keys: bucket × 2^22 + the term's code point, or + 2^21 + a hash of two neighbours' code
      // points below 65,521. Codes start at U+0021: fields are lines, no pair spans two, and the
      // spaces that keep the words out of line are no term. Declared parallel unsafe and
      // costly, as search_words was, so searches stay serial and on the index.
      await sql`CREATE FUNCTION search_keys(article_id integer, words text) RETURNS bigint[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL UNSAFE COST 1000
        AS $$ BEGIN
          RETURN ARRAY(
            SELECT DISTINCT (article_id >> 14)::bigint * 4194304 + k FROM (
              SELECT ascii(c)::bigint AS k FROM unnest(string_to_array(ltrim(words, ' '), NULL)) AS c WHERE ascii(c) > 32
              UNION ALL
              SELECT 2097152 + (ascii(a)::bigint * 1114112 + ascii(b)) % 65521
              FROM (SELECT string_to_array(ltrim(words, ' '), NULL) AS cs) AS w,
                unnest(cs[1:cardinality(cs) - 1], cs[2:cardinality(cs)]) AS p(a, b)
              WHERE ascii(a) > 32 AND ascii(b) > 32
            ) AS keys);
        END $$`.execute(db);
      await sql`CREATE INDEX search_documents_keys ON search_documents
        USING gin (search_keys(article_id, words)) WITH (fastupdate = off)`.execute(db);
      await sql`ALTER INDEX search_documents_keys ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
    },
  };
}
