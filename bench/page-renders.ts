/**
 * The public pages the site bench measures, each with a way to build it from the database the
 * way a cache miss does: the page-building code called directly in the server's process, never
 * the page cache. Reader-facing behaviour is untouched; only the bench calls these.
 */

import { encodedBody, prepareAnswer } from "../src/cache/cached-answer.ts";
import type { Edition } from "../src/config/site.ts";
import { buildFeed } from "../src/distribution/feeds/feed.routes.ts";
import { FEED_FILES, FEED_TYPES } from "../src/distribution/feeds/feed-formats.ts";
import { HTML_TYPE } from "../src/site/page-content.ts";
import { articlePage, frontPage, searchPage, sectionPage } from "../src/site/page-handlers.tsx";
import { readSearchRequest } from "../src/site/search-query.ts";
import { loadSiteAssets } from "../src/site/site-assets.ts";
import { type PageDeps, renderEditionPage } from "../src/site/site-pages.tsx";
import type { TestServer } from "../test/support/test-server.ts";

export interface PageTarget {
  name: string;
  path: string;
  /** Builds the page from the database; resolves to its HTML or XML. */
  render(): Promise<string>;
  /** What a miss adds after rendering: the encodings kept for later hits (absent where nothing is kept: search). */
  prepare?(text: string): void;
}

/** The first link matching a pattern on the front page: the demo's slugs are not hard-coded. */
function firstLink(html: string, pattern: RegExp): string {
  const href = pattern.exec(html)?.[1];
  if (!href) throw new Error(`no link matching ${pattern} on the front page`);
  return decodeURI(href.replaceAll("&amp;", "&"));
}

function pageDeps(app: TestServer): PageDeps {
  const assets = loadSiteAssets();
  return {
    db: app.server.db.kysely,
    cache: app.server.cache,
    config: app.config,
    stylesheetPath: assets.stylesheetPath,
    liveScriptPath: assets.liveScriptPath,
    now: app.clock,
  };
}

/** A word of the article's headline: a search that finds it and its neighbours. */
function searchWord(articleHtml: string): string {
  const title = /<h1[^>]*>([^<]+)</.exec(articleHtml)?.[1] ?? "";
  const word = title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w));
  if (!word) throw new Error(`no searchable word in the headline "${title}"`);
  return word.toLowerCase();
}

/** Article, front page, section page, RSS feed and a search, on the default edition of `app`. */
export async function pageTargets(app: TestServer, edition: Edition): Promise<PageTarget[]> {
  const deps = pageDeps(app);
  const page = (build: Parameters<typeof renderEditionPage>[2]) => async () => {
    const rendered = await renderEditionPage(deps, edition, build);
    if (rendered.status !== 200) throw new Error(`a bench page rendered ${rendered.status}`);
    return rendered.html;
  };
  // What a miss adds for a reader whose browser takes brotli: the ETag and that one encoding.
  const prepareAs = (type: string) => (body: string) =>
    void encodedBody(prepareAnswer({ status: 200, type, body }), "br");
  const prepare = prepareAs(HTML_TYPE);
  const front = page((ctx, now) => frontPage(deps, ctx, now));
  const frontHtml = await front();
  const articlePath = firstLink(frontHtml, /class="story-card-headline"[^>]*>\s*<a[^>]*href="([^"]+)"/);
  const sectionPath = firstLink(frontHtml, /<nav class="site-nav"[\s\S]*?<a[^>]*href="([^"]+)"/);
  const [, , sectionSlug = "", slug = ""] = articlePath.split("/");
  const [, , listedSlug = ""] = sectionPath.split("/");
  const article = page((ctx, now) => articlePage(deps, ctx, now, sectionSlug, slug));
  const searchPath = `/${edition.code}/search?q=${encodeURIComponent(searchWord(await article()))}`;
  const search = readSearchRequest(searchPath);
  return [
    { name: "article", path: articlePath, render: article, prepare },
    { name: "front page", path: `/${edition.code}/`, render: front, prepare },
    {
      name: "section page",
      path: sectionPath,
      render: page((ctx, now) => sectionPage(deps, ctx, now, listedSlug, 1)),
      prepare,
    },
    {
      name: "RSS feed",
      path: `/${edition.code}/${FEED_FILES.rss}`,
      render: () => renderFeed(deps, edition),
      prepare: prepareAs(FEED_TYPES.rss),
    },
    {
      name: "search page",
      path: searchPath,
      render: page((ctx, now) => searchPage(deps, ctx, now, search)),
    },
  ];
}

/** The edition's RSS feed as feed.routes.ts builds it on a miss: its latest stories, written out. */
async function renderFeed(deps: PageDeps, edition: Edition): Promise<string> {
  const title = deps.config.site.name[edition.code] ?? "Dateline";
  const feed = await buildFeed(deps, edition, { title, path: `/${edition.code}/`, filter: {} }, "rss");
  return feed.body;
}
