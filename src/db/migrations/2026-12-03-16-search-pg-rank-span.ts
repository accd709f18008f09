import { type Kysely, type Migration, sql } from "kysely";
import type { MigrationTools } from "./migration-tools.ts";

/**
 * PostgreSQL ranks a search's newest matches from the ranking vectors within the ids they span.
 * Found through the primary key, that span cost a walk over every id in it: 14.6 ms of a 17.7 ms
 * statement when the matches reached back through the archive, as a rare word's do. Rows are
 * written in id order, so a block range index finds the span in a few hundred bytes. Frozen.
 * SQLite ranks with FTS5's own index: nothing to do.
 */
export function searchPgRankSpanMigration({ dialect }: MigrationTools): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      if (dialect === "sqlite") return;
      await sql`CREATE INDEX search_rank_vectors_span ON search_rank_vectors
        USING brin (article_id) WITH (autosummarize = on)`.execute(db);
    },
  };
}
