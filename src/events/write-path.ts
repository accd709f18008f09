import type { Kysely, Transaction } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { DomainEvent, DomainEventType } from "./domain-events.ts";
import {
  appendToOutbox,
  claimForSubscriber,
  markDispatched,
  pendingEventIds,
  pruneOutbox,
  readEvent,
  recordDispatchFailure,
} from "./outbox.ts";

type Trx = Transaction<Database>;

/**
 * A follower of changes, registered at the composition root. `afterCommit` runs in a transaction
 * of its own once the change has committed; `inTransaction` runs inside the change's own
 * transaction and is only for work that cannot wait (see docs/ARCHITECTURE.md for which).
 */
export interface Subscriber {
  name: string;
  events: readonly DomainEventType[];
  inTransaction?: (trx: Trx, event: DomainEvent, now: Date) => Promise<void>;
  afterCommit?: (trx: Trx, event: DomainEvent, now: Date) => Promise<void>;
}

/** What a write does besides its own rows: record the events followers need. */
export interface UnitOfWork {
  trx: Trx;
  record(event: DomainEvent): Promise<void>;
}

export interface WritePathOptions {
  db: Kysely<Database>;
  subscribers: readonly Subscriber[];
  now: Clock;
  logger: Logger;
  /**
   * Runs after each subscriber's work commits and after each drain: this process's cache and job
   * runner act at once (a webhook delivery leaves without waiting for search).
   */
  afterDispatch: () => void;
}

const DISPATCH_BATCH = 100;
/** Catches events whose dispatch a crash interrupted, or that failed and are to be tried again. */
const SWEEP_MS = 1000;
/** How long dispatched events stay in the outbox, for an operator looking into a delivery. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;
const PRUNE_EVERY_SWEEPS = 600;

/**
 * The one way content changes are written: a transaction that records domain events in the
 * outbox beside the change, then, after commit, one dispatcher that hands them to the subscribers.
 */
export class WritePath {
  readonly db: Kysely<Database>;
  #options: WritePathOptions;
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  #sweeper: NodeJS.Timeout | undefined;
  #sweeps = 0;

  constructor(options: WritePathOptions) {
    this.db = options.db;
    this.#options = options;
  }

  /** Runs `work` in a transaction; once it commits, dispatches what it recorded before resolving. */
  async run<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    let recorded = false;
    const result = await this.db.transaction().execute((trx) =>
      work({
        trx,
        record: async (event) => {
          recorded = true;
          await appendToOutbox(trx, event, this.#options.now());
          for (const subscriber of this.#subscribersOf(event)) {
            await subscriber.inTransaction?.(trx, event, this.#options.now());
          }
        },
      }),
    );
    if (recorded) await this.dispatchPending();
    return result;
  }

  /**
   * Dispatches every pending event. Drains run one at a time; a call made while one runs waits
   * for a fresh drain after it (shared with other calls made meanwhile), so an event committed
   * just before the call is always handled before it resolves.
   */
  dispatchPending(): Promise<void> {
    if (this.#queued) return this.#queued;
    const queued: Promise<void> = (this.#running ?? Promise.resolve())
      .then(() => {
        this.#queued = undefined;
        this.#running = queued;
        return this.#drain();
      })
      .catch((error: unknown) => this.#options.logger.error({ err: error }, "event dispatch failed"))
      .finally(() => {
        if (this.#running === queued) this.#running = undefined;
      });
    this.#queued = queued;
    return queued;
  }

  startSweeping(): void {
    this.#sweeper = setInterval(() => void this.#sweep(), SWEEP_MS);
    this.#sweeper.unref();
  }

  async #sweep(): Promise<void> {
    await this.dispatchPending();
    if (++this.#sweeps % PRUNE_EVERY_SWEEPS !== 0) return;
    const before = new Date(this.#options.now().getTime() - OUTBOX_RETENTION_MS);
    await pruneOutbox(this.db, before).catch((error: unknown) =>
      this.#options.logger.error({ err: error }, "pruning the outbox failed"),
    );
  }

  async stop(): Promise<void> {
    clearInterval(this.#sweeper);
    await this.#running;
  }

  async #drain(): Promise<void> {
    let dispatched = 0;
    for (;;) {
      const ids = await pendingEventIds(this.db, DISPATCH_BATCH);
      let round = 0;
      for (const id of ids) if (await this.#dispatchOne(id)) round++;
      dispatched += round;
      // A full batch that yielded nothing is held by another node's dispatcher: leave it to that one.
      if (ids.length < DISPATCH_BATCH || round === 0) break;
    }
    if (dispatched > 0) this.#options.afterDispatch();
  }

  /**
   * Each subscriber handles the event in a transaction of its own, and this process's job runner
   * is woken after each, so webhook deliveries need not wait for slower followers. The event is
   * marked dispatched once all of them have handled it.
   */
  async #dispatchOne(id: number): Promise<boolean> {
    try {
      const event = await readEvent(this.db, id);
      if (!event) return false;
      for (const subscriber of this.#subscribersOf(event)) {
        const { afterCommit } = subscriber;
        if (!afterCommit) continue;
        const handled = await this.db.transaction().execute(async (trx) => {
          const now = this.#options.now();
          if (!(await claimForSubscriber(trx, id, subscriber.name, now))) return false;
          await afterCommit(trx, event, now);
          return true;
        });
        if (handled) this.#options.afterDispatch();
      }
      return await markDispatched(this.db, id, this.#options.now());
    } catch (error) {
      this.#options.logger.error({ err: error, eventId: id }, "event dispatch failed; it will be retried");
      await recordDispatchFailure(this.db, id, error).catch(() => undefined);
      return false;
    }
  }

  #subscribersOf(event: DomainEvent): Subscriber[] {
    return this.#options.subscribers.filter((s) => s.events.includes(event.type));
  }
}
