// The crop tool's arithmetic, kept apart from the pointer and keyboard handling so it can be
// tested: rectangles are in the original's pixels (as the server stores them), focal points in
// fractions of the crop.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface FocalPoint {
  x: number;
  y: number;
}

/** The server's smallest crop side (media-crop.ts MIN_CROP_SIDE). */
export const MIN_SIDE = 32;

export const ASPECTS = { free: null, "16:9": 16 / 9, "4:3": 4 / 3, "1:1": 1 } as const;
export type Aspect = keyof typeof ASPECTS;

export type Corner = "nw" | "ne" | "sw" | "se";

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

export function wholePicture(size: Size): Rect {
  return { x: 0, y: 0, width: size.width, height: size.height };
}

export function isWhole(rect: Rect, size: Size): boolean {
  return rect.x === 0 && rect.y === 0 && rect.width === size.width && rect.height === size.height;
}

/** Whole pixels, each side between the smallest and the picture's, and inside the picture. */
export function clampRect(rect: Rect, size: Size): Rect {
  const width = clamp(Math.round(rect.width), Math.min(MIN_SIDE, size.width), size.width);
  const height = clamp(Math.round(rect.height), Math.min(MIN_SIDE, size.height), size.height);
  return {
    x: clamp(Math.round(rect.x), 0, size.width - width),
    y: clamp(Math.round(rect.y), 0, size.height - height),
    width,
    height,
  };
}

/** Moved by dx, dy, stopping at the picture's edges without changing size. */
export function moveRect(rect: Rect, dx: number, dy: number, size: Size): Rect {
  return clampRect({ ...rect, x: rect.x + dx, y: rect.y + dy }, size);
}

/**
 * Dragged by one corner while the opposite one stays put; with a ratio, the height follows the
 * width. Never smaller than the smallest side, never past the picture.
 */
export function resizeRect(
  rect: Rect,
  corner: Corner,
  dx: number,
  dy: number,
  size: Size,
  ratio: number | null,
): Rect {
  const west = corner === "nw" || corner === "sw";
  const north = corner === "nw" || corner === "ne";
  const anchorX = west ? rect.x + rect.width : rect.x;
  const anchorY = north ? rect.y + rect.height : rect.y;
  const roomX = west ? anchorX : size.width - anchorX;
  const roomY = north ? anchorY : size.height - anchorY;
  let width = clamp(rect.width + (west ? -dx : dx), MIN_SIDE, roomX);
  let height = clamp(rect.height + (north ? -dy : dy), MIN_SIDE, roomY);
  if (ratio) {
    // The larger of the two wishes wins, then both shrink to fit the room.
    width = Math.max(width, height * ratio);
    width = Math.min(width, roomX, roomY * ratio);
    height = width / ratio;
  }
  return clampRect(
    { x: west ? anchorX - width : anchorX, y: north ? anchorY - height : anchorY, width, height },
    size,
  );
}

/** The largest rectangle of the ratio inside `rect`, around its centre. */
export function fitAspect(rect: Rect, ratio: number, size: Size): Rect {
  const width = Math.min(rect.width, rect.height * ratio);
  const height = width / ratio;
  return clampRect(
    {
      x: rect.x + (rect.width - width) / 2,
      y: rect.y + (rect.height - height) / 2,
      width,
      height,
    },
    size,
  );
}

/** A fraction of the crop, inside it, to four places (what the server keeps). */
export function clampPoint(point: FocalPoint): FocalPoint {
  const round = (v: number) => Math.round(clamp(v, 0, 1) * 10_000) / 10_000;
  return { x: round(point.x), y: round(point.y) };
}

/** The focal point under a spot of the original (in its pixels), as fractions of the crop. */
export function pointInCrop(spot: { x: number; y: number }, crop: Rect): FocalPoint {
  return clampPoint({ x: (spot.x - crop.x) / crop.width, y: (spot.y - crop.y) / crop.height });
}
