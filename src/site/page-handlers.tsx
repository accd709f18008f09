import type { ComponentChildren } from "preact";
import { cacheKey } from "../cache/cache-keys.ts";
import { type Article, summaryPath } from "../content/content.ts";
import type { FrontPageCuration } from "../content/front-page.queries.ts";
import {
  findAuthorBySlug,
  findSectionBySlug,
  findTagBySlug,
  listSections,
} from "../content/taxonomy.queries.ts";
import { liveBlogPostingJsonLd } from "../distribution/live-blog-posting.ts";
import {
  breadcrumbJsonLd,
  frontPageJsonLd,
  newsArticleJsonLd,
  type Publisher,
} from "../distribution/structured-data.ts";
import type { LiveBlogData } from "../live/live-blog.view.tsx";
import { entryPath, liveBlogChangedAt } from "../live/live-entries.public.ts";
import { readLiveStream } from "../live/live-entries.queries.ts";
import type { MediaImage } from "../media/media.ts";
import { Picture } from "../media/picture.tsx";
import type { EditionContext } from "./edition-context.ts";
import { shownKeys } from "./page-keys.ts";
import { loadSearchPage } from "./search.data.ts";
import type { SearchRequest } from "./search-query.ts";
import {
  type ArticlePageWithTranslations,
  loadArticlePage,
  loadArticlePreview,
  loadFrontPage,
  loadListing,
} from "./site.data.ts";
import { LOGO_PATH } from "./site-assets.ts";
import type { PageBody, PageDeps } from "./site-pages.tsx";
import { ArticlePage, type PreviewState } from "./views/article.page.tsx";
import { pictureClass } from "./views/focus-class.ts";
import { FrontPage } from "./views/front.page.tsx";
import { ListingPage, type ListingPageData, pagePath } from "./views/listing.page.tsx";
import { SearchPage } from "./views/search.page.tsx";

/** Each handler builds one page type's body, or `undefined` for "no such page" (rendered as the 404). */

/**
 * The edition's front page. With `arranged`, the newsroom's preview of an arrangement not yet
 * saved: the same page in its place, with the preview banner, kept out of search engines.
 */
export async function frontPage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  arranged?: FrontPageCuration,
): Promise<PageBody> {
  const edition = ctx.edition.code;
  const sections = await listSections(deps.db, edition);
  const data = await loadFrontPage(deps.db, sections, edition, now.toISOString(), arranged);
  const shown = [...data.top, ...data.bySection.flatMap((b) => b.stories), ...data.opinion];
  return {
    keys: [
      cacheKey.front(edition),
      cacheKey.latest(edition, "news"),
      cacheKey.latest(edition, "opinion"),
      ...sections.map((s) => cacheKey.section(s.id, edition)),
      ...shownKeys(shown, data.images),
    ],
    head: {
      title: ctx.siteName,
      description: ctx.t.footerNote,
      canonicalPath: `/${edition}/`,
      jsonLd: frontPageJsonLd(publisher(ctx), edition, ctx.edition.lang),
      ...(arranged && { robots: "noindex, nofollow" }),
    },
    body: <FrontPage ctx={ctx} data={data} preview={arranged !== undefined} />,
  };
}

export async function articlePage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  sectionSlug: string,
  slug: string,
  page = 1,
): Promise<PageBody | undefined> {
  const data = await loadArticlePage(deps.db, ctx.edition.code, sectionSlug, slug, now.toISOString());
  if (!data) return undefined;
  if (data.article.kind !== "live") return articleBody(ctx, data);
  const [stream, changedAt] = await Promise.all([
    readLiveStream(deps.db, data.article.id, page),
    liveBlogChangedAt(deps.db, data.article.id),
  ]);
  // A page past the stream's last is missing, as a listing's is.
  if (page > stream.pages) return undefined;
  const path = summaryPath(data.article);
  const live = { stream, page, path, scriptPath: deps.liveScriptPath };
  const body = articleBody(ctx, { ...data, live });
  return { ...body, head: liveBlogHead(ctx, data, body.head, live, changedAt) };
}

