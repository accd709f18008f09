import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { readContentVersion } from "./content.writes.ts";

/**
 * The content version as this process knows it. Reading the database on every request would make
 * each cached page cost a query (a network round trip on PostgreSQL), so the number is re-read at
 * most once per `maxStalenessMs`, and at once after `invalidate()`, which a writer in this process
 * calls after its transaction commits. Writes from other processes therefore show within
 * `maxStalenessMs`; writes from this one on the next request.
 */
export class ContentVersionWatcher {
  #db: Kysely<Database>;
  #maxStalenessMs: number;
  #known: { version: number; readAt: number } | undefined;
  #pending: Promise<number> | undefined;
  /** Moves on at each invalidation, so a read begun before it cannot be kept as fresh. */
  #generation = 0;

  constructor(db: Kysely<Database>, options: { maxStalenessMs: number }) {
    this.#db = db;
    this.#maxStalenessMs = options.maxStalenessMs;
  }

  current(): Promise<number> {
    if (this.#known && performance.now() - this.#known.readAt < this.#maxStalenessMs) {
      return Promise.resolve(this.#known.version);
    }
    // Concurrent requests share one read instead of each querying.
    if (this.#pending) return this.#pending;
    const pending = this.#read().finally(() => {
      if (this.#pending === pending) this.#pending = undefined;
    });
    this.#pending = pending;
    return pending;
  }

  invalidate(): void {
    this.#known = undefined;
    this.#pending = undefined;
    this.#generation++;
  }

  async #read(): Promise<number> {
    const generation = this.#generation;
    const readAt = performance.now();
    const version = await readContentVersion(this.#db);
    if (generation === this.#generation) this.#known = { version, readAt };
    return version;
  }
}
