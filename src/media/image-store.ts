import { createHash, randomBytes } from "node:crypto";
import { access, mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import type { MediaVariantTable } from "./media.tables.ts";
import { MAX_INPUT_PIXELS, variantWidths } from "./media.ts";

export type VariantFormat = MediaVariantTable["format"];
export type PlannedVariant = Omit<MediaVariantTable, "media_id">;

export interface StoredImage {
  fileName: string;
  mime: string;
  width: number;
  height: number;
  variants: PlannedVariant[];
}

/**
 * How every stored picture is opened: the pixel cap stops decompression bombs even if a caller
 * skipped the upload check, and "truncated" rejects cut-off files without failing on the harmless
 * warnings many camera JPEGs carry.
 */
export const SHARP_INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "truncated" };

const EXTENSIONS: Record<VariantFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg" };

/** The variant files a picture of this (upright) size gets under `baseName`, per format and width. */
export function planVariants(
  baseName: string,
  width: number,
  height: number,
  formats: readonly VariantFormat[],
): PlannedVariant[] {
  return variantWidths(width).flatMap((w) => {
    const h = Math.max(1, Math.round((height * w) / width));
    return formats.map((format) => ({
      format,
      width: w,
      height: h,
      file_name: `${baseName}-${w}.${EXTENSIONS[format]}`,
    }));
  });
}

/** The demo's files: an original JPEG plus WebP and JPEG variants (no AVIF: too slow for seeding). */
function plannedDemoFiles(baseName: string, width: number, height: number): StoredImage {
  const variants = planVariants(baseName, width, height, ["webp", "jpeg"]);
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
  const meta = await sharp(original, SHARP_INPUT).metadata();
  if (!meta.width || !meta.height) throw new Error("image has no dimensions");
  const planned = plannedDemoFiles(baseName ?? contentBaseName(original), meta.width, meta.height);
  await writeMediaFile(mediaDir, planned.fileName, original);
  await writeVariants(mediaDir, original, planned.variants);
  return planned;
}

/** Stores an uploaded original under its content hash, keeping its own format's extension. */
export async function storeOriginal(mediaDir: string, bytes: Buffer, extension: string): Promise<string> {
  const fileName = `${contentBaseName(bytes)}.${extension}`;
  await writeMediaFile(mediaDir, fileName, bytes);
  return fileName;
}

/**
 * Writes every planned variant of `original`: upright by its EXIF orientation, without metadata
 * (sharp drops EXIF, GPS and XMP unless asked to keep them) and converted to sRGB.
 */
export async function writeVariants(
  mediaDir: string,
  original: Buffer,
  variants: readonly PlannedVariant[],
): Promise<void> {
  const widest = Math.max(...variants.map((v) => v.width));
  const source = await decodeOnce(original, widest);
  for (const variant of variants) {
    const resized = source().resize(variant.width, variant.height);
    await writeMediaFile(mediaDir, variant.file_name, await encode(resized, variant.format));
  }
}

/** Decodes, orients and shrinks the original once, so a 40-megapixel photo is not decoded per variant. */
async function decodeOnce(original: Buffer, width: number): Promise<() => Sharp> {
  const { data, info } = await sharp(original, SHARP_INPUT)
    .autoOrient()
    .resize({ width, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  return () => sharp(data, { raw });
}

function encode(image: Sharp, format: VariantFormat): Promise<Buffer> {
  if (format === "avif") return image.avif({ quality: 50, effort: 4 }).toBuffer();
  if (format === "webp") return image.webp({ quality: 72 }).toBuffer();
  // JPEG has no transparency: put transparent PNG/WebP pixels on white rather than black.
  return image.flatten({ background: "#ffffff" }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}

/** The stored image under `baseName` when all its files are already on disk; lets re-seeding skip rendering. */
export async function findStoredImage(
  mediaDir: string,
  baseName: string,
  width: number,
  height: number,
): Promise<StoredImage | undefined> {
  const planned = plannedDemoFiles(baseName, width, height);
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
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
