import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";

/** What the queue holds right now, for the metrics endpoint. */
export interface JobBacklog {
  /** Queued jobs whose time has come, waiting for a runner. */
  due: number;
  /** Queued jobs set to run later (back-off, scheduled work). */
  later: number;
  running: number;
  /** How long the oldest due job has waited since its run time, in seconds; 0 with none due. */
  oldestDueAgeSeconds: number;
}

/**
 * One aggregate over the unfinished jobs (the `jobs_due` index on status and run time finds
 * them), so a scrape costs one small query however long the history of finished jobs is.
 */
export async function jobBacklog(db: Kysely<Database>, now: Date): Promise<JobBacklog> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom("jobs")
    .where("status", "in", ["queued", "running"])
    .select((eb) => [
      "status",
      eb.fn.countAll<number | string>().as("total"),
      sql<number | string | null>`sum(case when run_at <= ${at} then 1 else 0 end)`.as("due"),
      // Due jobs run before later ones, so the oldest queued run time is the oldest due one's.
      eb.fn.min("run_at").as("oldest"),
    ])
    .groupBy("status")
    .execute();
  const backlog: JobBacklog = { due: 0, later: 0, running: 0, oldestDueAgeSeconds: 0 };
  for (const row of rows) {
    if (row.status === "running") {
      backlog.running = Number(row.total);
      continue;
    }
    backlog.due = Number(row.due ?? 0);
    backlog.later = Number(row.total) - backlog.due;
    if (backlog.due > 0) backlog.oldestDueAgeSeconds = (now.getTime() - Date.parse(row.oldest)) / 1000;
  }
  return backlog;
}
