import type { Served } from "../cache/node-cache.ts";
import type { Edition } from "../config/site.ts";
import { findEdition } from "../site/edition-context.ts";
import { pageAnswer } from "../site/page-content.ts";
import { type PageDeps, renderEditionPage } from "../site/site-pages.tsx";
import { pathProblem } from "./page-path.ts";
import { staticPageBody } from "./static-page.view.tsx";
import { type StaticPage, staticPageAt } from "./static-pages.queries.ts";

/** A static page a URL names; `canonical` is false when it was asked for with a trailing slash. */
export interface StaticPageHit {
  edition: Edition;
  page: StaticPage;
  canonical: boolean;
}

/**
 * The published page a URL names, `/{edition}/{path}` with or without a trailing slash. Called
 * only once no section, story, tag or author answered, so those keep their paths. A URL that can
 * name no page (bad escapes, empty segments, reserved words) costs no query.
 */
export async function findStaticPage(deps: PageDeps, url: string): Promise<StaticPageHit | undefined> {
  const [first, ...rest] = (url.split(/[?#]/)[0] ?? "").slice(1).split("/");
  const edition = findEdition(deps.config, first ?? "");
  const canonical = rest.at(-1) !== "";
  const path = decodedPath(canonical ? rest : rest.slice(0, -1));
  if (!edition || path === undefined || pathProblem(path)) return undefined;
  const page = await staticPageAt(deps.db, edition.code, path, deps.now().toISOString());
  return page && { edition, page, canonical };
}

function decodedPath(segments: string[]): string | undefined {
  try {
    return segments
      .map((s) => decodeURIComponent(s))
      .join("/")
      .normalize("NFC");
  } catch {
    return undefined; // a malformed escape or a lone surrogate: no page has such a path
  }
}

/** The page in the site's layout, from this node's cache when a change has not dropped it. */
export function staticPageAnswer(deps: PageDeps, hit: StaticPageHit): Promise<Served> {
  return deps.cache.through(JSON.stringify(["static-page", hit.page.id]), async () => {
    const rendered = await renderEditionPage(deps, hit.edition, (ctx) => staticPageBody(deps, ctx, hit.page));
    return { answer: pageAnswer(rendered), keys: rendered.keys };
  });
}
