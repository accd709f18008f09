import type { Kysely, Migration } from "kysely";

/**
 * Who holds a running job's lease (see src/jobs/process-identity.ts), so a runner that lost its
 * lease cannot finish over the next holder, and a restarted node takes back at once the jobs its
 * dead predecessor held. Frozen.
 */
export function jobLeasesMigration(): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's schema types
    async up(db: Kysely<any>) {
      await db.schema.alterTable("jobs").addColumn("locked_by", "text").execute();
    },
  };
}
