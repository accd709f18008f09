import type { Kysely } from "kysely";
import { bodiesByIds, listPublished } from "../../content/article.queries.ts";
import type { ArticleSummary } from "../../content/content.ts";
import { summaryPath } from "../../content/content.ts";
import type { Database } from "../../db/database.ts";
import { inlinePhotoIds, renderInlinePhotos } from "../../media/inline-photos.tsx";
import { mediaByIds } from "../../media/media.queries.ts";
import type { MediaImage } from "../../media/media.ts";

/** How many stories a feed carries: enough for readers who check twice a day on a busy news day. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: number;
  /** The item's permanent id, when its link may move (a live blog's entry changes page); the link otherwise. */
  guid?: string;
  url: string;
  headline: string;
  standfirst: string;
  bodyHtml: string | null;
  publishedAt: string;
  updatedAt: string;
  authors: { slug: string; name: string; url: string }[];
  creditLine: string | null;
  section: string;
  image: MediaImage | undefined;
  /** Every library photo the entry shows, lead and inline (for its cache keys). */
  mediaIds: number[];
}

export interface FeedChannel {
  title: string;
  /** Absolute URL of the listing the feed follows. */
  homeUrl: string;
  /** Absolute URL of this feed path without its file name, e.g. https://site/en/sports/. */
  feedBase: string;
  lang: string;
  entries: FeedEntry[];
  /** The newest publication or update time among the entries. */
  updated: string;
}

/**
 * The latest published stories of a listing, with absolute URLs, pictures and (optionally) bodies
 * whose inline photos are the library's, all with their texts in the listing's edition.
 */
export async function loadFeedEntries(
  db: Kysely<Database>,
  filter: { edition: string; sectionId?: number; authorId?: number; tagId?: number },
  options: { siteUrl: string; fullText: boolean; now: string; creditLabel: string },
): Promise<FeedEntry[]> {
  const page = await listPublished(db, filter, options.now, { limit: FEED_SIZE, offset: 0 });
  const bodies = options.fullText
    ? await bodiesByIds(
        db,
        page.items.map((s) => s.id),
      )
    : new Map<number, string>();
  const images = await mediaByIds(
    db,
    [
      ...page.items.map((s) => s.leadMediaId).filter((id): id is number => id !== null),
      ...[...bodies.values()].flatMap(inlinePhotoIds),
    ],
    filter.edition,
  );
  return page.items.map((s) => toEntry(s, options, bodies.get(s.id) ?? null, images));
}

function toEntry(
  s: ArticleSummary,
  options: { siteUrl: string; creditLabel: string },
  body: string | null,
  images: Map<number, MediaImage>,
): FeedEntry {
  const { siteUrl } = options;
  const inline = body === null ? [] : inlinePhotoIds(body);
  return {
    id: s.id,
    url: siteUrl + summaryPath(s),
    headline: s.headline,
    standfirst: s.standfirst,
    bodyHtml:
      body === null
        ? null
        : renderInlinePhotos(body, images, { creditLabel: options.creditLabel, origin: siteUrl }),
    publishedAt: s.publishedAt,
    updatedAt: s.updatedAt ?? s.publishedAt,
    authors: s.authors.map((a) => ({
      slug: a.slug,
      name: a.name,
      url: `${siteUrl}/${s.edition}/author/${encodeURIComponent(a.slug)}`,
    })),
    creditLine: s.creditLine,
    section: s.section.name,
    image: s.leadMediaId ? images.get(s.leadMediaId) : undefined,
    mediaIds: [...(s.leadMediaId ? [s.leadMediaId] : []), ...inline],
  };
}
