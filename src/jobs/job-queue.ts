import { type ExpressionBuilder, type Kysely, sql, type Transaction, type Updateable } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import type { JobTable } from "./jobs.tables.ts";

type Q = Kysely<Database>;

/**
 * How long a claim lasts unless its runner renews it. The runner renews every third of this while
 * the job runs, so only a dead or frozen runner lets it pass, and its job waits at most this long:
 * a node that dies loses its claims within seconds. A renewal is one indexed UPDATE per running
 * job (about a millisecond on PostgreSQL), and the runner's event loop is never blocked for
 * seconds (images and sanitizing run off it), so two missed heartbeats mean a dead or frozen process.
 */
export const LEASE_MS = 15 * 1000;

/** A claimed job. Its holder and attempt number identify the claim: a later claim changes both. */
export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  lockedBy: string;
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
      locked_by: null,
      created_at: job.now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Which kinds of job a runner's lane takes: only some, or all but some. */
export type KindFilter = { only: readonly string[] } | { except: readonly string[] };

/**
 * Claims the next due job, or one whose lease passed, for `holder`, in one statement. On
 * PostgreSQL the candidate is picked `FOR UPDATE SKIP LOCKED`, so runners on several nodes racing
 * for the queue each take a different job instead of queueing behind one row lock and then finding
 * it gone; SQLite has a single writer, so its statement never races. The guarded UPDATE re-checks
 * the row's state either way.
 */
export async function claimNextJob(
  db: Q,
  now: Date,
  holder: string,
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
  const next = db
    .selectFrom("jobs")
    .where(claimable)
    .select("id")
    .orderBy("run_at")
    .limit(1)
    .$if(dialectOf(db) === "postgres", (q) => q.forUpdate().skipLocked());
  const claimed = await db
    .updateTable("jobs")
    .set({
      status: "running",
      attempts: sql`attempts + 1`,
      locked_until: leaseEnd(now),
      locked_by: holder,
    })
    .where("id", "=", next)
    .where(claimable)
    .returning(["id", "kind", "payload", "attempts"])
    .executeTakeFirst();
  return claimed && { ...claimed, payload: JSON.parse(claimed.payload) as unknown, lockedBy: holder };
}

const leaseEnd = (now: Date) => new Date(now.getTime() + LEASE_MS).toISOString();

/**
 * Writes to the job's row only while this claim still holds it: once the lease passed and another
 * runner claimed the job, the attempt number or the holder differ and nothing changes.
 */
async function updateOwnClaim(db: Q, job: Job, update: Updateable<JobTable>): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set(update)
    .where("id", "=", job.id)
    .where("status", "=", "running")
    .where("locked_by", "=", job.lockedBy)
    .where("attempts", "=", job.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Extends a running job's lease; false when the claim was lost, so the job is someone else's now. */
export function renewLease(db: Q, job: Job, now: Date): Promise<boolean> {
  return updateOwnClaim(db, job, { locked_until: leaseEnd(now) });
}

/**
 * Marks the job done at `now`, kept in `run_at` for the retention sweep (job-retention.ts); false
 * (and nothing written) when this claim no longer holds it.
 */
export function completeJob(db: Q, job: Job, now: Date): Promise<boolean> {
  return updateOwnClaim(db, job, {
    status: "done",
    run_at: now.toISOString(),
    locked_until: null,
    locked_by: null,
    last_error: null,
  });
}

/**
 * Puts a failed job back with exponential back-off, or marks it failed at `now` (kept in `run_at`,
 * as for a done job) after its last attempt; false (and nothing written) when this claim no longer
 * holds it.
 */
export function failJob(db: Q, job: Job, error: string, now: Date, maxAttempts: number): Promise<boolean> {
  const update: Updateable<JobTable> =
    job.attempts >= maxAttempts
      ? {
          status: "failed",
          run_at: now.toISOString(),
          locked_until: null,
          locked_by: null,
          last_error: error,
        }
      : {
          status: "queued",
          locked_until: null,
          locked_by: null,
          last_error: error,
          run_at: new Date(now.getTime() + 1000 * 2 ** job.attempts).toISOString(),
        };
  return updateOwnClaim(db, job, update);
}

/**
 * Queues again, due now, every running job whose holder `isDead` says has exited, without
 * waiting for its lease to pass; answers how many. Each row is guarded by the holder it was read
 * with, so a job claimed anew in the meantime is left alone.
 */
export async function releaseDeadClaims(
  db: Q,
  now: Date,
  isDead: (holder: string) => boolean,
): Promise<number> {
  const running = await db
    .selectFrom("jobs")
    .where("status", "=", "running")
    .where("locked_by", "is not", null)
    .select(["id", "kind", "payload", "attempts", "locked_by"])
    .execute();
  let released = 0;
  for (const row of running) {
    if (row.locked_by === null || !isDead(row.locked_by)) continue;
    const job: Job = { ...row, payload: undefined, lockedBy: row.locked_by };
    const update = {
      status: "queued",
      run_at: now.toISOString(),
      locked_until: null,
      locked_by: null,
    } as const;
    if (await updateOwnClaim(db, job, update)) released++;
  }
  return released;
}

export async function findJob(db: Q, id: number) {
  return db.selectFrom("jobs").where("id", "=", id).selectAll().executeTakeFirst();
}
