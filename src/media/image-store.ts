import { createHash } from "node:crypto";
import { access, mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import type { MediaVariantTable } from "./media.tables.ts";
import { VARIANT_WIDTHS } from "./media.ts";

export interface StoredImage {
  fileName: string;
  mime: string;
  width: number;
  height: number;
  variants: Omit<MediaVariantTable, "media_id">[];
}

/** The files an image of this size has under `baseName`: the original JPEG and a WebP and JPEG per width. */
function plannedFiles(baseName: string, width: number, height: number): StoredImage {
  const variants = VARIANT_WIDTHS.filter((w) => w <= width).flatMap((w) => {
    const h = Math.round((height * w) / width);
    return [
      { format: "webp" as const, width: w, height: h, file_name: `${baseName}-${w}.webp` },
      { format: "jpeg" as const, width: w, height: h, file_name: `${baseName}-${w}.jpg` },
    ];
  });
  return { fileName: `${baseName}.jpg`, mime: "image/jpeg", width, height, variants };
}

/** A content-addressed base name, so the same picture stored twice shares its files. */
export function contentBaseName(bytes: Buffer): string {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 20);
  return `${hash.slice(0, 2)}/${hash}`;
}

/** Writes an original JPEG and its responsive WebP and JPEG variants under `mediaDir`. */
export async function storeJpegWithVariants(
  mediaDir: string,
  original: Buffer,
  baseName?: string,
): Promise<StoredImage> {
  const meta = await sharp(original).metadata();
  if (!meta.width || !meta.height) throw new Error("image has no dimensions");
  const planned = plannedFiles(baseName ?? contentBaseName(original), meta.width, meta.height);
  await writeMediaFile(mediaDir, planned.fileName, original);
  for (const variant of planned.variants) {
    const resized = sharp(original).resize(variant.width, variant.height);
    const bytes =
      variant.format === "webp"
        ? await resized.webp({ quality: 72 }).toBuffer()
        : await resized.jpeg({ quality: 78, mozjpeg: true }).toBuffer();
    await writeMediaFile(mediaDir, variant.file_name, bytes);
  }
  return planned;
}

/** The stored image under `baseName` when all its files are already on disk; lets re-seeding skip rendering. */
export async function findStoredImage(
  mediaDir: string,
  baseName: string,
  width: number,
  height: number,
): Promise<StoredImage | undefined> {
  const planned = plannedFiles(baseName, width, height);
  const files = [planned.fileName, ...planned.variants.map((v) => v.file_name)];
  try {
    await Promise.all(files.map((f) => access(join(mediaDir, f))));
    return planned;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary name so a reader (or a second seeding process) never sees half a file. */
async function writeMediaFile(mediaDir: string, fileName: string, bytes: Buffer): Promise<void> {
  const path = join(mediaDir, fileName);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
