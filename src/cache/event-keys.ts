import type { DomainEvent, DomainEventType } from "../events/domain-events.ts";
import { cacheKey } from "./cache-keys.ts";
import { EVERY_KEY } from "./cache-notices.ts";

/** Every event a cached answer can depend on. */
export const CACHED_EVENTS: readonly DomainEventType[] = [
  "article.published",
  "article.updated",
  "article.unpublished",
  "article.deleted",
  "media.changed",
  "section.changed",
  "author.changed",
  "front-page.changed",
  "tag.added",
  "tag.changed",
  "related.changed",
  "static-page.changed",
  "articles.imported",
  "day.changed",
  "breaking.changed",
  "live.entry",
  "live.coverage",
];

/** The cache keys an event touches: a story's write names its own; the rest follow from the event. */
export function keysOf(event: DomainEvent): string[] {
  switch (event.type) {
    case "article.published":
    case "article.updated":
    case "article.unpublished":
    case "article.deleted":
      return event.keys;
    case "media.changed":
      return [cacheKey.media(event.mediaId)];
    // Names and slugs of sections appear in every page's navigation and every story's path.
    case "section.changed":
      return [cacheKey.sections];
    case "author.changed":
      return [cacheKey.byline(event.key), cacheKey.authors];
    case "front-page.changed":
      return [cacheKey.front(event.edition)];
    // A new tag has no stories yet: only what lists every tag (a sitemap, the API's tags) shows it.
    case "tag.added":
      return [cacheKey.stories(event.edition)];
    // Story pages and feeds name a story's tags; the tags' own pages list their stories.
    case "tag.changed":
      return [
        ...event.tagIds.map(cacheKey.tag),
        ...event.articleIds.map(cacheKey.article),
        cacheKey.stories(event.edition),
      ];
    case "related.changed":
      return event.articleIds.map(cacheKey.related);
    // An import fills sections, tags, bylines and listings far back at once: everything goes.
    case "articles.imported":
      return [EVERY_KEY];
    case "static-page.changed":
      return [cacheKey.staticPage(event.pageId), cacheKey.staticPages(event.edition)];
    case "day.changed":
      return [cacheKey.masthead];
    case "live.entry":
    case "live.coverage":
      return [cacheKey.article(event.articleId)];
    case "breaking.changed":
      return [cacheKey.breaking(event.edition)];
    // Agency copy, unpublished work and notes are the newsroom's alone.
    case "wire.item":
    case "story.changed":
    case "story.noted":
    case "live.translation-task":
      return [];
  }
}
