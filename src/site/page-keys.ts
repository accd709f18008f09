import { cacheKey } from "../cache/cache-keys.ts";
import type { ArticleSummary } from "../content/content.ts";
import type { MediaImage } from "../media/media.ts";

/** The cache keys of stories a page shows: each story, its bylines, and the pictures shown. */
export function shownKeys(
  stories: readonly ArticleSummary[],
  images: ReadonlyMap<number, MediaImage>,
): string[] {
  const keys = new Set<string>();
  for (const story of stories) {
    keys.add(cacheKey.article(story.id));
    for (const author of story.authors) keys.add(cacheKey.byline(author.slug));
  }
  for (const id of images.keys()) keys.add(cacheKey.media(id));
  return [...keys];
}
