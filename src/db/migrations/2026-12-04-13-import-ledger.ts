import type { Kysely, Migration } from "kysely";

/**
 * What an import made of each thing in another system's export (src/importers): the row it
 * became and a hash of what it was made from, so a re-run changes nothing, a newer export changes
 * only what changed, and an interrupted run finishes without duplicates. Frozen.
 */
export function importLedgerMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("import_ledger")
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("item_key", "text", (c) => c.notNull())
        .addColumn("target_kind", "text", (c) => c.notNull())
        .addColumn("target_id", "integer", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        // The story's version the import left: a higher one means someone edited it since.
        .addColumn("target_version", "integer")
        .addColumn("imported_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("import_ledger_pk", ["source", "item_key"])
        .execute();
    },
  };
}
