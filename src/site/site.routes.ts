import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { prepareAnswer, sendAnswer } from "../cache/cached-answer.ts";
import type { Edition } from "../config/site.ts";
import { movedArticlePath } from "../content/article-paths.ts";
import { tagPath } from "../content/content.ts";
import { movedTagSlug } from "../content/tag-redirects.ts";
import { findSectionBySlug } from "../content/taxonomy.queries.ts";
import { nfcParams } from "../http/route-params.ts";
import { MalformedQuery } from "../http/strict-query.ts";
import { pageUrlPath } from "../pages/page-path.ts";
import { findStaticPage, type StaticPageHit, staticPageAnswer } from "../pages/static-page.answer.ts";
import { findRedirectTarget } from "../redirects/redirects.queries.ts";
import { defaultEdition, type EditionContext, findEdition } from "./edition-context.ts";
import { type PageContent, pageAnswer } from "./page-content.ts";
import { articlePage, authorPage, frontPage, searchPage, sectionPage, tagPage } from "./page-handlers.tsx";
import { readSearchRequest, type SearchRequest } from "./search-query.ts";
import { type PageBody, type PageDeps, renderEditionPage, renderErrorPage } from "./site-pages.tsx";

const HTML_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=30";
const PageQuery = z
  .object({
    page: z
      .string()
      .regex(/^[1-9]\d{0,4}$/)
      .optional(),
  })
  .loose();

type Params = Record<string, string>;
type Build = (ctx: EditionContext, now: Date, params: Params, page: number) => Promise<PageBody | undefined>;
type Moved = (edition: Edition, params: Params) => Promise<string | undefined>;

export class BadPageRequest extends Error {
  override name = "BadPageRequest";
}

/** The public reading site: front pages, listings and articles of every edition. */
export function registerSiteRoutes(app: FastifyInstance, deps: PageDeps): void {
  async function serve(request: FastifyRequest, reply: FastifyReply, build: Build, moved?: Moved) {
    const params = nfcParams(request.params as Params);
    const edition = findEdition(deps.config, params.edition ?? "");
    if (!edition) return sendNotFound(deps, request, reply);
    const page = pageNumber(request.query);
    // Named by the route and its decoded parameters: other query strings and other spellings of
    // the same path share the entry, so junk URLs cannot crowd real pages out.
    const id = JSON.stringify(["page", request.routeOptions.url, params, page]);
    const served = await deps.cache.through(id, async () => {
      const rendered = await renderEditionPage(deps, edition, (ctx, now) => build(ctx, now, params, page));
      return { answer: pageAnswer(rendered), keys: rendered.keys };
    });
    const target = served.answer.status === 404 && moved ? await moved(edition, params) : undefined;
    if (target) return sendMoved(request, reply, target);
    if (served.answer.status === 404) {
      const found = await sendFoundElsewhere(deps, request, reply);
      if (found) return found;
    }
    if (served.answer.status === 200)
      deps.earlyHits?.remember(request.raw.url ?? request.url, id, request.routeOptions.url ?? "");
    return deps.cache.deliver(request, reply, served);
  }

  /** An article path a live story has left: where that story is now (see article-paths.ts). */
  const articleMoved: Moved = (edition, p) =>
    movedArticlePath(
      deps.db,
      { edition: edition.code, sectionSlug: p.section ?? "", slug: p.slug ?? "" },
      deps.now().toISOString(),
    );

  /** A tag slug left by a rename or a merge: the page of the tag that holds its stories now. */
  const tagMoved: Moved = async (edition, p) => {
    const slug = await movedTagSlug(deps.db, edition.code, p.slug ?? "");
    return slug && tagPath(edition.code, slug);
  };

  app.get("/", async (request, reply) => {
    // `/?p=123` and `/?page_id=45` are how WordPress named a post or page; anything else is the
    // default edition's front page.
    if (request.url.includes("?")) {
      const old = await findRedirectTarget(deps.db, request.url, deps.now().toISOString());
      if (old) return sendPermanentRedirect(reply, old);
    }
    return reply.redirect(`/${defaultEdition(deps.config).code}/`, 302);
  });
  app.get("/:edition", (request, reply) => {
    const edition = findEdition(deps.config, (request.params as Params).edition ?? "");
    if (!edition) return serve(request, reply, async () => undefined);
    return reply.redirect(`/${edition.code}/`, 301);
  });
  app.get("/:edition/", (request, reply) => serve(request, reply, (ctx, now) => frontPage(deps, ctx, now)));
  // Search pages skip the page cache: every query is a new key, and the long tail of one-off
  // searches would push the articles and listings that most readers want out of the LRU.
  app.get("/:edition/search", async (request, reply) => {
    const edition = findEdition(deps.config, (request.params as Params).edition ?? "");
    if (!edition) return sendNotFound(deps, request, reply);
    const search = readSearchUrl(request.url);
    const page = await renderEditionPage(deps, edition, (ctx, now) => searchPage(deps, ctx, now, search));
    return sendPage(request, reply, page);
  });
  app.get("/:edition/author/:slug", (request, reply) =>
    serve(request, reply, (ctx, now, p, page) => authorPage(deps, ctx, now, p.slug ?? "", page)),
  );
  app.get("/:edition/tag/:slug", (request, reply) =>
    serve(request, reply, (ctx, now, p, page) => tagPage(deps, ctx, now, p.slug ?? "", page), tagMoved),
  );
  app.get("/:edition/:section/", (request, reply) =>
    serve(request, reply, (ctx, now, p, page) => sectionPage(deps, ctx, now, p.section ?? "", page)),
  );
  app.get("/:edition/:section", async (request, reply) => {
    const { edition, section = "" } = nfcParams(request.params as Params);
    // An empty or unknown edition is a 404: `//evil.com` must not become `Location: //evil.com/`.
    const known = findEdition(deps.config, edition ?? "");
    if (!known) return serve(request, reply, async () => undefined);
    // A static page of one segment answers without a slash, unless a section has its name.
    const page = await findStaticPage(deps, request.url);
    if (page && !(await findSectionBySlug(deps.db, known.code, section)))
      return sendStaticPage(deps, request, reply, page);
    return reply.redirect(onSite(`/${known.code}/${encodeURIComponent(section)}/`), 301);
  });
  app.get("/:edition/:section/:slug", (request, reply) =>
    serve(
      request,
      reply,
      (ctx, now, p, page) => articlePage(deps, ctx, now, p.section ?? "", p.slug ?? "", page),
      articleMoved,
    ),
  );
}

