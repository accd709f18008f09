import { type ExpressionBuilder, type Kysely, sql, type Transaction, type Updateable } from "kysely";
import type { Database } from "../db/database.ts";
import type { JobTable } from "./jobs.tables.ts";

type Q = Kysely<Database>;

/** How long a claimed job may run before another runner takes it to have died and runs it again. */
const LOCK_MS = 5 * 60 * 1000;

export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
}

/** Queues a job to run at `runAt` (now by default). Call inside the transaction that makes it necessary. */
export async function enqueueJob(
  db: Kysely<Database> | Transaction<Database>,
  job: { kind: string; payload: unknown; runAt: Date; now: Date },
): Promise<number> {
  const { id } = await db
    .insertInto("jobs")
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt.toISOString(),
      status: "queued",
      attempts: 0,
      last_error: null,
      locked_until: null,
      created_at: job.now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Which kinds of job a runner's lane takes: only some, or all but some. */
export type KindFilter = { only: readonly string[] } | { except: readonly string[] };

/**
 * Claims the next due job, or one whose runner died. The guarded UPDATE re-checks the row's
 * state, so when runners on several nodes race for one job only one of them gets it.
 */
export async function claimNextJob(
  db: Q,
  now: Date,
  kinds: KindFilter = { except: [] },
): Promise<Job | undefined> {
  const at = now.toISOString();
  const claimable = (eb: ExpressionBuilder<Database, "jobs">) =>
    eb.and([
      "only" in kinds
        ? eb("kind", "in", kinds.only)
        : kinds.except.length
          ? eb("kind", "not in", kinds.except)
          : eb.lit(true),
      eb.or([
        eb.and([eb("status", "=", "queued"), eb("run_at", "<=", at)]),
        eb.and([eb("status", "=", "running"), eb("locked_until", "<", at)]),
      ]),
    ]);
  const next = await db
    .selectFrom("jobs")
    .where(claimable)
    .select("id")
    .orderBy("run_at")
    .limit(1)
    .executeTakeFirst();
  if (!next) return undefined;
  const claimed = await db
    .updateTable("jobs")
    .set({
      status: "running",
      attempts: sql`attempts + 1`,
      locked_until: new Date(now.getTime() + LOCK_MS).toISOString(),
    })
    .where("id", "=", next.id)
    .where(claimable)
    .returning(["id", "kind", "payload", "attempts"])
    .executeTakeFirst();
  return claimed && { ...claimed, payload: JSON.parse(claimed.payload) as unknown };
}

export async function completeJob(db: Q, id: number): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ status: "done", locked_until: null, last_error: null })
    .where("id", "=", id)
    .execute();
}

/** Puts a failed job back with exponential back-off, or marks it failed after its last attempt. */
export async function failJob(db: Q, job: Job, error: string, now: Date, maxAttempts: number): Promise<void> {
  const update: Updateable<JobTable> =
    job.attempts >= maxAttempts
      ? { status: "failed", locked_until: null, last_error: error }
      : {
          status: "queued",
          locked_until: null,
          last_error: error,
          run_at: new Date(now.getTime() + 1000 * 2 ** job.attempts).toISOString(),
        };
  await db.updateTable("jobs").set(update).where("id", "=", job.id).execute();
}

export async function findJob(db: Q, id: number) {
  return db.selectFrom("jobs").where("id", "=", id).selectAll().executeTakeFirst();
}
