import sharp, { type Metadata } from "sharp";
import { AppError } from "../http/app-error.ts";
import { type CleanImage, cleanOriginal } from "./clean-original.ts";
import { MAX_INPUT_PIXELS, UPLOAD_FORMATS, type UploadFormat } from "./media.ts";

/** A picture we can publish, rewritten upright and without camera metadata (see clean-original.ts). */
export interface CheckedImage extends CleanImage {
  format: UploadFormat;
}

/**
 * Decides from the bytes alone (never the file name or the client's content type) whether an
 * upload is a picture we can publish, and refuses decompression bombs before decoding them.
 */
export async function checkUploadedImage(bytes: Buffer): Promise<CheckedImage> {
  const meta = await readHeader(bytes);
  const format = uploadFormat(meta);
  const pixels = meta.width * meta.height;
  if (pixels > MAX_INPUT_PIXELS) {
    throw new AppError(
      "UNPROCESSABLE",
      `image is too large: ${meta.width}×${meta.height} pixels; the limit is ${MAX_INPUT_PIXELS / 1e6} megapixels.`,
    );
  }
  return { format, ...(await decodeAndClean(bytes, format)) };
}

/** Reads only the header; the pixel cap is off here because the size check right after is ours. */
async function readHeader(bytes: Buffer): Promise<Metadata> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (meta.width > 0 && meta.height > 0) return meta;
  } catch {
    // Falls through: bytes sharp cannot parse are simply not a picture.
  }
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "The file is not a picture we can read; upload a JPEG, PNG, WebP or AVIF image.",
  );
}

function uploadFormat(meta: Metadata): UploadFormat {
  if (meta.format === "jpeg" || meta.format === "png" || meta.format === "webp") return meta.format;
  // sharp names every HEIF container "heif"; only the AV1-compressed kind is AVIF (HEIC is not web-safe).
  if (meta.format === "heif" && meta.compression === "av1") return "avif";
  const found = meta.format === "heif" ? "HEIC" : meta.format.toUpperCase();
  const accepted = Object.keys(UPLOAD_FORMATS)
    .map((f) => f.toUpperCase())
    .join(", ");
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    `${found} images are not accepted; upload one of ${accepted}.`,
  );
}

/**
 * The clean rewrite decodes the whole picture, so a file cut off in transfer is refused now
 * instead of failing later in the variants job.
 */
async function decodeAndClean(bytes: Buffer, format: UploadFormat): Promise<CleanImage> {
  try {
    return await cleanOriginal(bytes, format);
  } catch (error) {
    throw new AppError("UNPROCESSABLE", `The picture is damaged and cannot be decoded (${message(error)}).`);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
