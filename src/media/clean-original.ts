import sharp, { type Sharp } from "sharp";
import { keepColourProfile, SHARP_INPUT } from "./image-store.ts";
import type { UploadFormat } from "./media.ts";

export interface CleanImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * Rewrites an upload into the only original we ever store and serve: turned upright (so no
 * orientation tag is needed) and carrying nothing a camera or editing program wrote about it (EXIF
 * with GPS position, make and model, XMP, IPTC), which sharp drops unless told to keep it; the
 * colour profile stays. Decoding the whole picture here also refuses a file cut off in transfer.
 */
export async function cleanOriginal(bytes: Buffer, format: UploadFormat): Promise<CleanImage> {
  const image = await keepColourProfile(sharp(bytes, SHARP_INPUT).autoOrient());
  const { data, info } = await encode(image, format).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Same format as uploaded, at a quality high enough that the variants made from it later lose
 * nothing visible. Encoding is deterministic, so one picture uploaded twice gives the same bytes.
 */
function encode(image: Sharp, format: UploadFormat): Sharp {
  if (format === "jpeg") return image.jpeg({ quality: 92 });
  if (format === "png") return image.png();
  if (format === "webp") return image.webp({ quality: 92 });
  // AVIF uploads are rare and large; a low effort keeps the upload request quick.
  return image.avif({ quality: 75, effort: 2 });
}
