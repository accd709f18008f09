import { type Kysely, type Selectable, sql, type Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import type { PlannedVariant } from "./image-store.ts";
import type { MediaTable } from "./media.tables.ts";
import { MEDIA_URL_PREFIX } from "./media.ts";
import { type Crop, cropOfRow, type FocalPoint, focalPointOfRow } from "./media-crop.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** A media record as the newsroom sees it: the original, its texts, and whether its variants exist. */
export interface MediaRecord {
  id: number;
  url: string;
  thumbnailUrl: string;
  /** The original's size; the crop is in its pixels. */
  width: number;
  height: number;
  crop: Crop | null;
  focalPoint: FocalPoint | null;
  caption: string;
  credit: string;
  alt: string;
  /** The uploaded file's own name ("" when not known). */
  fileName: string;
  /** Caption and alt text written for particular editions; the others show `caption` and `alt`. */
  localizations: MediaLocalization[];
  /** All three texts are set, so a story using the picture may be published. */
  complete: boolean;
  variantsReady: boolean;
  createdAt: string;
}

export interface MediaLocalization {
  edition: string;
  caption: string;
  alt: string;
}

export interface MediaTexts {
  caption: string;
  credit: string;
  alt: string;
}

export async function findMediaRow(db: Q, id: number) {
  return db.selectFrom("media").where("id", "=", id).selectAll().executeTakeFirst();
}

/**
 * The row, locked on PostgreSQL until the transaction ends, so writers of one photo take turns
 * (SQLite has a single writer anyway).
 */
export async function lockMediaRow(trx: Transaction<Database>, id: number) {
  return trx
    .selectFrom("media")
    .where("id", "=", id)
    .selectAll()
    .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Sets the crop (null: the whole picture) and the focal point (null: the centre). */
export async function updateMediaCrop(
  db: Q,
  id: number,
  crop: Crop | null,
  focalPoint: FocalPoint | null,
): Promise<void> {
  await db
    .updateTable("media")
    .set({
      crop_x: crop?.x ?? null,
      crop_y: crop?.y ?? null,
      crop_width: crop?.width ?? null,
      crop_height: crop?.height ?? null,
      focal_x: focalPoint?.x ?? null,
      focal_y: focalPoint?.y ?? null,
    })
    .where("id", "=", id)
    .execute();
}

/** Newsroom records for many ids at once, in the order of `ids`; missing ids are left out. */
export async function mediaRecords(db: Q, ids: readonly number[]): Promise<MediaRecord[]> {
  if (ids.length === 0) return [];
  const [rows, thumbnails, localized] = await Promise.all([
    db.selectFrom("media").where("id", "in", ids).selectAll().execute(),
    narrowestJpegs(db, ids),
    db
      .selectFrom("media_localizations")
      .where("media_id", "in", ids)
      .select(["media_id", "edition", "caption", "alt"])
      .orderBy("edition")
      .execute(),
  ]);
  const byId = new Map(
    rows.map((row) => [
      row.id,
      toRecord(
        row,
        thumbnails.get(row.id),
        localized
          .filter((l) => l.media_id === row.id)
          .map(({ edition, caption, alt }) => ({ edition, caption, alt })),
      ),
    ]),
  );
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

function toRecord(
  row: Selectable<MediaTable>,
  thumbnail: string | undefined,
  localizations: MediaLocalization[],
): MediaRecord {
  return {
    id: row.id,
    url: MEDIA_URL_PREFIX + row.file_name,
    thumbnailUrl: MEDIA_URL_PREFIX + (thumbnail ?? row.file_name),
    width: row.width,
    height: row.height,
    crop: cropOfRow(row),
    focalPoint: focalPointOfRow(row),
    caption: row.caption,
    credit: row.credit,
    alt: row.alt,
    fileName: row.original_name,
    localizations,
    complete: row.caption !== "" && row.credit !== "" && row.alt !== "",
    variantsReady: thumbnail !== undefined,
    createdAt: row.created_at,
  };
}

/** What the library is narrowed to: words each found in a photo's texts or file name, and upload days. */
export interface MediaFilter {
  /** Lower-cased NFC words; every one must appear in the caption, credit or file name. */
  words?: readonly string[];
  /** Uploaded at or after this instant (ISO). */
  from?: string;
  /** Uploaded before this instant (ISO). */
  before?: string;
}

/** One page of ids, newest first; `beforeId` continues after the previous page's last id. */
export async function mediaIdsPage(
  db: Q,
  page: { beforeId?: number | undefined; limit: number; filter?: MediaFilter },
): Promise<number[]> {
  let query = db.selectFrom("media").select("id").orderBy("id", "desc").limit(page.limit);
  if (page.beforeId !== undefined) query = query.where("id", "<", page.beforeId);
  const { words = [], from, before } = page.filter ?? {};
  if (from !== undefined) query = query.where("created_at", ">=", from);
  if (before !== undefined) query = query.where("created_at", "<", before);
  for (const word of words) {
    const pattern = `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    // lower() on both engines (SQLite's folds ASCII only, which Bangla needs no folding for), and
    // an explicit escape character, since SQLite's LIKE has none by default.
    const contains = (column: "caption" | "credit" | "original_name") =>
      sql<boolean>`lower(${sql.ref(`media.${column}`)}) like ${pattern} escape '!'`;
    query = query.where((eb) => eb.or([contains("caption"), contains("credit"), contains("original_name")]));
  }
  return (await query.execute()).map((row) => row.id);
}

/** Deletes a photo's row (its variant rows go with it) and answers the files no other photo names. */
export async function deleteMediaRow(db: Q, id: number): Promise<string[]> {
  const own = [
    ...(await db.selectFrom("media").where("id", "=", id).select("file_name").execute()),
    ...(await db.selectFrom("media_variants").where("media_id", "=", id).select("file_name").execute()),
  ].map((r) => r.file_name);
  await db.deleteFrom("media").where("id", "=", id).execute();
  return unreferencedFiles(db, own);
}

/** Those of `files` no photo or variant row names: files are named by the hash of their bytes (and crop), so photos share them. */
export async function unreferencedFiles(db: Q, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const shared = new Set(
    [
      ...(await db.selectFrom("media").where("file_name", "in", files).select("file_name").execute()),
      ...(await db
        .selectFrom("media_variants")
        .where("file_name", "in", files)
        .select("file_name")
        .execute()),
    ].map((r) => r.file_name),
  );
  return files.filter((name) => !shared.has(name));
}

export async function updateMediaTexts(db: Q, id: number, texts: Partial<MediaTexts>): Promise<void> {
  if (Object.keys(texts).length === 0) return;
  await db.updateTable("media").set(texts).where("id", "=", id).execute();
}

/** Writes an edition's caption and alt text; both empty removes them, so the edition shows the default. */
export async function writeMediaLocalization(db: Q, id: number, text: MediaLocalization): Promise<void> {
  const where = db
    .deleteFrom("media_localizations")
    .where("media_id", "=", id)
    .where("edition", "=", text.edition);
  if (text.caption === "" && text.alt === "") {
    await where.execute();
    return;
  }
  await db
    .insertInto("media_localizations")
    .values({ media_id: id, edition: text.edition, caption: text.caption, alt: text.alt })
    .onConflict((oc) =>
      oc.columns(["media_id", "edition"]).doUpdateSet({ caption: text.caption, alt: text.alt }),
    )
    .execute();
}

/**
 * Replaces a picture's variant rows (so a retried job never trips over its own earlier rows) and
 * records the size they were cut from; answers the file names the old rows had and the new lack.
 */
export async function replaceVariants(
  db: Q,
  mediaId: number,
  variants: PlannedVariant[],
  source: { width: number; height: number },
): Promise<string[]> {
  const old = await db
    .deleteFrom("media_variants")
    .where("media_id", "=", mediaId)
    .returning("file_name")
    .execute();
  await db
    .updateTable("media")
    .set({ variants_width: source.width, variants_height: source.height })
    .where("id", "=", mediaId)
    .execute();
  if (variants.length > 0)
    await db
      .insertInto("media_variants")
      .values(variants.map((v) => ({ media_id: mediaId, ...v })))
      .execute();
  const kept = new Set(variants.map((v) => v.file_name));
  return old.map((r) => r.file_name).filter((name) => !kept.has(name));
}