/** The listing page a query asks for; most requests name none, and need no parse. */
function pageNumber(query: unknown): number {
  if ((query as { page?: unknown }).page === undefined) return 1;
  const parsed = PageQuery.safeParse(query);
  if (!parsed.success) throw new BadPageRequest("page must be a positive whole number");
  return Number(parsed.data.page ?? "1");
}

function readSearchUrl(url: string): SearchRequest {
  try {
    return readSearchRequest(url);
  } catch (error) {
    if (error instanceof MalformedQuery) throw new BadPageRequest(error.message);
    throw error;
  }
}

/**
 * Sends a page this node does not cache (search results, error pages): browsers and shared caches
 * keep a 200 a minute, as no change purges it.
 */
export function sendPage(request: FastifyRequest, reply: FastifyReply, content: PageContent) {
  return sendAnswer(request, reply, prepareAnswer(pageAnswer(content)), {
    surrogateKey: "",
    cacheControl: HTML_CACHE_CONTROL,
  });
}

/**
 * A permanent redirect that browsers and CDNs keep only as long as a page: a new story (or tag) may
 * later take the old path, and then readers must reach it. The query string (campaign tags, the
 * listing's page) goes along.
 */
export function sendMoved(request: FastifyRequest, reply: FastifyReply, target: string) {
  const query = request.url.indexOf("?");
  return sendPermanentRedirect(reply, query === -1 ? target : target + request.url.slice(query));
}

/**
 * An old address of another site (see src/redirects): kept as briefly as a moved story, and
 * without the query, which belonged to the old site (`?p=123` must not follow the reader).
 */
function sendPermanentRedirect(reply: FastifyReply, target: string) {
  return reply.header("cache-control", HTML_CACHE_CONTROL).redirect(onSite(target), 301);
}

/** The edition's 404, unless the URL names a static page or is an old address that leads somewhere here. */
export async function sendNotFound(deps: PageDeps, request: FastifyRequest, reply: FastifyReply) {
  const found = await sendFoundElsewhere(deps, request, reply);
  if (found) return found;
  return sendPage(request, reply, await renderErrorPage(deps, editionForPath(deps, request.url), 404));
}

/**
 * For a path none of the paper's own pages answered: the static page it names (src/pages), or
 * else the old address of another site it is (src/redirects); undefined when it is neither.
 */
async function sendFoundElsewhere(deps: PageDeps, request: FastifyRequest, reply: FastifyReply) {
  const page = await findStaticPage(deps, request.url);
  if (page) return sendStaticPage(deps, request, reply, page);
  const old = await findRedirectTarget(deps.db, request.url, deps.now().toISOString());
  return old ? sendPermanentRedirect(reply, old) : undefined;
}

/** A static page answers without a trailing slash, as stories do; with one, it moves there. */
async function sendStaticPage(
  deps: PageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  hit: StaticPageHit,
) {
  if (!hit.canonical) return sendMoved(request, reply, pageUrlPath(hit.edition.code, hit.page.path));
  return deps.cache.deliver(request, reply, await staticPageAnswer(deps, hit));
}

/**
 * A redirect target as a path on this site. A `Location` starting `//` or `/\`, or with a scheme,
 * would send the browser to another host; none may leave the site, whatever the path held.
 */
export function onSite(target: string): string {
  if (!target.startsWith("/") || /^\/[/\\]/.test(target))
    throw new Error(`refused off-site redirect to ${target}`);
  return target;
}

/** Picks the edition whose 404 or 400 page a stray URL should see, from its first path segment. */
export function editionForPath(deps: PageDeps, url: string): Edition {
  const first = url.split(/[/?#]/)[1] ?? "";
  return findEdition(deps.config, first) ?? defaultEdition(deps.config);
}
