import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";

export interface PageContent {
  status: 200 | 400 | 404;
  html: string;
}

/** A page as it is kept: compressed once at render time, so each hit only picks an encoding. */
export interface RenderedPage extends PageContent {
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export function preparePage(page: PageContent): RenderedPage {
  const identity = Buffer.from(page.html, "utf8");
  return {
    ...page,
    etag: `"${createHash("sha1").update(identity).digest("base64url")}"`,
    identity,
    gzip: gzipSync(identity, { level: 6 }),
    br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  };
}

/** Told of every lookup, so the metrics endpoint can report how often the cache answers. */
export interface CacheCounts {
  hit(): void;
  miss(): void;
}

/**
 * Rendered public pages, each stamped with the content version it was built from.
 * Any content change bumps the version in the database, so every process sees it on its next
 * request; the age limit bounds time-driven drift such as the masthead date or an embargo lifting.
 */
export class PageCache {
  #entries: LRUCache<string, { page: RenderedPage; version: number }>;
  #counts: CacheCounts | undefined;

  constructor(options: { maxEntries: number; maxAgeMs: number; counts?: CacheCounts }) {
    this.#entries = new LRUCache({ max: options.maxEntries, ttl: options.maxAgeMs });
    this.#counts = options.counts;
  }

  get(key: string, version: number): RenderedPage | undefined {
    const entry = this.#entries.get(key);
    const page = entry && entry.version === version ? entry.page : undefined;
    if (page) this.#counts?.hit();
    else this.#counts?.miss();
    return page;
  }

  set(key: string, version: number, page: PageContent): RenderedPage {
    const prepared = preparePage(page);
    this.#entries.set(key, { page: prepared, version });
    return prepared;
  }
}
