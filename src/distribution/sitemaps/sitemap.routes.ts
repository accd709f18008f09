import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { cacheKey } from "../../cache/cache-keys.ts";
import type { NodeCache } from "../../cache/node-cache.ts";
import type { Config } from "../../config/load.ts";
import { summaryPath } from "../../content/content.ts";
import { inlinePhotosOfStories } from "../../content/media-usage.queries.ts";
import {
  publishedInGroups,
  recentArticles,
  type SitemapArticle,
  sitemapArticles,
  sitemapMonths,
} from "../../content/sitemap.queries.ts";
import { listSections } from "../../content/taxonomy.queries.ts";
import { listAuthors, listTags } from "../../content/taxonomy.service.ts";
import type { Database } from "../../db/database.ts";
import { mediaByIds } from "../../media/media.queries.ts";
import { pageUrlPath } from "../../pages/page-path.ts";
import { editionsWithStaticPages, publishedStaticPages } from "../../pages/static-pages.queries.ts";
import { sitemapIndex, URLSET_CLOSE, type UrlEntry, urlElement, urlsetOpen } from "./sitemap-xml.ts";

interface SitemapDeps {
  /** URLs per article sitemap; the protocol's 50,000 unless a test wants the split with little data. */
  urlsPerSitemap?: number;
  db: Kysely<Database>;
  config: Config;
  cache: NodeCache;
  now: () => Date;
}

/** The sitemap protocol's limit of URLs per file. */
export const URLS_PER_SITEMAP = 50_000;
/** Rows read per query while streaming a sitemap, so memory stays flat for big months. */
const CHUNK = 1000;
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;
const XML_TYPE = "application/xml; charset=utf-8";

const ARTICLES = /^articles-([a-z0-9-]+)-(\d{4}-\d{2})-(\d+)\.xml$/;
const NEWS = /^news-([a-z0-9-]+)\.xml$/;
const TAGS = /^tags-([a-z0-9-]+)\.xml$/;
const PAGES = /^pages-([a-z0-9-]+)\.xml$/;

