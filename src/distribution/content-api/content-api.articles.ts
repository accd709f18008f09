import type { Kysely } from "kysely";
import type { Config } from "../../config/load.ts";
import { anyEditionSummariesByIds, bodiesByIds, findTranslations } from "../../content/article.queries.ts";
import {
  listArticleStream,
  type StreamFilter,
  type StreamPosition,
} from "../../content/article-stream.queries.ts";
import { type ArticleSummary, summaryPath, type Tag } from "../../content/content.ts";
import { tagsByArticle } from "../../content/taxonomy.queries.ts";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { isRowId } from "../../http/ids.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { inlinePhotoIds, renderInlinePhotos } from "../../media/inline-photos.tsx";
import { mediaByIds } from "../../media/media.queries.ts";
import type { MediaImage } from "../../media/media.ts";
import type { FocalPoint } from "../../media/media-crop.ts";
import { relatedForReaders } from "../../search/related/related-stories.ts";

type Q = Kysely<Database>;

/** A story as the Content API answers it; its names are a contract with clients, apart from the domain's. */
export interface PublicArticle {
  id: number;
  edition: string;
  url: string;
  section: { slug: string; name: string };
  kind: ArticleSummary["kind"];
  headline: string;
  standfirst: string;
  bodyHtml: string;
  authors: { slug: string; name: string }[];
  creditLine: string | null;
  publishedAt: string;
  updatedAt: string;
  leadImage: {
    url: string;
    width: number;
    height: number;
    caption: string;
    credit: string;
    alt: string;
    focalPoint: FocalPoint | null;
  } | null;
  tags: { slug: string; name: string }[];
}

/** The JSON, the summary it came from for what `include=` adds, and the photos it shows. */
export interface ApiArticle {
  summary: ArticleSummary;
  json: PublicArticle;
  /** Lead and inline, for the answer's cache keys. */
  mediaIds: number[];
}

/** The site the API's stories are read from: its address, and each edition's word before a photo's credit. */
export interface ApiSite {
  url: string;
  creditLabel: (edition: string) => string;
}

export function apiSite(config: Config): ApiSite {
  const langOf = (edition: string) => config.site.editions.find((e) => e.code === edition)?.lang ?? "";
  return { url: config.siteUrl, creditLabel: (edition) => messagesFor(langOf(edition)).photo };
}

/** Opaque cursor: base64url of the last item's publication time and id. */
function encodeCursor({ publishedAt, id }: StreamPosition): string {
  return Buffer.from(JSON.stringify([publishedAt, id])).toString("base64url");
}

