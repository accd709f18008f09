import type { ArticleKind } from "../content/article.kinds.ts";

/**
 * The names cached answers are tagged with and changes invalidate, one vocabulary for this node's
 * cache, the other nodes (PostgreSQL notices) and the CDN (`Surrogate-Key`). A key names either
 * a thing shown (a story, a photo, a byline) or a listing (a section's stories, an edition's
 * latest of one kind): an answer carries the keys of everything it shows, so a change drops
 * exactly the answers that showed what it changed.
 */
export const cacheKey = {
  article: (id: number) => `article-${id}`,
  /** The related stories shown with a story, which change without the story changing. */
  related: (articleId: number) => `related-${articleId}`,
  media: (id: number) => `media-${id}`,
  /** An author's name, title and portrait wherever they appear (bylines, the author's page). */
  byline: (authorSlug: string) => `byline-${safe(authorSlug)}`,
  /** The newest stories of one kind in an edition: the front page's fill, the opinion rail, the edition feed. */
  latest: (edition: string, kind: ArticleKind) => `latest-${safe(edition)}-${kind}`,
  front: (edition: string) => `front-${safe(edition)}`,
  /** Sections are shared by the editions, each with its own stories. */
  section: (sectionId: number, edition: string) => `section-${sectionId}-${safe(edition)}`,
  tag: (tagId: number) => `tag-${tagId}`,
  author: (authorSlug: string, edition: string) => `author-${safe(authorSlug)}-${safe(edition)}`,
  /** The versions of one story in other editions, which each version's page links to. */
  translations: (group: string) => `translations-${safe(group)}`,
  /**
   * Any change to any story of an edition: what lists every story (sitemaps, the Content API's
   * streams, which filter and order in ways no single listing key follows) depends on it.
   */
  stories: (edition: string) => `stories-${safe(edition)}`,
  /** A static page (src/pages) wherever it is shown. */
  staticPage: (id: number) => `static-page-${id}`,
  /** The list of an edition's static pages, which its sitemap shows. */
  staticPages: (edition: string) => `static-pages-${safe(edition)}`,
  /** An edition's breaking-news banner, which every page of the edition shows. */
  breaking: (edition: string) => `breaking-${safe(edition)}`,
  /** The section names and order every page's navigation shows. */
  sections: "sections",
  authors: "authors",
  /** The day in the masthead of every page, which turns over at midnight in the newsroom. */
  masthead: "masthead",
} as const;

/**
 * Keys travel in a space-separated header and a JSON notice: anything outside a conservative set
 * (a Bangla slug, a space) is percent-encoded, the same way every time, so both sides agree.
 */
function safe(part: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(part) ? part : encodeURIComponent(part);
}
