import type { Kysely, Migration } from "kysely";

/**
 * A story may carry an embargo: the time before which nobody can publish it, whether an editor set
 * it or the agency copy it was adopted from did. Frozen.
 */
export function articleEmbargoMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema.alterTable("articles").addColumn("embargo_until", "text").execute();
    },
  };
}
