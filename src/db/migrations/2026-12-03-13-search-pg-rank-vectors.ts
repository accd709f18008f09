import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL keeps ranking vectors in their own table, `search_rank_vectors`. Frozen.
 *
 * A search reads the row of every story holding its words (tens of thousands for a common word
 * on a large archive), but ranks only a window of them. With each row carrying its ranking vector
 * (about 650 bytes, kept in line), the rows of 200,000 stories took 151 MB, more than the default
 * shared buffers; without it they take about 22 MB, and only the ranked window reads a vector,
 * and of those only the ones whose vector holds a query word, which a GIN index of their own finds.
 * The dropped column's space is freed when the table is next rewritten (`dateline reindex`).
 * SQLite ranks with FTS5's own index: nothing to do.
 */
export function searchPgRankVectorsMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`CREATE TABLE search_rank_vectors (
        article_id integer PRIMARY KEY REFERENCES search_documents (article_id) ON DELETE CASCADE,
        rank_tsv tsvector NOT NULL
      )`.execute(db);
      await sql`INSERT INTO search_rank_vectors (article_id, rank_tsv)
        SELECT article_id, rank_tsv FROM search_documents`.execute(db);
      await sql`ALTER TABLE search_documents DROP COLUMN rank_tsv`.execute(db);
      // Which matches have a query word in their headline, standfirst or tags: the few worth ranking.
      await sql`CREATE INDEX search_rank_vectors_words ON search_rank_vectors
        USING gin (rank_tsv) WITH (fastupdate = off)`.execute(db);
    },
  };
}
