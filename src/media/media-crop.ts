import { createHash } from "node:crypto";

/** A rectangle of the upright original, in its pixels. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the subject is, as fractions (0..1) of the cropped picture: 0,0 is its top left. */
export interface FocalPoint {
  x: number;
  y: number;
}

/** The narrowest crop side: smaller pictures would be upscaled by every layout that shows them. */
export const MIN_CROP_SIDE = 32;

export interface CropIssue {
  path: string;
  message: string;
}

/** What is wrong with a crop of a `width`×`height` picture; none when it fits inside with room to show. */
export function cropIssues(crop: Crop, width: number, height: number): CropIssue[] {
  const issues: CropIssue[] = [];
  if (crop.width < MIN_CROP_SIDE)
    issues.push({ path: "crop.width", message: `must be at least ${MIN_CROP_SIDE} pixels` });
  if (crop.height < MIN_CROP_SIDE)
    issues.push({ path: "crop.height", message: `must be at least ${MIN_CROP_SIDE} pixels` });
  if (crop.x + crop.width > width)
    issues.push({
      path: "crop.width",
      message: `reaches past the picture's right edge (${width} pixels wide)`,
    });
  if (crop.y + crop.height > height)
    issues.push({
      path: "crop.height",
      message: `reaches past the picture's bottom edge (${height} pixels high)`,
    });
  return issues;
}

/** A crop covering the whole picture is no crop: its variants are the uncropped ones. */
export function effectiveCrop(crop: Crop | null, width: number, height: number): Crop | null {
  if (!crop) return null;
  const whole = crop.x === 0 && crop.y === 0 && crop.width === width && crop.height === height;
  return whole ? null : crop;
}

/** The size of the picture a crop leaves (the whole original without one). */
export function croppedSize(crop: Crop | null, width: number, height: number) {
  return crop ? { width: crop.width, height: crop.height } : { width, height };
}

/**
 * The part of variant file names that names the crop: files are cached forever under their URL,
 * so a new crop needs new names, while one crop of one original always maps to the same files.
 */
export function cropTag(crop: Crop | null): string {
  if (!crop) return "";
  const key = `${crop.x},${crop.y},${crop.width},${crop.height}`;
  return `-c${createHash("sha256").update(key).digest("hex").slice(0, 10)}`;
}

/** A row's crop, when all four columns are set. */
export function cropOfRow(row: {
  crop_x: number | null;
  crop_y: number | null;
  crop_width: number | null;
  crop_height: number | null;
}): Crop | null {
  const { crop_x: x, crop_y: y, crop_width: width, crop_height: height } = row;
  return x === null || y === null || width === null || height === null ? null : { x, y, width, height };
}

/** A row's focal point, rounded as PostgreSQL's single-precision `real` cannot hold 0.3 exactly. */
export function focalPointOfRow(row: { focal_x: number | null; focal_y: number | null }): FocalPoint | null {
  if (row.focal_x === null || row.focal_y === null) return null;
  return { x: roundFraction(row.focal_x), y: roundFraction(row.focal_y) };
}

function roundFraction(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function sameCrop(a: Crop | null, b: Crop | null): boolean {
  return cropTag(a) === cropTag(b);
}
