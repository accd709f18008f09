import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { cacheKey } from "../../cache/cache-keys.ts";
import type { NodeCache, Rendered } from "../../cache/node-cache.ts";
import type { Config } from "../../config/load.ts";
import type { Edition } from "../../config/site.ts";
import { ARTICLE_KINDS } from "../../content/article.kinds.ts";
import { tagPath } from "../../content/content.ts";
import { movedTagSlug } from "../../content/tag-redirects.ts";
import { findAuthorBySlug, findSectionBySlug, findTagBySlug } from "../../content/taxonomy.queries.ts";
import type { Database } from "../../db/database.ts";
import { nfcParams } from "../../http/route-params.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { sendMoved } from "../../site/site.routes.ts";
import { type FeedChannel, type FeedEntry, loadFeedEntries } from "./feed-data.ts";
import { FEED_FILES, FEED_TYPES, type FeedFormat, renderJsonFeed, renderXmlFeed } from "./feed-formats.ts";
import { registerLiveFeedRoutes } from "./live-feed.ts";

interface FeedDeps {
  db: Kysely<Database>;
  config: Config;
  cache: NodeCache;
  now: () => Date;
}

type Params = Record<string, string>;

/** A listing a feed follows: its title, its page path, the stories it contains and its cache keys. */
export interface FeedTarget {
  title: string;
  path: string;
  filter: { sectionId?: number; authorId?: number; tagId?: number };
  keys: string[];
}

type Resolve = (edition: string, params: Params) => Promise<FeedTarget | undefined>;
/** Where a listing that has moved lives now (its page's path), for feeds of an old address. */
type Moved = (edition: string, params: Params) => Promise<string | undefined>;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for every edition, section, author and tag, at
 * `feed.xml`, `atom.xml` and `feed.json` under the listing's path. Unknown listings get 404.
 * A live blog's entries have their own feed under the story's path (live-feed.ts).
 */
export function registerFeedRoutes(app: FastifyInstance, deps: FeedDeps): void {
  const siteName = (edition: string) =>
    deps.config.site.name[edition] ?? deps.config.site.name[deps.config.site.defaultEdition] ?? "Dateline";
  const targets: [string, Resolve, Moved?][] = [
    [
      "/:edition/",
      async (edition) => ({
        title: siteName(edition),
        path: `/${edition}/`,
        filter: {},
        keys: ARTICLE_KINDS.map((kind) => cacheKey.latest(edition, kind)),
      }),
    ],
    [
      "/:edition/:section/",
      async (edition, p) => {
        const section = await findSectionBySlug(deps.db, edition, (p.section ?? "").normalize("NFC"));
        return (
          section && {
            title: `${section.name} | ${siteName(edition)}`,
            path: `/${edition}/${encodeURIComponent(section.slug)}/`,
            filter: { sectionId: section.id },
            keys: [cacheKey.section(section.id, edition), cacheKey.sections],
          }
        );
      },
    ],
    [
      "/:edition/author/:slug/",
      async (edition, p) => {
        const author = await findAuthorBySlug(deps.db, edition, p.slug ?? "");
        return (
          author && {
            title: `${author.name} | ${siteName(edition)}`,
            path: `/${edition}/author/${encodeURIComponent(author.slug)}`,
            filter: { authorId: author.id },
            keys: [cacheKey.author(author.slug, edition), cacheKey.byline(author.slug)],
          }
        );
      },
    ],
    [
      "/:edition/tag/:slug/",
      async (edition, p) => {
        const tag = await findTagBySlug(deps.db, edition, (p.slug ?? "").normalize("NFC"));
        return (
          tag && {
            title: `${tag.name} | ${siteName(edition)}`,
            path: tagPath(edition, tag.slug),
            filter: { tagId: tag.id },
            keys: [cacheKey.tag(tag.id)],
          }
        );
      },
      async (edition, p) => {
        const slug = await movedTagSlug(deps.db, edition, (p.slug ?? "").normalize("NFC"));
        return slug && tagPath(edition, slug);
      },
    ],
  ];
  registerLiveFeedRoutes(app, deps);
  for (const [base, resolve, moved] of targets) {
    for (const format of Object.keys(FEED_FILES) as FeedFormat[]) {
      app.get(base + FEED_FILES[format], (request, reply) =>
        serveFeed(request, reply, format, resolve, moved),
      );
    }
  }

  async function serveFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    format: FeedFormat,
    resolve: Resolve,
    moved?: Moved,
  ) {
    const params = request.params as Params;
    const edition = deps.config.site.editions.find((e) => e.code === params.edition);
    if (!edition) return reply.callNotFound();
    // Named by route and decoded parameters, as pages are (site.routes.ts).
    const id = JSON.stringify(["feed", request.routeOptions.url, nfcParams(params)]);
    const served = await deps.cache.through(id, () => renderFeed(edition, params, format, resolve));
    if (served.answer.status === 404) {
      const page = moved && (await moved(edition.code, params));
      return page ? sendMoved(request, reply, `${page}/${FEED_FILES[format]}`) : reply.callNotFound();
    }
    return deps.cache.deliver(request, reply, served);
  }

  async function renderFeed(
    edition: Edition,
    params: Params,
    format: FeedFormat,
    resolve: Resolve,
  ): Promise<Rendered> {
    const target = await resolve(edition.code, params);
    if (!target) return { answer: { status: 404, type: FEED_TYPES[format], body: "" }, keys: [] };
    const { body, channel, entries } = await buildFeed(deps, edition, target, format);
    return {
      answer: { status: 200, type: FEED_TYPES[format], body, lastModified: channel.updated },
      keys: [...target.keys, ...entryKeys(entries)],
    };
  }
}

/** A listing's feed in one format, read from the database. */
export async function buildFeed(
  deps: Pick<FeedDeps, "db" | "config" | "now">,
  edition: Edition,
  target: Pick<FeedTarget, "title" | "path" | "filter">,
  format: FeedFormat,
) {
  const entries = await loadFeedEntries(
    deps.db,
    { edition: edition.code, ...target.filter },
    {
      siteUrl: deps.config.siteUrl,
      fullText: deps.config.site.feedFullText,
      now: deps.now().toISOString(),
      creditLabel: messagesFor(edition.lang).photo,
    },
  );
  const homeUrl = deps.config.siteUrl + target.path;
  const channel: FeedChannel = {
    title: target.title,
    homeUrl,
    feedBase: homeUrl.endsWith("/") ? homeUrl : `${homeUrl}/`,
    lang: edition.lang,
    entries,
    updated:
      entries
        .map((e) => e.updatedAt)
        .sort()
        .at(-1) ?? "1970-01-01T00:00:00.000Z",
  };
  const body = format === "json" ? renderJsonFeed(channel) : renderXmlFeed(channel, format);
  return { body, channel, entries };
}

/** Each story in the feed, its bylines and its pictures. */
function entryKeys(entries: FeedEntry[]): string[] {
  return entries.flatMap((e) => [
    cacheKey.article(e.id),
    ...e.authors.map((a) => cacheKey.byline(a.slug)),
    ...e.mediaIds.map(cacheKey.media),
  ]);
}
