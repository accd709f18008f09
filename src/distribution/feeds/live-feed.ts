import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { cacheKey } from "../../cache/cache-keys.ts";
import type { NodeCache, Rendered } from "../../cache/node-cache.ts";
import type { Config } from "../../config/load.ts";
import type { Edition } from "../../config/site.ts";
import { findPublishedArticle } from "../../content/article.queries.ts";
import { type Article, summaryPath } from "../../content/content.ts";
import { htmlToPlainText } from "../../content/plain-text.ts";
import type { Database } from "../../db/database.ts";
import { nfcParams } from "../../http/route-params.ts";
import { messagesFor } from "../../i18n/messages.ts";
import {
  entryAuthorName,
  entryPages,
  entryPath,
  entryTitle,
  entryUpdatedAt,
  latestEntries,
  liveBlogChangedAt,
} from "../../live/live-entries.public.ts";
import type { LiveEntry } from "../../live/live-entry.ts";
import { inlinePhotoIds, renderInlinePhotos } from "../../media/inline-photos.tsx";
import { mediaByIds } from "../../media/media.queries.ts";
import { FEED_SIZE, type FeedChannel, type FeedEntry } from "./feed-data.ts";
import { FEED_FILES, FEED_TYPES, type FeedFormat, renderJsonFeed, renderXmlFeed } from "./feed-formats.ts";

interface LiveFeedDeps {
  db: Kysely<Database>;
  config: Config;
  cache: NodeCache;
  now: () => Date;
}

/** A feed item's summary: the entry's text, as long as a standfirst. */
const SUMMARY_MAX = 300;

/**
 * A live blog's own feed at `{story path}/feed.xml`, `atom.xml` and `feed.json`: its newest
 * entries, each with a permanent id (`{story URL}#entry-{id}`), its correction time as the item's
 * update, removed entries gone. Only a published live story has one; anything else is 404.
 * Cached under the story's key, which every `live.entry` and `live.coverage` event drops.
 */
export function registerLiveFeedRoutes(app: FastifyInstance, deps: LiveFeedDeps): void {
  for (const format of Object.keys(FEED_FILES) as FeedFormat[]) {
    app.get(`/:edition/:section/:slug/${FEED_FILES[format]}`, (request, reply) =>
      serve(request, reply, format),
    );
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, format: FeedFormat) {
    const params = nfcParams(request.params as Record<string, string>);
    const edition = deps.config.site.editions.find((e) => e.code === params.edition);
    if (!edition) return reply.callNotFound();
    const id = JSON.stringify(["live-feed", request.routeOptions.url, params]);
    const served = await deps.cache.through(id, () =>
      render(edition, params.section ?? "", params.slug ?? "", format),
    );
    if (served.answer.status === 404) return reply.callNotFound();
    return deps.cache.deliver(request, reply, served);
  }

  async function render(
    edition: Edition,
    section: string,
    slug: string,
    format: FeedFormat,
  ): Promise<Rendered> {
    const now = deps.now().toISOString();
    const story = await findPublishedArticle(deps.db, edition.code, section, slug, now);
    if (story?.kind !== "live") {
      return { answer: { status: 404, type: FEED_TYPES[format], body: "" }, keys: [] };
    }
    const channel = await liveFeedChannel(deps, edition, story);
    const body = format === "json" ? renderJsonFeed(channel) : renderXmlFeed(channel, format);
    return {
      answer: { status: 200, type: FEED_TYPES[format], body, lastModified: channel.updated },
      keys: [
        cacheKey.article(story.id),
        cacheKey.sections,
        ...channel.entries.flatMap((e) => e.mediaIds.map(cacheKey.media)),
      ],
    };
  }
}

/** The channel of a live story's feed: the story's page as its home, its newest entries as items. */
async function liveFeedChannel(
  deps: Pick<LiveFeedDeps, "db" | "config">,
  edition: Edition,
  story: Article,
): Promise<FeedChannel> {
  const [entries, pages, changedAt] = await Promise.all([
    latestEntries(deps.db, story.id, FEED_SIZE),
    entryPages(deps.db, story.id),
    liveBlogChangedAt(deps.db, story.id),
  ]);
  const images = await mediaByIds(
    deps.db,
    entries.flatMap((e) => inlinePhotoIds(e.bodyHtml)),
    edition.code,
  );
  const siteUrl = deps.config.siteUrl;
  const path = summaryPath(story);
  const creditLabel = messagesFor(edition.lang).photo;
  const items = entries.map(
    (entry): FeedEntry => ({
      id: entry.id,
      guid: siteUrl + entryPath(path, entry.id),
      url: siteUrl + entryPath(path, entry.id, pages.get(entry.id)),
      headline: entryTitle(entry),
      standfirst: summaryOf(entry),
      bodyHtml: renderInlinePhotos(entry.bodyHtml, images, { creditLabel, origin: siteUrl }),
      publishedAt: entry.postedAt,
      updatedAt: entryUpdatedAt(entry),
      authors: [],
      creditLine: entryAuthorName(entry),
      section: story.section.name,
      image: undefined,
      mediaIds: inlinePhotoIds(entry.bodyHtml),
    }),
  );
  const homeUrl = siteUrl + path;
  const siteName = deps.config.site.name[edition.code] ?? "";
  return {
    title: siteName ? `${story.headline} | ${siteName}` : story.headline,
    homeUrl,
    feedBase: `${homeUrl}/`,
    lang: edition.lang,
    entries: items,
    // A removal or the coverage's end changes the feed too, though no item shows it.
    updated: [story.updatedAt ?? story.publishedAt, changedAt ?? ""].sort().at(-1) as string,
  };
}

function summaryOf(entry: LiveEntry): string {
  const text = htmlToPlainText(entry.bodyHtml).replace(/\s+/g, " ").trim();
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}
