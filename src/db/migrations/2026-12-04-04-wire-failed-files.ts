import { type Kysely, type Migration, sql } from "kysely";

/** The desk lists the files that could not be read, newest first: a small index of just those. Frozen. */
export function wireFailedFilesMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex("wire_files_failed")
        .on("wire_files")
        .column("id")
        .where(sql.ref("failure"), "is not", null)
        .execute();
    },
  };
}
