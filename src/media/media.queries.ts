import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { preparedRead } from "../db/prepared-read.ts";
import { mediaIdsByFile } from "./library-photo-refs.ts";
import type { MediaVariantTable } from "./media.tables.ts";
import { MEDIA_URL_PREFIX, type MediaImage } from "./media.ts";
import { focalPointOfRow } from "./media-crop.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface NewMedia {
  fileName: string;
  mime: string;
  width: number;
  height: number;
  caption: string;
  alt: string;
  credit: string;
  variants: Omit<MediaVariantTable, "media_id">[];
  now: string;
  /** The uploaded file's own name, kept so the library can be searched by it. */
  originalName?: string;
}

export async function insertMedia(db: Q, m: NewMedia): Promise<number> {
  const { id } = await db
    .insertInto("media")
    .values({
      file_name: m.fileName,
      mime: m.mime,
      width: m.width,
      height: m.height,
      caption: m.caption,
      alt: m.alt,
      credit: m.credit,
      created_at: m.now,
      original_name: m.originalName ?? "",
      // Variants stored with the row are of the whole picture.
      ...(m.variants.length > 0 ? { variants_width: m.width, variants_height: m.height } : {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (m.variants.length > 0) {
    await db
      .insertInto("media_variants")
      .values(m.variants.map((v) => ({ media_id: id, ...v })))
      .execute();
  }
  return id;
}

export async function deleteAllMedia(db: Q): Promise<void> {
  await db.deleteFrom("media_variants").execute();
  await db.deleteFrom("media").execute();
}

function url(fileName: string): string {
  return MEDIA_URL_PREFIX + fileName;
}

const mediaRows = preparedRead((db, { ids }: { ids: readonly number[] }) =>
  db.selectFrom("media").where("id", "in", ids).selectAll(),
);
const variantRows = preparedRead((db, { ids }: { ids: readonly number[] }) =>
  db
    .selectFrom("media_variants")
    .where("media_id", "in", ids)
    .selectAll()
    .orderBy("media_id")
    .orderBy("width"),
);

const localizedRows = preparedRead((db, { ids, edition }: { ids: readonly number[]; edition: string }) =>
  db
    .selectFrom("media_localizations")
    .where("media_id", "in", ids)
    .where("edition", "=", edition)
    .select(["media_id", "caption", "alt"]),
);

/**
 * Renderable images for many media ids at once; with an edition, the caption and alt text written
 * for it, each falling back to the photo's own when that edition has none.
 */
export async function mediaByIds(
  db: Q,
  ids: readonly number[],
  edition?: string,
): Promise<Map<number, MediaImage>> {
  const images = new Map<number, MediaImage>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return images;
  const [rows, variants, localized] = await Promise.all([
    mediaRows(db, { ids: unique }),
    variantRows(db, { ids: unique }),
    edition === undefined ? [] : localizedRows(db, { ids: unique, edition }),
  ]);
  const texts = new Map(localized.map((l) => [l.media_id, l]));
  for (const row of rows) {
    const inEdition = texts.get(row.id);
    const own = variants.filter((v) => v.media_id === row.id);
    const srcset = (format: string) =>
      own
        .filter((v) => v.format === format)
        .map((v) => `${url(v.file_name)} ${v.width}w`)
        .join(", ");
    const jpegs = own.filter((v) => v.format === "jpeg");
    const fallback = jpegs.find((v) => v.width >= 960) ?? jpegs.at(-1);
    const widest = jpegs.at(-1);
    const original = { src: url(row.file_name), width: row.width, height: row.height };
    // Sized as the picture the variants were cut from, which may be an older crop until the job
    // for a new one has run: never the original's size for a crop's pixels, or the reverse.
    const shown =
      widest && row.variants_width && row.variants_height
        ? { width: row.variants_width, height: row.variants_height }
        : original;
    images.set(row.id, {
      id: row.id,
      width: shown.width,
      height: shown.height,
      focalPoint: focalPointOfRow(row),
      caption: inEdition?.caption || row.caption,
      alt: inEdition?.alt || row.alt,
      credit: row.credit,
      // Until the variants job has run, the original itself is the picture.
      src: url(fallback?.file_name ?? row.file_name),
      srcset: { avif: srcset("avif"), webp: srcset("webp"), jpeg: srcset("jpeg") },
      thumbnail: url(jpegs[0]?.file_name ?? row.file_name),
      largest: widest ? { src: url(widest.file_name), width: widest.width, height: widest.height } : original,
    });
  }
  return images;
}

/**
 * Ids of the media records whose original or variant file a body's `/media/…` URLs point at,
 * so the texts of inline photos can be checked like those of the lead photo.
 */
export async function mediaIdsForUrls(db: Q, urls: readonly string[]): Promise<number[]> {
  const files = urls
    .filter((u) => u.startsWith(MEDIA_URL_PREFIX))
    .map((u) => u.slice(MEDIA_URL_PREFIX.length));
  return [...new Set((await mediaIdsByFile(db, files)).values())];
}
