import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { PlannedVariant } from "./image-store.ts";
import type { MediaTable } from "./media.tables.ts";
import { MEDIA_URL_PREFIX } from "./media.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** A media record as the newsroom sees it: the original, its texts, and whether its variants exist. */
export interface MediaRecord {
  id: number;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
  alt: string;
  /** The uploaded file's own name ("" when not known). */
  fileName: string;
  /** All three texts are set, so a story using the picture may be published. */
  complete: boolean;
  variantsReady: boolean;
  createdAt: string;
}

export interface MediaTexts {
  caption: string;
  credit: string;
  alt: string;
}

export async function findMediaRow(db: Q, id: number) {
  return db.selectFrom("media").where("id", "=", id).selectAll().executeTakeFirst();
}

/** Newsroom records for many ids at once, in the order of `ids`; missing ids are left out. */
export async function mediaRecords(db: Q, ids: readonly number[]): Promise<MediaRecord[]> {
  if (ids.length === 0) return [];
  const [rows, thumbnails] = await Promise.all([
    db.selectFrom("media").where("id", "in", ids).selectAll().execute(),
    narrowestJpegs(db, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, toRecord(row, thumbnails.get(row.id))]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The narrowest JPEG variant per media id: the thumbnail, and proof that the variants job finished. */
async function narrowestJpegs(db: Q, ids: readonly number[]): Promise<Map<number, string>> {
  const variants = await db
    .selectFrom("media_variants")
    .where("media_id", "in", ids)
    .where("format", "=", "jpeg")
    .select(["media_id", "file_name"])
    .orderBy("media_id")
    .orderBy("width", "desc")
    .execute();
  // Ordered widest first, so the last write per id wins with the narrowest.
  return new Map(variants.map((v) => [v.media_id, v.file_name]));
}

function toRecord(row: Selectable<MediaTable>, thumbnail: string | undefined): MediaRecord {
  return {
    id: row.id,
    url: MEDIA_URL_PREFIX + row.file_name,
    thumbnailUrl: MEDIA_URL_PREFIX + (thumbnail ?? row.file_name),
    width: row.width,
    height: row.height,
    caption: row.caption,
    credit: row.credit,
    alt: row.alt,
    fileName: row.original_name,
    complete: row.caption !== "" && row.credit !== "" && row.alt !== "",
    variantsReady: thumbnail !== undefined,
    createdAt: row.created_at,
  };
}

/** One page of ids, newest first; `beforeId` continues after the previous page's last id. */
export async function mediaIdsPage(db: Q, page: { beforeId?: number; limit: number }): Promise<number[]> {
  let query = db.selectFrom("media").select("id").orderBy("id", "desc").limit(page.limit);
  if (page.beforeId !== undefined) query = query.where("id", "<", page.beforeId);
  return (await query.execute()).map((row) => row.id);
}

export async function updateMediaTexts(db: Q, id: number, texts: Partial<MediaTexts>): Promise<void> {
  if (Object.keys(texts).length === 0) return;
  await db.updateTable("media").set(texts).where("id", "=", id).execute();
}

/** Replaces a picture's variant rows, so a retried job never trips over its own earlier rows. */
export async function replaceVariants(db: Q, mediaId: number, variants: PlannedVariant[]): Promise<void> {
  await db.deleteFrom("media_variants").where("media_id", "=", mediaId).execute();
  if (variants.length === 0) return;
  await db
    .insertInto("media_variants")
    .values(variants.map((v) => ({ media_id: mediaId, ...v })))
    .execute();
}
