import { LRUCache } from "lru-cache";

/** Told of every lookup, so the metrics endpoint can report how often the cache answers. */
export interface CacheCounts {
  hit(): void;
  miss(): void;
}

interface Entry<V> {
  value: V;
  keys: readonly string[];
  storedAt: number;
}

/** Where a render stood when it began: an answer is kept only if nothing it shows changed since. */
export type RenderTicket = number;

/** How long an entry is trusted while change notices may be missed (see `degrade`). */
const DEGRADED_MAX_AGE_MS = 1000;
/** How many recently invalidated keys are remembered for renders still in flight. */
const REMEMBERED_INVALIDATIONS = 10_000;

/**
 * This node's cached answers, each tagged with the cache keys of what it shows (cache-keys.ts).
 * `invalidate(keys)` drops exactly the entries tagged with any of them. A render that began
 * before an invalidation of one of its keys may hold the old content, so it is not kept; the
 * ticket taken at its start tells.
 */
export class ResponseCache<V> {
  #entries: LRUCache<string, Entry<V>>;
  /** Entry ids by key, kept in step with the LRU through its dispose hook. */
  #tagged = new Map<string, Set<string>>();
  counts: CacheCounts | undefined;
  #sequence = 0;
  /** When each key was last invalidated; renders begun before `#forgottenBefore` are not kept. */
  #invalidatedAt = new Map<string, number>();
  #forgottenBefore = 0;
  #degraded = false;
  #now: () => number;

  constructor(options: { maxEntries: number; maxAgeMs: number; counts?: CacheCounts; now?: () => number }) {
    this.counts = options.counts;
    this.#now = options.now ?? (() => performance.now());
    this.#entries = new LRUCache({
      max: options.maxEntries,
      ttl: options.maxAgeMs,
      dispose: (entry, id) => this.#untag(id, entry.keys),
    });
  }

  get(id: string): V | undefined {
    const value = this.#fresh(id);
    if (value === undefined) this.counts?.miss();
    else this.counts?.hit();
    return value;
  }

  /** Like `get`, for a lookup that another follows when it finds nothing: only a hit is counted. */
  getHit(id: string): V | undefined {
    const value = this.#fresh(id);
    if (value !== undefined) this.counts?.hit();
    return value;
  }

  #fresh(id: string): V | undefined {
    const entry = this.#entries.get(id);
    const fresh = entry && (!this.#degraded || this.#now() - entry.storedAt < DEGRADED_MAX_AGE_MS);
    return fresh ? entry.value : undefined;
  }

  /** Take before reading what the answer shows. */
  ticket(): RenderTicket {
    return this.#sequence;
  }

  /** Keeps `value` under `id` unless one of its keys was invalidated after `ticket` was taken. */
  set(id: string, value: V, keys: readonly string[], ticket: RenderTicket): boolean {
    if (ticket < this.#forgottenBefore) return false;
    if (keys.some((key) => (this.#invalidatedAt.get(key) ?? -1) >= ticket)) return false;
    this.#entries.set(id, { value, keys, storedAt: this.#now() });
    for (const key of keys) {
      const ids = this.#tagged.get(key) ?? new Set<string>();
      ids.add(id);
      this.#tagged.set(key, ids);
    }
    return true;
  }

  invalidate(keys: readonly string[]): void {
    const at = this.#sequence++;
    if (this.#invalidatedAt.size + keys.length > REMEMBERED_INVALIDATIONS) {
      this.#invalidatedAt.clear();
      this.#forgottenBefore = this.#sequence;
    }
    for (const key of keys) {
      this.#invalidatedAt.set(key, at);
      for (const id of [...(this.#tagged.get(key) ?? [])]) this.#entries.delete(id);
    }
  }

  /** Drops everything, e.g. when change notices may have been lost. */
  clear(): void {
    this.#entries.clear();
    this.#invalidatedAt.clear();
    this.#forgottenBefore = ++this.#sequence;
  }

  /**
   * While this node may miss other nodes' notices (its listener is reconnecting), entries older
   * than a second are not trusted, which bounds how stale an answer can be.
   */
  degrade(degraded: boolean): void {
    this.#degraded = degraded;
  }

  get size(): number {
    return this.#entries.size;
  }

  #untag(id: string, keys: readonly string[]): void {
    for (const key of keys) {
      const ids = this.#tagged.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.#tagged.delete(key);
    }
  }
}
