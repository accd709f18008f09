import type { Kysely } from "kysely";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { currentBanner } from "../breaking/breaking.service.ts";
import { cacheKey } from "../cache/cache-keys.ts";
import type { EarlyHits } from "../cache/early-hits.ts";
import type { NodeCache } from "../cache/node-cache.ts";
import type { Config } from "../config/load.ts";
import type { Edition } from "../config/site.ts";
import { listSections } from "../content/taxonomy.queries.ts";
import type { Database } from "../db/database.ts";
import { type EditionContext, editionContext } from "./edition-context.ts";
import type { PageContent } from "./page-content.ts";
import { ErrorPage } from "./views/error.page.tsx";
import { type HeadInfo, Layout } from "./views/layout.tsx";

export interface PageDeps {
  db: Kysely<Database>;
  cache: NodeCache;
  /** Told which URLs name which cached page, to answer them before routing; absent in the bench's renders. */
  earlyHits?: EarlyHits;
  config: Config;
  stylesheetPath: string;
  /** The live blogs' reader script. */
  liveScriptPath: string;
  now: () => Date;
}

/** What a page handler returns before the layout wraps it. */
export interface PageBody {
  head: HeadInfo;
  body: VNode;
  currentSectionKey?: string;
  status?: ErrorStatus | 200;
  /** The cache keys of what the body shows; the layout's own are added. */
  keys?: readonly string[];
}

type ErrorStatus = 400 | 404;

/** Renders a page of an edition inside the shared masthead, navigation and footer. */
export async function renderEditionPage(
  deps: PageDeps,
  edition: Edition,
  build: (ctx: EditionContext, now: Date) => Promise<PageBody | undefined>,
): Promise<PageContent> {
  const ctx = editionContext(deps.config, edition);
  const now = deps.now();
  const [sections, breaking, page] = await Promise.all([
    listSections(deps.db, edition.code),
    currentBanner(deps.db, edition.code, now),
    build(ctx, now),
  ]);
  const resolved = page ?? errorBody(ctx, 404);
  const html = renderToString(
    <Layout
      ctx={ctx}
      head={resolved.head}
      sections={sections}
      now={now}
      stylesheet={deps.stylesheetPath}
      currentSectionKey={resolved.currentSectionKey}
      breaking={breaking}
    >
      {resolved.body}
    </Layout>,
  );
  // Every page shows the sections in its navigation, the day in its masthead and the edition's
  // breaking news (or its absence: setting a banner must drop the pages cached without one).
  const keys = [
    ...(resolved.keys ?? []),
    cacheKey.sections,
    cacheKey.masthead,
    cacheKey.breaking(edition.code),
  ];
  return { status: resolved.status ?? 200, html: `<!doctype html>${html}`, keys };
}

function errorBody(ctx: EditionContext, status: ErrorStatus): PageBody {
  const title = status === 404 ? ctx.t.notFoundTitle : ctx.t.badRequestTitle;
  return { head: { title, robots: "noindex" }, body: <ErrorPage ctx={ctx} status={status} />, status };
}

/** The localized "not found" or "bad request" page of an edition. */
export function renderErrorPage(deps: PageDeps, edition: Edition, status: ErrorStatus): Promise<PageContent> {
  return renderEditionPage(deps, edition, async (ctx) => errorBody(ctx, status));
}
