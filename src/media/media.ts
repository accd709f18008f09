import type { FocalPoint } from "./media-crop.ts";

/** A picture ready to render: every size we have, plus the texts that must travel with it. */
export interface MediaImage {
  id: number;
  /** The size of the picture shown: its crop's once the variants are cut from it. */
  width: number;
  height: number;
  /** Where the subject is, as fractions of the picture shown; null for its centre. */
  focalPoint: FocalPoint | null;
  caption: string;
  alt: string;
  credit: string;
  /** URL of the fallback JPEG used for `src`; the original until the variants job has run. */
  src: string;
  /** `srcset` values per format, widest last; empty strings while variants are missing. */
  srcset: { avif: string; webp: string; jpeg: string };
  /** URL of the narrowest variant, for thumbnails and feeds. */
  thumbnail: string;
  /** The widest JPEG with its own size, for social cards (which want JPEG, large); the original until the variants exist. */
  largest: { src: string; width: number; height: number };
}

export const MEDIA_URL_PREFIX = "/media/";
export const VARIANT_WIDTHS = [320, 640, 960, 1280] as const;

/** Largest upload we accept; newsroom cameras produce 5–12 MB JPEGs. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Largest picture we decode (about 8000×5000): bigger ones are decompression bombs, not photos. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Longest caption, credit or alt text, in characters. */
export const MAX_TEXT_LENGTH = 1000;

/** Upload formats we accept, keyed by what sharp's metadata reports (AVIF shows up as heif/av1). */
export const UPLOAD_FORMATS = {
  jpeg: { extension: "jpg", mime: "image/jpeg" },
  png: { extension: "png", mime: "image/png" },
  webp: { extension: "webp", mime: "image/webp" },
  avif: { extension: "avif", mime: "image/avif" },
} as const;
export type UploadFormat = keyof typeof UPLOAD_FORMATS;

/** Content types of stored files by extension: originals keep their upload format, variants are AVIF, WebP or JPEG. */
const MEDIA_FILE_TYPES: Record<string, string> = {
  ...Object.fromEntries(Object.values(UPLOAD_FORMATS).map((f) => [f.extension, f.mime])),
  jpeg: "image/jpeg",
};

export function mimeOfMediaFile(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  return MEDIA_FILE_TYPES[extension] ?? "application/octet-stream";
}

/** The widths a picture of this width gets: never upscaled, and at least one so tiny pictures work too. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  return widths.length > 0 ? widths : [width];
}
