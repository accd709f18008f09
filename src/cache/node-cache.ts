import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { Logger } from "pino";
import type { Config } from "../config/load.ts";
import type { Database } from "../db/database.ts";
import { type CacheNoticeListener, EVERY_KEY, listenForCacheNotices, noticeKeys } from "./cache-notices.ts";
import {
  type Answer,
  type PreparedAnswer,
  prepareAnswer,
  sendAnswer,
  sharedCacheControl,
} from "./cached-answer.ts";
import { type CacheCounts, ResponseCache } from "./response-cache.ts";

/** A rendered answer and the cache keys of what it shows. */
export interface Rendered {
  answer: Answer;
  keys: readonly string[];
}

export interface Served {
  answer: PreparedAnswer;
  /** The cache keys of what it shows, as `Surrogate-Key` sends them: joined once, not on every hit. */
  surrogateKey: string;
  hit: boolean;
}

/** Enough for every page of a large site's hot set; an entry is a few tens of kilobytes. */
const MAX_ENTRIES = 5000;
/** A safety net only: changes drop their answers at once, whatever their age. */
const MAX_AGE_MS = 60 * 60 * 1000;

/**
 * One node's cache of public answers (pages, feeds, sitemaps, Content API) and the way changes
 * reach it: a change's follower `announce`s the keys it touched inside its transaction; this node
 * drops them once it has committed (`flush`), the other nodes when PostgreSQL delivers the notice.
 */
export class NodeCache {
  readonly cacheControl: string;
  /** Kept as a hit serves them, so a hit allocates nothing. */
  #answers: ResponseCache<Served>;
  #pending: (readonly string[])[] = [];
  /** Names this node in its notices: it drops its own changes after commit, not again when they echo back. */
  #node = randomUUID();
  /** Renders under way, so a burst of requests for a just-dropped page renders it once. */
  #rendering = new Map<string, { ticket: number; served: Promise<Served> }>();

  constructor(config: Pick<Config, "cdnPurge">) {
    this.cacheControl = sharedCacheControl(config.cdnPurge !== undefined);
    this.#answers = new ResponseCache({ maxEntries: MAX_ENTRIES, maxAgeMs: MAX_AGE_MS });
  }

  countWith(counts: CacheCounts): void {
    this.#answers.counts = counts;
  }

  /**
   * The answer under `id`, from this cache or rendered now. Only 200s are kept, so a flood of
   * junk URLs (404s) cannot push real pages out.
   */
  async through(id: string, render: () => Promise<Rendered>): Promise<Served> {
    const cached = this.#answers.get(id);
    if (cached) return cached;
    const ticket = this.#answers.ticket();
    // A render begun before a change may show the old content: join only one begun since.
    const underWay = this.#rendering.get(id);
    if (underWay?.ticket === ticket) return underWay.served;
    const served = this.#render(id, render, ticket);
    this.#rendering.set(id, { ticket, served });
    try {
      return await served;
    } finally {
      if (this.#rendering.get(id)?.served === served) this.#rendering.delete(id);
    }
  }

  /** The answer under `id` if this cache holds it (see EarlyHits); a miss is left to `through` to count. */
  hit(id: string): Served | undefined {
    return this.#answers.getHit(id);
  }

  async #render(id: string, render: () => Promise<Rendered>, ticket: number): Promise<Served> {
    const rendered = await render();
    const answer = prepareAnswer(rendered.answer);
    const keys = [...new Set(rendered.keys)];
    const entry: Served = { answer, surrogateKey: keys.join(" "), hit: true };
    if (answer.status === 200) this.#answers.set(id, entry, keys, ticket);
    return { ...entry, hit: false };
  }

  /**
   * Sends what `through` served, with its keys and, unless `cacheControl` says otherwise, the
   * lifetimes of an answer the CDN is told to purge.
   */
  deliver(request: FastifyRequest, reply: FastifyReply, served: Served, cacheControl = this.cacheControl) {
    return sendAnswer(request, reply, served.answer, {
      surrogateKey: served.surrogateKey,
      cacheControl,
      hit: served.hit,
    });
  }

  /** Inside the transaction of a change's follower: see the class comment. */
  async announce(trx: Transaction<Database>, keys: readonly string[]): Promise<void> {
    await noticeKeys(trx, { from: this.#node, keys: [...keys] });
    this.#pending.push(keys);
  }

  /** After the announcing transaction committed. */
  flush(): void {
    for (const keys of this.#pending.splice(0)) this.drop(keys);
  }

  drop(keys: readonly string[]): void {
    if (keys.includes(EVERY_KEY)) this.#answers.clear();
    else this.#answers.invalidate(keys);
  }

  clear(): void {
    this.#answers.clear();
  }

  /** Answers held, for the metrics and tests. */
  get size(): number {
    return this.#answers.size;
  }

  /** On PostgreSQL: drops what other nodes' changes touched, as they commit. */
  hearOtherNodes(databaseUrl: string, logger: Logger): Promise<CacheNoticeListener> {
    this.#answers.degrade(true);
    return listenForCacheNotices(
      databaseUrl,
      {
        onNotice: (notice) => {
          if (notice.from !== this.#node) this.drop(notice.keys);
        },
        onListening: () => {
          this.#answers.clear();
          this.#answers.degrade(false);
        },
        onDeaf: () => this.#answers.degrade(true),
      },
      logger,
    );
  }
}
