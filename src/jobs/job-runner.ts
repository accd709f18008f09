import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import {
  claimNextJob,
  completeJob,
  failJob,
  type Job,
  type KindFilter,
  LEASE_MS,
  releaseDeadClaims,
  renewLease,
} from "./job-queue.ts";
import { purgeFinishedJobs, RETENTION_SWEEP_MS } from "./job-retention.ts";
import { formatProcess, isProvablyDead, parseProcess, thisProcess } from "./process-identity.ts";

/** A kind of background work: its payload schema and the task that does it. */
export interface JobHandler<P = unknown> {
  kind: string;
  payload: z.ZodType<P>;
  maxAttempts: number;
  run(payload: P): Promise<void>;
}

export function defineJob<P>(handler: JobHandler<P>): JobHandler<unknown> {
  return handler as JobHandler<unknown>;
}

/** Whether a lease holder has certainly exited (see process-identity.ts); unknown holders never have. */
function holderIsDead(holder: string): boolean {
  const owner = parseProcess(holder);
  return owner !== undefined && isProvablyDead(owner);
}

/**
 * Runs queued jobs in this process: polls the jobs table, and runs at once when `poke()` says
 * something was queued. Every node may run one; the queue hands each job to one of them.
 *
 * A claim is a lease of LEASE_MS that a heartbeat renews while the job runs. A runner that dies
 * stops renewing, and any runner takes the job over once the lease has passed; a runner starting
 * on the same node takes back at once the jobs of a predecessor it can prove dead.
 */
export class JobRunner {
  #db: Kysely<Database>;
  #handlers: Map<string, JobHandler<unknown>>;
  #logger: Logger;
  #now: Clock;
  #pollMs: number;
  #heartbeatMs: number;
  #holder: string;
  #timer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #retention: NodeJS.Timeout | undefined;
  #starting: Promise<void> | undefined;
  #lanes: { kinds: KindFilter; draining: Promise<number> | undefined }[];
  /** The jobs this runner is running now, whose leases the heartbeat renews. */
  #running = new Set<Job>();
  #stopped = false;

