import { findArticleForPreview } from "../content/article.queries.ts";
import { findEdition } from "./edition-context.ts";
import { previewPage } from "./page-handlers.tsx";
import { type PageDeps, renderEditionPage } from "./site-pages.tsx";

/** The full public page of any story, for the newsroom's preview; undefined when there is no such story. */
export async function renderPreview(deps: PageDeps, id: number): Promise<string | undefined> {
  const article = await findArticleForPreview(deps.db, id);
  const edition = article && findEdition(deps.config, article.edition);
  if (!edition) return undefined;
  const page = await renderEditionPage(deps, edition, (ctx, now) => previewPage(deps, ctx, now, id));
  return page.status === 200 ? page.html : undefined;
}
