import type { Kysely, Migration } from "kysely";

/**
 * Which version of its agency item a story's desk has seen: the one adopted, then each one an
 * editor acknowledged. A newer version shows as "agency copy updated" until then, and a kill of a
 * published story's item stays an alert. Versions are told apart by their row, since feed items
 * carry no version number. Frozen.
 */
export function wireSeenVersionMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("wire_adoptions")
        .addColumn("seen_version_id", "integer", (c) => c.references("wire_item_versions.id"))
        .execute();
    },
  };
}
