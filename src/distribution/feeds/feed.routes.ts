import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../../config/load.ts";
import { findAuthorBySlug, findSectionBySlug, findTagBySlug } from "../../content/taxonomy.queries.ts";
import type { Database } from "../../db/database.ts";
import { type FeedChannel, loadFeedEntries } from "./feed-data.ts";
import { FEED_FILES, FEED_TYPES, type FeedFormat, renderJsonFeed, renderXmlFeed } from "./feed-formats.ts";

interface FeedDeps {
  db: Kysely<Database>;
  config: Config;
  now: () => Date;
}

type Params = Record<string, string>;

/** A listing a feed follows: its title, its page path, and the stories it contains. */
interface FeedTarget {
  title: string;
  path: string;
  filter: { sectionId?: number; authorId?: number; tagId?: number };
}

type Resolve = (edition: string, params: Params) => Promise<FeedTarget | undefined>;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for every edition, section, author and tag, at
 * `feed.xml`, `atom.xml` and `feed.json` under the listing's path. Unknown listings get 404.
 */
export function registerFeedRoutes(app: FastifyInstance, deps: FeedDeps): void {
  const siteName = (edition: string) =>
    deps.config.site.name[edition] ?? deps.config.site.name[deps.config.site.defaultEdition] ?? "Dateline";
  const targets: [string, Resolve][] = [
    ["/:edition/", async (edition) => ({ title: siteName(edition), path: `/${edition}/`, filter: {} })],
    [
      "/:edition/:section/",
      async (edition, p) => {
        const section = await findSectionBySlug(deps.db, edition, (p.section ?? "").normalize("NFC"));
        return (
          section && {
            title: `${section.name} | ${siteName(edition)}`,
            path: `/${edition}/${encodeURIComponent(section.slug)}/`,
            filter: { sectionId: section.id },
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
            path: `/${edition}/tag/${encodeURIComponent(tag.slug)}`,
            filter: { tagId: tag.id },
          }
        );
      },
    ],
  ];
  for (const [base, resolve] of targets) {
    for (const format of Object.keys(FEED_FILES) as FeedFormat[]) {
      app.get(base + FEED_FILES[format], (request, reply) => serveFeed(request, reply, format, resolve));
    }
  }

  async function serveFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    format: FeedFormat,
    resolve: Resolve,
  ) {
    const params = request.params as Params;
    const edition = deps.config.site.editions.find((e) => e.code === params.edition);
    const target = edition && (await resolve(edition.code, params));
    if (!edition || !target) return reply.callNotFound();
    const entries = await loadFeedEntries(
      deps.db,
      { edition: edition.code, ...target.filter },
      {
        siteUrl: deps.config.siteUrl,
        fullText: deps.config.site.feedFullText,
        now: deps.now().toISOString(),
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
    return sendConditional(request, reply, body, FEED_TYPES[format], channel.updated);
  }
}

/** Answers 304 when the client already has these bytes (ETag) or nothing changed since (Last-Modified). */
export function sendConditional(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  type: string,
  lastModified: string,
) {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const modified = new Date(lastModified).toUTCString();
  reply.header("etag", etag).header("last-modified", modified).header("cache-control", "public, max-age=60");
  const since = request.headers["if-modified-since"];
  const unchanged =
    request.headers["if-none-match"] === etag ||
    (request.headers["if-none-match"] === undefined &&
      since !== undefined &&
      new Date(since).getTime() >= new Date(modified).getTime());
  if (unchanged) return reply.code(304).send();
  return reply.type(type).send(body);
}