/**
 * A live blog describes itself as a LiveBlogPosting of the entries this page shows (the pinned
 * one at its address on the first page), is modified when its stream last changed, and offers its
 * own feed of entries.
 */
function liveBlogHead(
  ctx: EditionContext,
  data: ArticlePageWithTranslations,
  head: PageBody["head"],
  live: LiveBlogData,
  changedAt: string | null,
): PageBody["head"] {
  const { stream, page, path } = live;
  const shown = [
    ...(stream.pinned ? [{ entry: stream.pinned, path: entryPath(path, stream.pinned.id) }] : []),
    ...stream.entries.map((entry) => ({ entry, path: entryPath(path, entry.id, page) })),
  ];
  const posting = liveBlogPostingJsonLd(publisher(ctx), data.article, data.lead, ctx.edition.lang, {
    shown,
    changedAt,
    endedAt: stream.endedAt,
  });
  return {
    ...head,
    jsonLd: [posting, breadcrumbJsonLd(publisher(ctx), data.article, ctx.t.home)],
    // Shares and search engines see the same last change: the stream's, when it is newer.
    social: head.social && { ...head.social, modifiedAt: posting.dateModified },
    feedBase: `${path}/`,
  };
}

/** The newsroom's preview of a story: the real article page, kept out of search engines, with a banner. */
export async function previewPage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  article: Article,
  preview: PreviewState,
): Promise<PageBody> {
  const data = await loadArticlePreview(deps.db, article, now.toISOString());
  const body = articleBody(ctx, { ...data, preview });
  return { ...body, head: { ...body.head, robots: "noindex, nofollow" } };
}

function publisher(ctx: EditionContext): Publisher {
  return { name: ctx.siteName, siteUrl: ctx.siteUrl, logoUrl: `${ctx.siteUrl}${LOGO_PATH}` };
}

function articleBody(ctx: EditionContext, data: ArticlePageWithTranslations): PageBody {
  const { article, lead } = data;
  const p = publisher(ctx);
  const shared = article.socialMediaId === null ? undefined : data.images.get(article.socialMediaId);
  return {
    keys: [
      ...shownKeys([article, ...data.related, ...data.opinion], data.images),
      cacheKey.related(article.id),
      cacheKey.latest(article.edition, "opinion"),
      ...(article.translationGroup ? [cacheKey.translations(article.translationGroup)] : []),
    ],
    head: {
      // The story's own search and social texts when it has them (JSON-LD keeps the headline).
      title: article.headline,
      searchTitle: article.seoTitle ?? undefined,
      description: article.seoDescription ?? article.standfirst,
      canonicalPath: summaryPath(article),
      translations: data.translations,
      jsonLd: [
        newsArticleJsonLd(p, article, lead, ctx.edition.lang),
        breadcrumbJsonLd(p, article, ctx.t.home),
      ],
      social: {
        type: "article",
        title: article.socialTitle ?? article.headline,
        description: article.socialDescription ?? article.standfirst,
        image: shared
          ? {
              url: ctx.siteUrl + shared.largest.src,
              width: shared.largest.width,
              height: shared.largest.height,
              alt: shared.alt,
            }
          : lead && { url: ctx.siteUrl + lead.src, width: lead.width, height: lead.height, alt: lead.alt },
        publishedAt: article.publishedAt,
        modifiedAt: article.updatedAt ?? article.publishedAt,
        section: article.section.name,
      },
    },
    body: <ArticlePage ctx={ctx} data={data} />,
    currentSectionKey: article.section.key,
  };
}

type ListingTarget = Omit<ListingPageData, "stories" | "images" | "page" | "pageCount" | "intro"> & {
  /** Built once the listing's pictures are loaded, so an author's portrait comes in the same query. */
  intro?: (images: Map<number, MediaImage>) => ComponentChildren;
  filter: { sectionId?: number; authorId?: number; tagId?: number };
  /** The listing's own keys; the stories shown add theirs. */
  keys: string[];
  currentSectionKey?: string;
  extraMediaIds?: (number | null)[];
  description?: string;
};