  constructor(options: {
    db: Kysely<Database>;
    handlers: JobHandler<unknown>[];
    logger: Logger;
    now: Clock;
    pollMs?: number;
    /**
     * Kinds that run in lanes of their own, beside the lane for every other kind, so a quick job
     * (a webhook delivery) never waits behind a slow one (recomputing related stories).
     */
    ownLanes?: readonly (readonly string[])[];
  }) {
    this.#db = options.db;
    this.#handlers = new Map(options.handlers.map((h) => [h.kind, h]));
    this.#logger = options.logger;
    this.#now = options.now;
    this.#pollMs = options.pollMs ?? 1000;
    this.#heartbeatMs = LEASE_MS / 3;
    this.#holder = formatProcess(thisProcess);
    const own = options.ownLanes ?? [];
    this.#lanes = [...own.map((only) => ({ only })), { except: own.flat() }].map((kinds) => ({
      kinds,
      draining: undefined,
    }));
  }

  /**
   * Takes back the jobs of dead predecessors, runs what is due, then polls and keeps the leases
   * of running jobs alive. `poke()` and `renewLeases()` work without it, which tests use to run
   * jobs deterministically.
   */
  start(): void {
    this.#stopped = false;
    clearInterval(this.#heartbeat);
    this.#heartbeat = setInterval(() => void this.renewLeases(), this.#heartbeatMs);
    this.#heartbeat.unref();
    clearInterval(this.#retention);
    this.#retention = setInterval(() => void this.purgeFinished(), RETENTION_SWEEP_MS);
    this.#retention.unref();
    this.#starting = this.takeBackDeadClaims()
      .then(() => this.poke())
      .catch((error: unknown) => this.#logger.error({ err: error }, "could not run the due jobs"))
      .finally(() => this.#schedule());
  }

  /**
   * Claims no more jobs and waits for the running ones, at most `waitMs`; answers whether they
   * all finished. A job still running then keeps its lease only until it passes, since the
   * heartbeat stops here, and another node takes it over.
   */
  async stop(waitMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    let timer: NodeJS.Timeout | undefined;
    const givenUp = new Promise<boolean>((resolve) => {
      if (Number.isFinite(waitMs)) timer = setTimeout(() => resolve(false), waitMs);
    });
    const done = await Promise.race([this.#settled().then(() => true), givenUp]);
    clearTimeout(timer);
    clearInterval(this.#heartbeat);
    clearInterval(this.#retention);
    return done;
  }

  async #settled(): Promise<void> {
    await this.#starting;
    await Promise.all(this.#lanes.map((lane) => lane.draining));
  }

  /** Deletes the finished jobs older than their retention (the hourly sweep calls it). */
  async purgeFinished(): Promise<void> {
    try {
      const purged = await purgeFinishedJobs(this.#db, this.#now());
      if (purged > 0) this.#logger.info({ jobs: purged }, "purged finished jobs past their retention");
    } catch (error) {
      this.#logger.error({ err: error }, "could not purge finished jobs");
    }
  }

  /** Queues again the jobs that a process of this node held when it died; answers how many. */
  async takeBackDeadClaims(): Promise<number> {
    try {
      const released = await releaseDeadClaims(this.#db, this.#now(), holderIsDead);
      if (released > 0) this.#logger.info({ jobs: released }, "took back the jobs of a runner that died");
      return released;
    } catch (error) {
      this.#logger.error({ err: error }, "could not take back dead runners' jobs");
      return 0;
    }
  }

  /** Extends the lease of every job this runner is running (the heartbeat calls it). */
  async renewLeases(): Promise<void> {
    await Promise.all(
      [...this.#running].map(async (job) => {
        const held = await renewLease(this.#db, job, this.#now()).catch((error: unknown) => {
          this.#logger.error({ err: error, job: job.id }, "could not renew a job's lease");
          return true;
        });
        // Another runner has it now; this run's result will not be recorded (see #run).
        if (!held) this.#logger.warn({ job: job.id, kind: job.kind }, "lost the lease of a running job");
      }),
    );
  }

  /**
   * Runs every due job now, each lane on its own; resolves when the queue has nothing due. A job
   * in one lane may queue one for another, so lanes are drained again until a round runs nothing.
   */
  async poke(): Promise<void> {
    for (;;) {
      const ran = await Promise.all(
        this.#lanes.map((lane) => {
          lane.draining ??= this.#drain(lane.kinds).finally(() => {
            lane.draining = undefined;
          });
          return lane.draining;
        }),
      );
      if (ran.every((n) => n === 0)) return;
    }
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.poke().finally(() => this.#schedule());
    }, this.#pollMs);
    this.#timer.unref();
  }

  /** Runs the lane's due jobs one after another; answers how many ran. */
  async #drain(kinds: KindFilter): Promise<number> {
    for (let ran = 0; ; ran++) {
      if (this.#stopped) return ran;
      const job = await claimNextJob(this.#db, this.#now(), this.#holder, kinds).catch((error: unknown) => {
        this.#logger.error({ err: error }, "could not claim a job");
        return undefined;
      });
      if (!job) return ran;
      await this.#run(job);
    }
  }

  /** Runs one claimed job; its result is written only if this claim still holds it. */
  async #run(job: Job): Promise<void> {
    const handler = this.#handlers.get(job.kind);
    this.#running.add(job);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      // Earlier attempts whose runners died count too: a job that kills its process ends here.
      if (job.attempts > handler.maxAttempts) throw new Error(`gave up after ${job.attempts - 1} attempts`);
      await handler.run(handler.payload.parse(job.payload));
      if (!(await completeJob(this.#db, job, this.#now()))) this.#lostLease(job);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#logger.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: message }, "job failed");
      const recorded = await failJob(this.#db, job, message, this.#now(), handler?.maxAttempts ?? 1);
      if (!recorded) this.#lostLease(job);
    } finally {
      this.#running.delete(job);
    }
  }

  #lostLease(job: Job): void {
    this.#logger.warn({ job: job.id, kind: job.kind }, "job finished after losing its lease; not recorded");
  }
}
