import type { Answer } from "../cache/cached-answer.ts";

export const HTML_TYPE = "text/html; charset=utf-8";

/** A rendered page of the site, with the cache keys of everything it shows (cache-keys.ts). */
export interface PageContent {
  status: 200 | 400 | 404;
  html: string;
  keys: readonly string[];
}

export function pageAnswer(page: PageContent): Answer {
  return { status: page.status, type: HTML_TYPE, body: page.html };
}