/** `/robots.txt`, the sitemap index at `/sitemap.xml`, and the sitemaps it lists under `/sitemaps/`. */
export function registerSitemapRoutes(app: FastifyInstance, deps: SitemapDeps): void {
  const base = deps.config.siteUrl;
  const perSitemap = deps.urlsPerSitemap ?? URLS_PER_SITEMAP;
  const editions = deps.config.site.editions;
  const langOf = (code: string) => editions.find((e) => e.code === code)?.lang ?? code;
  /** A sitemap small enough to keep: cached on this node, tagged for purges. */
  const sendCached = async (
    request: FastifyRequest,
    reply: FastifyReply,
    keys: string[],
    render: () => Promise<string>,
  ) => {
    const id = JSON.stringify(["sitemap", request.url.split("?")[0]]);
    const served = await deps.cache.through(id, async () => ({
      answer: { status: 200, type: XML_TYPE, body: await render() },
      keys,
    }));
    return deps.cache.deliver(request, reply, served);
  };
  /** A month of articles, up to 50,000 URLs: streamed from the database, never held, still tagged. */
  const sendStreamed = (reply: FastifyReply, edition: string, body: Readable) =>
    reply
      .type(XML_TYPE)
      .header("cache-control", deps.cache.cacheControl)
      .header("surrogate-key", cacheKey.stories(edition))
      .send(body);

  app.get("/robots.txt", (_request, reply) => {
    const lines = [
      "User-agent: *",
      "Disallow: /newsroom/",
      "Disallow: /api/admin/",
      "",
      `Sitemap: ${base}/sitemap.xml`,
    ];
    for (const e of editions) lines.push(`Sitemap: ${base}/sitemaps/news-${e.code}.xml`);
    return reply.type("text/plain; charset=utf-8").send(`${lines.join("\n")}\n`);
  });

  app.get("/sitemap.xml", (request, reply) =>
    sendCached(
      request,
      reply,
      editions.flatMap((e) => [cacheKey.stories(e.code), cacheKey.staticPages(e.code)]),
      sitemapIndexXml,
    ),
  );

  async function sitemapIndexXml(): Promise<string> {
    const now = deps.now().toISOString();
    const [months, withPages] = await Promise.all([
      sitemapMonths(deps.db, now),
      editionsWithStaticPages(deps.db, now),
    ]);
    const articleMaps = months
      .sort((a, b) => a.edition.localeCompare(b.edition) || b.month.localeCompare(a.month))
      .flatMap((m) =>
        Array.from({ length: Math.ceil(m.count / perSitemap) }, (_, i) => ({
          loc: `${base}/sitemaps/articles-${m.edition}-${m.month}-${i + 1}.xml`,
          lastmod: m.lastModified,
        })),
      );
    const others = [
      ...editions.map((e) => ({ loc: `${base}/sitemaps/news-${e.code}.xml` })),
      { loc: `${base}/sitemaps/sections.xml` },
      { loc: `${base}/sitemaps/authors.xml` },
      ...editions.map((e) => ({ loc: `${base}/sitemaps/tags-${e.code}.xml` })),
      // A sitemap must list at least one URL: an edition without pages has none.
      ...editions
        .filter((e) => withPages.includes(e.code))
        .map((e) => ({ loc: `${base}/sitemaps/pages-${e.code}.xml` })),
    ];
    return sitemapIndex([...articleMaps, ...others]);
  }

  app.get("/sitemaps/:name", async (request, reply) => {
    const name = (request.params as { name: string }).name;
    const now = deps.now().toISOString();
    const known = (code: string | undefined) => editions.some((e) => e.code === code);
    const articles = ARTICLES.exec(name);
    if (articles && known(articles[1])) {
      const [, edition, month, page] = articles as unknown as [string, string, string, string];
      return sendStreamed(reply, edition, Readable.from(articleUrls(edition, month, Number(page), now)));
    }
    const edition = (NEWS.exec(name) ?? TAGS.exec(name))?.[1];
    if (edition && known(edition)) {
      const render = name.startsWith("news-") ? () => newsSitemap(edition, now) : () => tagSitemap(edition);
      return sendCached(request, reply, [cacheKey.stories(edition)], render);
    }
    const pages = PAGES.exec(name)?.[1];
    if (pages && known(pages)) {
      return sendCached(request, reply, [cacheKey.staticPages(pages)], () => staticPageSitemap(pages, now));
    }
    if (name === "sections.xml") return sendCached(request, reply, [cacheKey.sections], sectionSitemap);
    if (name === "authors.xml") return sendCached(request, reply, [cacheKey.authors], authorSitemap);
    return reply.callNotFound();
  });

  /** Streams one page of a month's article sitemap, reading the database a chunk at a time. */
  async function* articleUrls(edition: string, month: string, page: number, now: string) {
    yield urlsetOpen();
    const start = (page - 1) * perSitemap;
    for (let offset = 0; offset < perSitemap; offset += CHUNK) {
      const limit = Math.min(CHUNK, perSitemap - offset);
      const chunk = await sitemapArticles(deps.db, edition, month, now, { limit, offset: start + offset });
      if (chunk.length === 0) break;
      yield (await entriesFor(edition, chunk, now)).map(urlElement).join("\n");
      yield "\n";
      if (chunk.length < limit) break;
    }
    yield URLSET_CLOSE;
  }

  async function newsSitemap(edition: string, now: string): Promise<string> {
    const since = new Date(new Date(now).getTime() - NEWS_WINDOW_MS).toISOString();
    const recent = await recentArticles(deps.db, edition, since, now, NEWS_LIMIT);
    const publication = deps.config.site.name[edition] ?? "Dateline";
    const entries = recent.map((a) => ({
      loc: base + summaryPath(a),
      news: { publication, language: langOf(edition), publishedAt: a.publishedAt, title: a.headline },
    }));
    return urlsetOpen({ news: true }) + entries.map(urlElement).join("\n") + URLSET_CLOSE;
  }

  /**
   * Article URLs with their last change, photos (lead and inline, captioned in the edition) and
   * the hreflang pairs of their translations.
   */
  async function entriesFor(edition: string, chunk: SitemapArticle[], now: string): Promise<UrlEntry[]> {
    const groups = [...new Set(chunk.map((a) => a.translationGroup).filter((g): g is string => g !== null))];
    const [siblings, inline] = await Promise.all([
      publishedInGroups(deps.db, groups, now),
      inlinePhotosOfStories(
        deps.db,
        chunk.map((a) => a.id),
      ),
    ]);
    const photosOf = (a: SitemapArticle) => [
      ...new Set([...(a.leadMediaId === null ? [] : [a.leadMediaId]), ...(inline.get(a.id) ?? [])]),
    ];
    const images = await mediaByIds(deps.db, chunk.flatMap(photosOf), edition);
    return chunk.map((a) => {
      const versions = a.translationGroup
        ? siblings.filter((s) => s.translationGroup === a.translationGroup)
        : [];
      return {
        loc: base + summaryPath(a),
        lastmod: a.lastModified,
        alternates:
          versions.length > 1
            ? versions.map((v) => ({ hreflang: langOf(v.edition), href: base + summaryPath(v) }))
            : [],
        images: photosOf(a).flatMap((id) => {
          const image = images.get(id);
          return image ? [{ loc: base + image.src, caption: image.caption }] : [];
        }),
      };
    });
  }

  async function sectionSitemap(): Promise<string> {
    const perEdition = await Promise.all(
      editions.map(async (e) => ({ edition: e, sections: await listSections(deps.db, e.code) })),
    );
    const entries = perEdition.flatMap(({ edition, sections }) =>
      sections.map((s) => {
        const versions = perEdition.flatMap((p) =>
          p.sections.filter((o) => o.key === s.key).map((o) => ({ edition: p.edition, slug: o.slug })),
        );
        return {
          loc: `${base}/${edition.code}/${encodeURIComponent(s.slug)}/`,
          alternates: versions.map((v) => ({
            hreflang: v.edition.lang,
            href: `${base}/${v.edition.code}/${encodeURIComponent(v.slug)}/`,
          })),
        };
      }),
    );
    const fronts = editions.map((e) => ({
      loc: `${base}/${e.code}/`,
      alternates: editions.map((o) => ({ hreflang: o.lang, href: `${base}/${o.code}/` })),
    }));
    return urlsetOpen() + [...fronts, ...entries].map(urlElement).join("\n") + URLSET_CLOSE;
  }

  async function authorSitemap(): Promise<string> {
    const authors = await listAuthors(deps.db);
    const entries = authors.flatMap((a) => {
      const present = editions.filter((e) => a.name[e.code]);
      const href = (code: string) => `${base}/${code}/author/${encodeURIComponent(a.slug)}`;
      return present.map((e) => ({
        loc: href(e.code),
        alternates: present.length > 1 ? present.map((o) => ({ hreflang: o.lang, href: href(o.code) })) : [],
      }));
    });
    return urlsetOpen() + entries.map(urlElement).join("\n") + URLSET_CLOSE;
  }

  /** The edition's static pages (src/pages), with the date their text last changed. */
  async function staticPageSitemap(edition: string, now: string): Promise<string> {
    const pages = await publishedStaticPages(deps.db, edition, now);
    const entries = pages.map((p) => ({ loc: base + pageUrlPath(edition, p.path), lastmod: p.lastModified }));
    return urlsetOpen() + entries.map(urlElement).join("\n") + URLSET_CLOSE;
  }

  async function tagSitemap(edition: string): Promise<string> {
    const tags = await listTags(deps.db, edition);
    const entries = tags.map((t) => ({ loc: `${base}/${edition}/tag/${encodeURIComponent(t.slug)}` }));
    return urlsetOpen() + entries.map(urlElement).join("\n") + URLSET_CLOSE;
  }
}
