import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { JobStatus } from "./jobs.tables.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long finished jobs stay in the queue's table. Done jobs are only a record that something
 * happened (the delivery log and the content keep what matters), so a week is enough to look into
 * a recent problem; failed ones are kept a month, for someone to read their last error.
 */
export interface JobRetention {
  doneMs: number;
  failedMs: number;
}

export const JOB_RETENTION: JobRetention = { doneMs: 7 * DAY_MS, failedMs: 30 * DAY_MS };

/** How often a runner sweeps: finished jobs pile up slowly, and a late sweep only keeps rows longer. */
export const RETENTION_SWEEP_MS = 60 * 60 * 1000;

/**
 * Rows deleted per statement. Each delete is short, so runners claiming jobs meanwhile wait on no
 * long lock and a backlog of millions drains over many small statements.
 */
const BATCH = 500;

/**
 * Deletes the done and failed jobs that finished longer ago than `retention` allows; answers how
 * many. A finished job's `run_at` is when it finished (see completeJob and failJob).
 */
export async function purgeFinishedJobs(
  db: Kysely<Database>,
  now: Date,
  retention: JobRetention = JOB_RETENTION,
): Promise<number> {
  const ages: [JobStatus, number][] = [
    ["done", retention.doneMs],
    ["failed", retention.failedMs],
  ];
  let purged = 0;
  for (const [status, ageMs] of ages) {
    const cutoff = new Date(now.getTime() - ageMs).toISOString();
    for (;;) {
      const batch = db
        .selectFrom("jobs")
        .where("status", "=", status)
        .where("run_at", "<", cutoff)
        .select("id")
        .limit(BATCH);
      const { numDeletedRows } = await db.deleteFrom("jobs").where("id", "in", batch).executeTakeFirst();
      purged += Number(numDeletedRows);
      if (numDeletedRows < BigInt(BATCH)) break;
    }
  }
  return purged;
}