function decodeCursor(cursor: string): StreamPosition {
  try {
    const [publishedAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    // The id goes to the database as is: one beyond its integer range (`1e308`) would fail there.
    if (typeof publishedAt === "string" && !publishedAt.includes("\u0000") && isRowId(id))
      return { publishedAt, id };
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out.");
}

/** One page of the stories readers may see, newest first, and the cursor of the next page. */
export async function listArticles(
  db: Q,
  site: ApiSite,
  filter: StreamFilter,
  page: { cursor?: string; limit: number },
  now: string,
): Promise<{ items: ApiArticle[]; nextCursor: string | null }> {
  const after = page.cursor === undefined ? {} : { after: decodeCursor(page.cursor) };
  const { items, more } = await listArticleStream(db, filter, { limit: page.limit, ...after }, now);
  const last = items.at(-1);
  return {
    items: await serialize(db, site, items),
    nextCursor: more && last ? encodeCursor(last) : null,
  };
}

/** The stories among `ids` that readers may see, in the order of `ids`; the others are left out. */
export async function findArticles(
  db: Q,
  site: ApiSite,
  ids: readonly number[],
  now: string,
): Promise<ApiArticle[]> {
  return serialize(db, site, await anyEditionSummariesByIds(db, ids, now));
}

/**
 * Bodies, tags and pictures for many summaries with one query each (pictures, once per edition);
 * bodies with their inline photos rendered from the library, texts in the story's edition.
 */
async function serialize(db: Q, site: ApiSite, summaries: ArticleSummary[]): Promise<ApiArticle[]> {
  if (summaries.length === 0) return [];
  const ids = summaries.map((s) => s.id);
  const [bodies, tags] = await Promise.all([bodiesByIds(db, ids), tagsByArticle(db, ids)]);
  const pictures = await picturesByEdition(db, summaries, bodies);
  return summaries.map((summary) => {
    const body = bodies.get(summary.id) ?? "";
    const images = pictures.get(summary.edition) ?? new Map<number, MediaImage>();
    const lead = summary.leadMediaId;
    return {
      summary,
      mediaIds: [...(lead === null ? [] : [lead]), ...inlinePhotoIds(body)],
      json: toPublicArticle(site.url, summary, {
        bodyHtml: renderInlinePhotos(body, images, {
          creditLabel: site.creditLabel(summary.edition),
          origin: site.url,
        }),
        tags: tags.get(summary.id) ?? [],
        image: lead === null ? undefined : images.get(lead),
      }),
    };
  });
}

/** The lead and inline pictures of the stories, with their texts in each story's edition. */
async function picturesByEdition(
  db: Q,
  summaries: ArticleSummary[],
  bodies: Map<number, string>,
): Promise<Map<string, Map<number, MediaImage>>> {
  const wanted = new Map<string, number[]>();
  for (const s of summaries) {
    const ids = wanted.get(s.edition) ?? [];
    if (s.leadMediaId !== null) ids.push(s.leadMediaId);
    ids.push(...inlinePhotoIds(bodies.get(s.id) ?? ""));
    wanted.set(s.edition, ids);
  }
  return new Map(
    await Promise.all(
      [...wanted].map(async ([edition, ids]) => [edition, await mediaByIds(db, ids, edition)] as const),
    ),
  );
}

/** The one mapper from the content summary to the API's JSON. */
function toPublicArticle(
  siteUrl: string,
  s: ArticleSummary,
  more: { bodyHtml: string; tags: Tag[]; image: MediaImage | undefined },
): PublicArticle {
  const { image } = more;
  return {
    id: s.id,
    edition: s.edition,
    url: absolute(siteUrl, summaryPath(s)),
    section: { slug: s.section.slug, name: s.section.name },
    kind: s.kind,
    headline: s.headline,
    standfirst: s.standfirst,
    bodyHtml: more.bodyHtml,
    authors: s.authors.map(({ slug, name }) => ({ slug, name })),
    creditLine: s.creditLine,
    publishedAt: s.publishedAt,
    updatedAt: s.updatedAt ?? s.publishedAt,
    leadImage: image
      ? {
          url: absolute(siteUrl, image.src),
          width: image.width,
          height: image.height,
          caption: image.caption,
          credit: image.credit,
          alt: image.alt,
          focalPoint: image.focalPoint,
        }
      : null,
    tags: more.tags.map((t) => ({ slug: t.slug, name: t.name })),
  };
}

function absolute(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, "") + path;
}

/** The other editions of the story that readers can see. */
export async function translationsOf(
  db: Q,
  siteUrl: string,
  article: ApiArticle,
  now: string,
): Promise<{ id: number; edition: string; url: string; headline: string }[]> {
  const translations = await findTranslations(db, article.summary, now);
  return translations.map((t) => ({
    id: t.id,
    edition: t.edition,
    headline: t.headline,
    url: absolute(siteUrl, t.path),
  }));
}

/** Related published stories, the ones the site shows with the story. */
export async function relatedTo(
  db: Q,
  siteUrl: string,
  article: ApiArticle,
  now: string,
): Promise<{ id: number; headline: string; url: string }[]> {
  const related = await relatedForReaders(db, article.summary, now);
  return related.map((r) => ({
    id: r.id,
    headline: r.headline,
    url: absolute(siteUrl, summaryPath(r)),
  }));
}
