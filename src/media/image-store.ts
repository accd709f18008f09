import { createHash } from "node:crypto";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import type { MediaVariantTable } from "./media.tables.ts";
import { MAX_INPUT_PIXELS, variantWidths } from "./media.ts";
import type { Crop } from "./media-crop.ts";
import type { MediaStorage } from "./media-storage.ts";

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

/** Stores an original JPEG and its responsive WebP and JPEG variants. */
export async function storeJpegWithVariants(
  storage: MediaStorage,
  original: Buffer,
  baseName?: string,
): Promise<StoredImage> {
  const meta = await sharp(original, SHARP_INPUT).metadata();
  if (!meta.width || !meta.height) throw new Error("image has no dimensions");
  const planned = plannedDemoFiles(baseName ?? contentBaseName(original), meta.width, meta.height);
  await storage.write(planned.fileName, original);
  await writeVariants(storage, original, planned.variants);
  return planned;
}

/**
 * Stores an upload's cleaned original (see clean-original.ts) under the hash of those stored
 * bytes, keeping its format's extension: one picture uploaded twice shares one file.
 */
export async function storeOriginal(
  storage: MediaStorage,
  bytes: Buffer,
  extension: string,
): Promise<string> {
  const fileName = `${contentBaseName(bytes)}.${extension}`;
  await storage.write(fileName, bytes);
  return fileName;
}

/**
 * Writes every planned variant of `original`: upright by its EXIF orientation, without metadata
 * (sharp drops EXIF, GPS and XMP unless asked to keep them), keeping its colour profile.
 */
export async function writeVariants(
  storage: MediaStorage,
  original: Buffer,
  variants: readonly PlannedVariant[],
  crop: Crop | null = null,
): Promise<void> {
  const widest = Math.max(...variants.map((v) => v.width));
  const source = await decodeOnce(original, widest, crop);
  for (const variant of variants) {
    const resized = sharp(source).resize(variant.width, variant.height).keepIccProfile();
    await storage.write(variant.file_name, await encode(resized, variant.format));
  }
}

/**
 * Decodes, orients, crops and shrinks the original once, so a 40-megapixel photo is not decoded per
 * variant. The crop is in upright pixels, so it is cut after orienting. The result is an
 * uncompressed PNG rather than raw pixels, which would lose the profile.
 */
async function decodeOnce(original: Buffer, width: number, crop: Crop | null): Promise<Buffer> {
  const upright = sharp(original, SHARP_INPUT).autoOrient();
  const cropped = crop
    ? upright.extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height })
    : upright;
  const image = cropped.resize({ width, withoutEnlargement: true });
  return (await keepColourProfile(image)).png({ compressionLevel: 0 }).toBuffer();
}

/**
 * Keeps the picture's colour profile, so a wide-gamut photo stays wide and none shifts colour;
 * CMYK pictures are converted to sRGB instead, because browsers do not show CMYK reliably.
 */
export async function keepColourProfile(image: Sharp): Promise<Sharp> {
  const { space } = await image.metadata();
  return space === "cmyk" ? image : image.keepIccProfile();
}

function encode(image: Sharp, format: VariantFormat): Promise<Buffer> {
  if (format === "avif") return image.avif({ quality: 50, effort: 4 }).toBuffer();
  if (format === "webp") return image.webp({ quality: 72 }).toBuffer();
  // JPEG has no transparency: put transparent PNG/WebP pixels on white rather than black.
  return image.flatten({ background: "#ffffff" }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}

/** The stored image under `baseName` when all its files are already stored; lets re-seeding skip rendering. */
export async function findStoredImage(
  storage: MediaStorage,
  baseName: string,
  width: number,
  height: number,
): Promise<StoredImage | undefined> {
  const planned = plannedDemoFiles(baseName, width, height);
  const files = [planned.fileName, ...planned.variants.map((v) => v.file_name)];
  return (await storage.hasAll(files)) ? planned : undefined;
}
