import type { FocalPoint } from "../../media/media-crop.ts";

/** Steps of the focal point the stylesheet has classes for: a tenth of the overflow is close enough. */
const FOCUS_STEP = 10;

/**
 * The classes that keep a picture's focal point in view where the stylesheet cuts it to a fixed
 * shape (`object-position` from the `--focus-x`/`--focus-y` they set, inherited from the
 * `<picture>` by its `<img>`): classes, since the pages' CSP refuses style attributes.
 */
export function pictureClass(base: string, point: FocalPoint | null): string {
  if (!point) return base;
  const step = (fraction: number) => Math.round((fraction * 100) / FOCUS_STEP) * FOCUS_STEP;
  return `${base} focus-x-${step(point.x)} focus-y-${step(point.y)}`;
}
