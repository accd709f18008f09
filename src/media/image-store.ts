import { createHash, randomBytes } from "node:crypto";
import { access, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import { formatProcess, isProvablyDead, parseProcess, thisProcess } from "../jobs/process-identity.ts";
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

/**
 * Stores an upload's cleaned original (see clean-original.ts) under the hash of those stored
 * bytes, keeping its format's extension: one picture uploaded twice shares one file.
 */
export async function storeOriginal(mediaDir: string, bytes: Buffer, extension: string): Promise<string> {
  const fileName = `${contentBaseName(bytes)}.${extension}`;
  await writeMediaFile(mediaDir, fileName, bytes);
  return fileName;
}

/**
 * Writes every planned variant of `original`: upright by its EXIF orientation, without metadata
 * (sharp drops EXIF, GPS and XMP unless asked to keep them), keeping its colour profile.
 */
export async function writeVariants(
  mediaDir: string,
  original: Buffer,
  variants: readonly PlannedVariant[],
): Promise<void> {
  const widest = Math.max(...variants.map((v) => v.width));
  const source = await decodeOnce(original, widest);
  for (const variant of variants) {
    const resized = sharp(source).resize(variant.width, variant.height).keepIccProfile();
    await writeMediaFile(mediaDir, variant.file_name, await encode(resized, variant.format));
  }
}

/**
 * Decodes, orients and shrinks the original once, so a 40-megapixel photo is not decoded per
 * variant. The result is an uncompressed PNG rather than raw pixels, which would lose the profile.
 */
async function decodeOnce(original: Buffer, width: number): Promise<Buffer> {
  const image = sharp(original, SHARP_INPUT).autoOrient().resize({ width, withoutEnlargement: true });
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

/**
 * Writes through a temporary name in the same folder, then renames, so a reader (or a second
 * seeding process) never sees half a file. The temporary name starts with a dot, which the media
 * route never serves, and names its writer, so `removePartialFiles` can tell a dead writer's
 * leftover from a file still being written.
 */
export async function writeMediaFile(mediaDir: string, fileName: string, bytes: Buffer): Promise<void> {
  const path = join(mediaDir, fileName);
  await mkdir(dirname(path), { recursive: true });
  // Random per write: two servers in one process (tests, seeding) may write the same file at once.
  const unique = `${randomBytes(4).toString("hex")}.${formatProcess(thisProcess)}`;
  const temporary = join(dirname(path), `.${basename(path)}.${unique}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Deletes the temporary files of `baseName`'s pictures whose writer died mid-write (a crash, `kill -9`). */
export async function removePartialFiles(mediaDir: string, baseName: string): Promise<void> {
  const path = join(mediaDir, baseName);
  const prefix = `.${basename(path)}`;
  const names = await readdir(dirname(path)).catch(() => []);
  for (const name of names) {
    const writer =
      name.startsWith(prefix) && name.endsWith(".tmp") ? parseProcess(name.slice(0, -4)) : undefined;
    if (writer && isProvablyDead(writer)) await rm(join(dirname(path), name), { force: true });
  }
}
