import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { claimNextJob, completeJob, failJob, type Job, type KindFilter } from "./job-queue.ts";

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

/**
 * Runs queued jobs in this process: polls the jobs table, and runs at once when `poke()` says
 * something was queued. Every node may run one; the queue hands each job to one of them.
 */
export class JobRunner {
  #db: Kysely<Database>;
  #handlers: Map<string, JobHandler<unknown>>;
  #logger: Logger;
  #now: Clock;
  #pollMs: number;
  #timer: NodeJS.Timeout | undefined;
  #lanes: { kinds: KindFilter; draining: Promise<number> | undefined }[];
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
    const own = options.ownLanes ?? [];
    this.#lanes = [...own.map((only) => ({ only })), { except: own.flat() }].map((kinds) => ({
      kinds,
      draining: undefined,
    }));
  }

  /** Starts polling; `poke()` works without it, which tests use to run jobs deterministically. */
  start(): void {
    this.#stopped = false;
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await Promise.all(this.#lanes.map((lane) => lane.draining));
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
      const job = await claimNextJob(this.#db, this.#now(), kinds).catch((error: unknown) => {
        this.#logger.error({ err: error }, "could not claim a job");
        return undefined;
      });
      if (!job) return ran;
      await this.#run(job);
    }
  }

  async #run(job: Job): Promise<void> {
    const handler = this.#handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler.run(handler.payload.parse(job.payload));
      await completeJob(this.#db, job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#logger.warn({ job: job.id, kind: job.kind, attempt: job.attempts, err: message }, "job failed");
      await failJob(this.#db, job, message, this.#now(), handler?.maxAttempts ?? 1);
    }
  }
}