async function listingPage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  page: number,
  target: ListingTarget,
) {
  const slice = await loadListing(
    deps.db,
    { edition: ctx.edition.code, ...target.filter },
    page,
    deps.config.site.pageSize,
    now.toISOString(),
    target.extraMediaIds,
  );
  if (!slice) return undefined;
  const data: ListingPageData = { ...target, ...slice, page, intro: target.intro?.(slice.images) };
  const title =
    page > 1
      ? `${target.title} (${ctx.t.pageOf(ctx.number(page), ctx.number(slice.pageCount))})`
      : target.title;
  return {
    keys: [...target.keys, ...shownKeys(slice.stories, slice.images)],
    head: {
      title,
      description: target.description,
      canonicalPath: pagePath(target.basePath, page),
      feedBase: target.basePath.endsWith("/") ? target.basePath : `${target.basePath}/`,
    },
    body: <ListingPage ctx={ctx} data={data} />,
    currentSectionKey: target.currentSectionKey,
  } satisfies PageBody;
}

export async function sectionPage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  slug: string,
  page: number,
) {
  const section = await findSectionBySlug(deps.db, ctx.edition.code, slug);
  if (!section) return undefined;
  return listingPage(deps, ctx, now, page, {
    title: section.name,
    basePath: `/${ctx.edition.code}/${encodeURIComponent(section.slug)}/`,
    filter: { sectionId: section.id },
    keys: [cacheKey.section(section.id, ctx.edition.code)],
    currentSectionKey: section.key,
  });
}

export async function tagPage(deps: PageDeps, ctx: EditionContext, now: Date, slug: string, page: number) {
  const tag = await findTagBySlug(deps.db, ctx.edition.code, slug);
  if (!tag) return undefined;
  return listingPage(deps, ctx, now, page, {
    title: ctx.t.storiesTagged(tag.name),
    basePath: `/${ctx.edition.code}/tag/${encodeURIComponent(tag.slug)}`,
    filter: { tagId: tag.id },
    keys: [cacheKey.tag(tag.id)],
  });
}

export async function authorPage(deps: PageDeps, ctx: EditionContext, now: Date, slug: string, page: number) {
  const author = await findAuthorBySlug(deps.db, ctx.edition.code, slug);
  if (!author) return undefined;
  return listingPage(deps, ctx, now, page, {
    title: author.name,
    description: author.bio,
    basePath: `/${ctx.edition.code}/author/${encodeURIComponent(author.slug)}`,
    filter: { authorId: author.id },
    keys: [cacheKey.author(author.slug, ctx.edition.code), cacheKey.byline(author.slug)],
    extraMediaIds: [author.photoMediaId],
    intro: (images) => {
      const portrait = author.photoMediaId ? images.get(author.photoMediaId) : undefined;
      return (
        <div class="author-intro">
          {portrait && (
            <Picture
              image={portrait}
              sizes="8rem"
              alt={author.name}
              eager
              className={pictureClass("author-portrait", portrait.focalPoint)}
            />
          )}
          <div>
            <p class="author-title">{author.title}</p>
            <p class="author-bio">{author.bio}</p>
          </div>
        </div>
      );
    },
  });
}

/** Search results are for readers, not for search engines: every search page is `noindex`. */
export async function searchPage(
  deps: PageDeps,
  ctx: EditionContext,
  now: Date,
  request: SearchRequest,
): Promise<PageBody> {
  const data = await loadSearchPage(deps.db, ctx.edition, request, now.toISOString(), deps.config.site);
  const q = request.valid ? request.params.q.trim() : "";
  const page = data.results?.page ?? 1;
  const titled = q ? `${ctx.t.searchTitle}: ${q}` : ctx.t.searchTitle;
  const pageCount = data.results?.pageCount ?? 1;
  return {
    head: {
      title: page > 1 ? `${titled} (${ctx.t.pageOf(ctx.number(page), ctx.number(pageCount))})` : titled,
      robots: "noindex",
    },
    body: <SearchPage ctx={ctx} data={data} />,
    status: request.valid ? 200 : 400,
  };
}
