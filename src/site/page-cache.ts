import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

export interface RenderedPage {
  status: 200 | 400 | 404;
  html: string;
  etag: string;
}

/**
 * Rendered public pages, each stamped with the content version it was built from.
 * Any content change bumps the version in the database, so every process sees it on its next
 * request; the age limit bounds time-driven drift such as the masthead date or an embargo lifting.
 */
export class PageCache {
  #entries: LRUCache<string, RenderedPage & { version: number }>;

  constructor(options: { maxEntries: number; maxAgeMs: number }) {
    this.#entries = new LRUCache({ max: options.maxEntries, ttl: options.maxAgeMs });
  }

  get(key: string, version: number): RenderedPage | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.version === version ? entry : undefined;
  }

  set(key: string, version: number, page: Omit<RenderedPage, "etag">): RenderedPage {
    const rendered = { ...page, etag: `"${createHash("sha1").update(page.html).digest("base64url")}"` };
    this.#entries.set(key, { ...rendered, version });
    return rendered;
  }
}
