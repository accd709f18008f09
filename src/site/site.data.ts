import type { Kysely } from "kysely";
import {
  findPublishedArticle,
  findTranslations,
  latestPublished,
  listPublished,
  summariesByIds,
} from "../content/article.queries.ts";
import type { Article, ArticleSummary, Section, Translation } from "../content/content.ts";
import { type FrontPageCuration, findFrontPage } from "../content/front-page.queries.ts";
import type { Database } from "../db/database.ts";
import { inlinePhotoIds } from "../media/inline-photos.tsx";
import { mediaByIds } from "../media/media.queries.ts";
import type { MediaImage } from "../media/media.ts";
import { relatedForReaders } from "../search/related/related-stories.ts";
import type { ArticlePageData } from "./views/article.page.tsx";
import type { FrontPageData } from "./views/front.page.tsx";

type Q = Kysely<Database>;

const OPINION_COUNT = 6;
const FRONT_TOP_COUNT = 5;
const FRONT_SECTION_COUNT = 4;

/** The lead pictures of `stories` (and any `extra` media) in one query, with their texts in the edition. */
export async function imagesFor(
  db: Q,
  edition: string,
  stories: ArticleSummary[],
  extra: (number | null)[] = [],
): Promise<Map<number, MediaImage>> {
  const ids = [...stories.map((s) => s.leadMediaId), ...extra].filter((id): id is number => id !== null);
  return mediaByIds(db, ids, edition);
}

export async function latestOpinion(db: Q, edition: string, now: string): Promise<ArticleSummary[]> {
  const [opinion = []] = await latestPublished(db, [{ edition, kind: "opinion" }], now, OPINION_COUNT);
  return opinion;
}

/** The editors' lead and slots first, filled up with the latest news. */
async function topStories(
  db: Q,
  edition: string,
  now: string,
  arranged?: FrontPageCuration,
): Promise<ArticleSummary[]> {
  const curation = arranged ?? (await findFrontPage(db, edition));
  const curatedIds = [...(curation.lead === null ? [] : [curation.lead]), ...curation.slots];
  const curated = await summariesByIds(db, edition, curatedIds, now);
  const [fill = []] = await latestPublished(
    db,
    [{ edition, kind: "news", excludeIds: curated.map((s) => s.id) }],
    now,
    Math.max(0, FRONT_TOP_COUNT - curated.length),
  );
  return [...curated, ...fill];
}

/**
 * Latest news on top, then the newest few of every section, then the opinion rail. `arranged`
 * stands in for the saved curation (the newsroom's preview of an unsaved arrangement).
 */
export async function loadFrontPage(
  db: Q,
  sections: Section[],
  edition: string,
  now: string,
  arranged?: FrontPageCuration,
): Promise<FrontPageData> {
  const opinionSection = sections.find((s) => s.key === "opinion");
  const [top, opinion] = await Promise.all([
    topStories(db, edition, now, arranged),
    latestOpinion(db, edition, now),
  ]);
  const shown = top.map((s) => s.id);
  const listed = sections.filter((s) => s !== opinionSection);
  const latest = await latestPublished(
    db,
    listed.map((section) => ({ edition, sectionId: section.id, excludeIds: shown })),
    now,
    FRONT_SECTION_COUNT,
  );
  const nonEmpty = listed
    .map((section, i) => ({ section, stories: latest[i] ?? [] }))
    .filter((b) => b.stories.length > 0);
  const images = await imagesFor(db, edition, [...top, ...nonEmpty.flatMap((b) => b.stories)]);
  return { top, bySection: nonEmpty, opinion, images };
}

export type ArticlePageWithTranslations = ArticlePageData & { translations: Translation[] };

export async function loadArticlePage(
  db: Q,
  edition: string,
  sectionSlug: string,
  slug: string,
  now: string,
): Promise<ArticlePageWithTranslations | undefined> {
  const article = await findPublishedArticle(db, edition, sectionSlug, slug, now);
  return article && completeArticlePage(db, article, now);
}

/** A story as it would look published now, whatever its status: the newsroom's preview. */
export async function loadArticlePreview(
  db: Q,
  article: Article,
  now: string,
): Promise<ArticlePageWithTranslations> {
  return completeArticlePage(db, { ...article, publishedAt: article.publishedAt || now }, now);
}

async function completeArticlePage(
  db: Q,
  article: Article,
  now: string,
): Promise<ArticlePageWithTranslations> {
  const [related, opinion, translations] = await Promise.all([
    relatedForReaders(db, article, now),
    latestOpinion(db, article.edition, now),
    findTranslations(db, article, now),
  ]);
  const images = await imagesFor(db, article.edition, related, [
    article.leadMediaId,
    article.socialMediaId,
    ...inlinePhotoIds(article.bodyHtml),
  ]);
  const lead = article.leadMediaId ? images.get(article.leadMediaId) : undefined;
  return {
    article,
    lead,
    related,
    opinion: opinion.filter((o) => o.id !== article.id),
    images,
    translations,
  };
}

export interface ListingSlice {
  stories: ArticleSummary[];
  images: Map<number, MediaImage>;
  pageCount: number;
}

/** One page of a listing; `undefined` when the page number is past the end. */
export async function loadListing(
  db: Q,
  filter: { edition: string; sectionId?: number; authorId?: number; tagId?: number },
  page: number,
  pageSize: number,
  now: string,
  extraMediaIds: (number | null)[] = [],
): Promise<ListingSlice | undefined> {
  const result = await listPublished(db, filter, now, { limit: pageSize, offset: (page - 1) * pageSize });
  const pageCount = Math.max(1, Math.ceil(result.total / pageSize));
  if (page > pageCount) return undefined;
  return {
    stories: result.items,
    images: await imagesFor(db, filter.edition, result.items, extraMediaIds),
    pageCount,
  };
}
