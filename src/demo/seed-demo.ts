import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import {
  countArticles,
  createArticle,
  createAuthor,
  createSection,
  createTag,
  deleteAllContent,
} from "../content/content.writes.ts";
import type { Database } from "../db/database.ts";
import { findStoredImage, type StoredImage, storeJpegWithVariants } from "../media/image-store.ts";
import { deleteAllMedia, insertMedia } from "../media/media.queries.ts";
import type { MediaStorage } from "../media/media-storage.ts";
import { rebuildSearch } from "../search/search-rebuild.ts";
import { buildDemoContent } from "./demo-content.ts";
import { renderDemoPhoto } from "./demo-images.ts";
import type { DemoContent, DemoPhoto } from "./demo-types.ts";

export interface SeedResult {
  seeded: boolean;
  articles: number;
}

/**
 * Loads the demo newspaper. Without `reset` it only seeds an empty database; with it, every
 * article, author, section, tag and media record is replaced in one transaction.
 */
export async function seedDemo(
  db: Kysely<Database>,
  options: { media: MediaStorage; now: Date; reset: boolean; onStart?: () => void },
): Promise<SeedResult> {
  const existing = await countArticles(db);
  if (!options.reset && existing > 0) return { seeded: false, articles: existing };
  options.onStart?.();
  const content = buildDemoContent();
  const images = await storePhotos(options.media, content.photos);
  await db.transaction().execute(async (trx) => {
    if (options.reset) {
      await deleteAllContent(trx);
      await deleteAllMedia(trx);
    }
    await insertContent(trx, content, images, options.now);
  });
  await rebuildSearch(db, options.now);
  return { seeded: true, articles: content.articles.length };
}

/** Photos rendered at once: sharp encodes on its own thread pool, so a few in flight keep both cores busy. */
const PHOTO_CONCURRENCY = 4;

/** Renders each demo photo once; files are named by their drawing recipe so a re-seed reuses them. */
async function storePhotos(media: MediaStorage, photos: DemoPhoto[]): Promise<Map<string, StoredImage>> {
  const stored = new Map<string, StoredImage>();
  const queue = [...photos];
  async function worker() {
    for (let photo = queue.shift(); photo; photo = queue.shift()) {
      stored.set(photo.key, await storePhoto(media, photo));
    }
  }
  await Promise.all(Array.from({ length: PHOTO_CONCURRENCY }, worker));
  return stored;
}

async function storePhoto(media: MediaStorage, photo: DemoPhoto): Promise<StoredImage> {
  const recipe = createHash("sha256")
    .update(JSON.stringify([photo.scene, photo.width, photo.height]))
    .digest("hex");
  const baseName = `demo/${photo.key}-${recipe.slice(0, 12)}`;
  const existing = await findStoredImage(media, baseName, photo.width, photo.height);
  return existing ?? storeJpegWithVariants(media, await renderDemoPhoto(photo), baseName);
}

async function insertContent(
  trx: Transaction<Database>,
  content: DemoContent,
  images: Map<string, StoredImage>,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  const photos = new Map(content.photos.map((p) => [p.key, p]));
  const mediaIds = new Map<string, number>();
  async function mediaId(photoKey: string | null, edition: string): Promise<number | null> {
    const photo = photoKey ? photos.get(photoKey) : undefined;
    const image = photoKey ? images.get(photoKey) : undefined;
    if (!photo || !image) return null;
    const cacheKey = `${photoKey}|${edition}`;
    const known = mediaIds.get(cacheKey);
    if (known !== undefined) return known;
    const id = await insertMedia(trx, {
      ...image,
      caption: photo.caption[edition] ?? "",
      alt: photo.alt[edition] ?? "",
      credit: photo.credit,
      now: stamp,
    });
    mediaIds.set(cacheKey, id);
    return id;
  }

  const sectionIds = new Map<string, number>();
  for (const s of content.sections) {
    const localizations = Object.keys(s.name).map((edition) => ({
      edition,
      slug: s.slug[edition] ?? s.key,
      name: s.name[edition] ?? s.key,
    }));
    sectionIds.set(s.key, await createSection(trx, { key: s.key, position: s.position, localizations }));
  }
  const tagIds = new Map<string, number>();
  for (const tag of content.tags) tagIds.set(`${tag.edition}|${tag.slug}`, await createTag(trx, tag));
  const authorIds = new Map<string, number>();
  for (const a of content.authors) {
    const localizations = Object.keys(a.name).map((edition) => ({
      edition,
      name: a.name[edition] ?? a.slug,
      title: a.title[edition] ?? "",
      bio: a.bio[edition] ?? "",
    }));
    const photoMediaId = await mediaId(a.photo, "en");
    authorIds.set(
      a.slug,
      await createAuthor(trx, { slug: a.slug, kind: a.kind, photoMediaId, localizations }),
    );
  }
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
  for (const a of content.articles) {
    await createArticle(trx, {
      edition: a.edition,
      translationGroup: a.translationKey ? `demo-${a.translationKey}` : null,
      sectionId: required(sectionIds, a.sectionKey),
      kind: a.kind,
      slug: a.slug,
      headline: a.headline,
      standfirst: a.standfirst,
      bodyHtml: a.bodyHtml,
      creditLine: a.creditLine,
      datelinePlace: a.datelinePlace,
      leadMediaId: await mediaId(a.leadPhoto, a.edition),
      status: "published",
      publishedAt: minutesAgo(a.publishedMinutesAgo),
      updatedAt: a.updatedMinutesAgo === null ? null : minutesAgo(a.updatedMinutesAgo),
      authorIds: a.authorSlugs.map((slug) => required(authorIds, slug)),
      tagIds: a.tagSlugs.map((slug) => required(tagIds, `${a.edition}|${slug}`)),
      now: stamp,
    });
  }
}

function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo content refers to unknown key ${key}`);
  return value;
}
