import type { Kysely } from "kysely";
import type { ArticleFields } from "../content/article.commands.ts";
import { findArticleForPreview } from "../content/article.queries.ts";
import { storedSeoText } from "../content/article-seo.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { Article } from "../content/content.ts";
import { assertValidCuration, type FrontPageCuration } from "../content/front-page.queries.ts";
import { slugify } from "../content/slug.ts";
import { authorRefsBySlugs, findSectionBySlug, tagsBySlugs } from "../content/taxonomy.queries.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { findEdition } from "./edition-context.ts";
import { frontPage, previewPage } from "./page-handlers.tsx";
import { type PageDeps, renderEditionPage } from "./site-pages.tsx";
import type { PreviewState } from "./views/article.page.tsx";

/** What the editor has on screen and has not saved: any field of a save, and whether it is significant. */
export type PreviewDraft = Partial<ArticleFields> & { significant?: boolean };

/**
 * The full public page of a story as the editor has it on screen: the stored story with the
 * unsaved fields laid over it. Reads only, so nothing a reader can see changes.
 * Undefined when there is no such story.
 */
export async function renderPreview(
  deps: PageDeps,
  clean: CleanBody,
  id: number,
  draft: PreviewDraft,
): Promise<string | undefined> {
  const [stored, state] = await Promise.all([findArticleForPreview(deps.db, id), previewState(deps.db, id)]);
  const edition = stored && findEdition(deps.config, stored.edition);
  if (!edition || !state) return undefined;
  const now = deps.now();
  const body = draft.body === undefined ? stored.bodyHtml : await clean(draft.body);
  const article = await withDraft(deps.db, stored, { ...draft, body }, now.toISOString());
  const page = await renderEditionPage(deps, edition, (ctx) => previewPage(deps, ctx, now, article, state));
  return page.html;
}

/**
 * The edition's public front page with an arrangement the editor has not saved, refused (422) as a
 * save would refuse it. Reads only and takes no cache entry, so readers keep the saved page.
 * Undefined when there is no such edition.
 */
export async function renderFrontPreview(
  deps: PageDeps,
  editionCode: string,
  arranged: FrontPageCuration,
): Promise<string | undefined> {
  const edition = findEdition(deps.config, editionCode);
  if (!edition) return undefined;
  await assertValidCuration(deps.db, edition.code, arranged);
  const page = await renderEditionPage(deps, edition, (ctx, now) => frontPage(deps, ctx, now, arranged));
  return page.html;
}

/** Whether readers can see the story now, and when they will if it is scheduled: the preview's banner says so. */
async function previewState(db: Kysely<Database>, id: number): Promise<PreviewState | undefined> {
  const row = await db
    .selectFrom("articles")
    .select(["status", "scheduled_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return (
    row && {
      live: row.status === "published",
      scheduledAt: row.status === "scheduled" ? row.scheduled_at : null,
    }
  );
}

/** The stored story with the draft's fields, cleaned as a save would clean them (the body already is). */
async function withDraft(
  db: Kysely<Database>,
  stored: Article,
  draft: PreviewDraft,
  now: string,
): Promise<Article> {
  return {
    ...stored,
    section:
      draft.section === undefined ? stored.section : await sectionOf(db, stored.edition, draft.section),
    kind: draft.kind ?? stored.kind,
    slug: draft.slug || stored.slug,
    headline: draft.headline?.normalize("NFC") ?? stored.headline,
    standfirst: draft.standfirst?.normalize("NFC") ?? stored.standfirst,
    bodyHtml: draft.body ?? stored.bodyHtml,
    creditLine: draft.creditLine === undefined ? stored.creditLine : draft.creditLine,
    datelinePlace: draft.datelinePlace === undefined ? stored.datelinePlace : draft.datelinePlace,
    correctionNote: draft.correctionNote === undefined ? stored.correctionNote : draft.correctionNote,
    leadMediaId: draft.leadMediaId === undefined ? stored.leadMediaId : draft.leadMediaId,
    seoTitle: draft.seoTitle === undefined ? stored.seoTitle : storedSeoText(draft.seoTitle),
    seoDescription:
      draft.seoDescription === undefined ? stored.seoDescription : storedSeoText(draft.seoDescription),
    socialTitle: draft.socialTitle === undefined ? stored.socialTitle : storedSeoText(draft.socialTitle),
    socialDescription:
      draft.socialDescription === undefined
        ? stored.socialDescription
        : storedSeoText(draft.socialDescription),
    socialMediaId: draft.socialMediaId === undefined ? stored.socialMediaId : draft.socialMediaId,
    tags: draft.tags === undefined ? stored.tags : await tagsOf(db, stored.edition, draft.tags),
    authors: draft.authors === undefined ? stored.authors : await bylineOf(db, stored.edition, draft.authors),
    // A significant update of a live story would show today as its Updated time.
    updatedAt: draft.significant && stored.publishedAt ? now : stored.updatedAt,
  };
}

async function sectionOf(db: Kysely<Database>, edition: string, slug: string): Promise<Article["section"]> {
  const section = await findSectionBySlug(db, edition, slug.normalize("NFC"));
  if (!section)
    throw new AppError("VALIDATION_FAILED", `There is no section "${slug}" in the ${edition} edition.`);
  return { id: section.id, key: section.key, slug: section.slug, name: section.name };
}

/** Tags the save would create are shown as they would be created. */
async function tagsOf(db: Kysely<Database>, edition: string, names: string[]): Promise<Article["tags"]> {
  const existing = await tagsBySlugs(
    db,
    edition,
    names.map((n) => slugify(n)),
  );
  const tags = names.map(
    (name) => existing.get(slugify(name)) ?? { id: 0, edition, slug: slugify(name), name },
  );
  return tags.filter((tag, i) => tags.findIndex((t) => t.slug === tag.slug) === i);
}

async function bylineOf(db: Kysely<Database>, edition: string, slugs: string[]): Promise<Article["authors"]> {
  const found = await authorRefsBySlugs(db, edition, slugs);
  return slugs.map((slug) => {
    const author = found.get(slug);
    if (!author) throw new AppError("VALIDATION_FAILED", `There is no author "${slug}".`);
    return author;
  });
}
