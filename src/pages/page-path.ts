import { FEED_FILES } from "../distribution/feeds/feed-formats.ts";
import { StaticPageRefused } from "./static-page-refused.ts";

export const MAX_PATH_LENGTH = 300;
export const MAX_SEGMENTS = 8;

/** Letters, combining marks (Bangla vowel signs and viramas), digits, `-`, `_` and `.`. */
const SEGMENT = /^[\p{L}\p{M}\p{N}_.-]+$/u;
const ONLY_DOTS = /^\.+$/;

/**
 * First segments the site answers itself under an edition (search, tag and author pages, the
 * edition's feeds) or at the root (the APIs, the newsroom, media and assets, sitemaps and robots
 * files): a page there would be hidden, or would look like one of them. Compared in lower case.
 */
const RESERVED_FIRST = new Set([
  "search",
  "author",
  "tag",
  "feed",
  "feeds",
  "media",
  "assets",
  "api",
  "newsroom",
  "robots.txt",
  "favicon.svg",
  "healthz",
  "readyz",
  "metrics",
  ...Object.values(FEED_FILES),
]);
/** `sitemap.xml`, `sitemaps`, and whatever else a crawler may take for one. */
const RESERVED_PREFIX = "sitemap";
/** `…/feed.xml` is the feed of the listing before it (distribution/feeds). */
const RESERVED_LAST = new Set<string>(Object.values(FEED_FILES));

export type PagePathProblem =
  | "empty"
  | "empty-segment"
  | "dot-segment"
  | "bad-character"
  | "too-long"
  | "too-deep"
  | "reserved";

/**
 * The one spelling a page's path is stored and looked up in: NFC, without the slashes around it
 * (`/about/team/` is `about/team`). Case is kept, as the old site had it. Throws StaticPageRefused.
 */
export function pagePath(given: string): string {
  const path = given.normalize("NFC").replace(/^\/|\/$/g, "");
  const problem = pathProblem(path);
  if (problem) throw new StaticPageRefused(given, problem);
  return path;
}

/** What is wrong with a path already in its stored spelling, or undefined when nothing is. */
export function pathProblem(path: string): PagePathProblem | undefined {
  if (path === "") return "empty";
  if (path.length > MAX_PATH_LENGTH) return "too-long";
  const segments = path.split("/");
  if (segments.length > MAX_SEGMENTS) return "too-deep";
  for (const segment of segments) {
    if (segment === "") return "empty-segment";
    if (ONLY_DOTS.test(segment)) return "dot-segment";
    if (!SEGMENT.test(segment)) return "bad-character";
  }
  const first = (segments[0] ?? "").toLowerCase();
  const last = (segments.at(-1) ?? "").toLowerCase();
  if (RESERVED_FIRST.has(first) || first.startsWith(RESERVED_PREFIX) || RESERVED_LAST.has(last))
    return "reserved";
  return undefined;
}

/** The page's address on the site: each segment escaped, as a `Location` or a link needs. */
export function pageUrlPath(edition: string, path: string): string {
  return `/${edition}/${path.split("/").map(encodeURIComponent).join("/")}`;
}
