/**
 * Renders demo "photos" as abstract newsy illustrations: an SVG drawn from the photo's scene
 * recipe, rasterised to JPEG by sharp. No network and no fonts, so it works offline and in CI;
 * the same scene always produces the same picture.
 */
import sharp from "sharp";
import type { DemoPhoto } from "./demo-types.ts";
import { chart, circuit, clinic, globe, leaf, portrait } from "./image-painters-abstract.ts";
import { city, factory, river, stadium, storm, train } from "./image-painters-outdoor.ts";
import type { Canvas, Painter } from "./image-svg.ts";
import { type DemoMotif, isDemoMotif } from "./motifs.ts";
import { Rng } from "./prng.ts";

const PAINTERS: Record<DemoMotif, Painter> = {
  river,
  storm,
  city,
  train,
  factory,
  stadium,
  chart,
  clinic,
  circuit,
  leaf,
  globe,
  portrait,
};

/** The SVG source for a photo; exported so tests and tools can inspect it without rasterising. */
export function demoPhotoSvg(photo: DemoPhoto): string {
  const { motif, hue, seed } = photo.scene;
  if (!isDemoMotif(motif)) throw new Error(`Unsupported demo motif "${motif}" for photo ${photo.key}`);
  const canvas: Canvas = { w: photo.width, h: photo.height, hue, rng: new Rng(seed) };
  const body = PAINTERS[motif](canvas);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${photo.width}" height="${photo.height}" viewBox="0 0 ${photo.width} ${photo.height}">${body}</svg>`;
}

export async function renderDemoPhoto(photo: DemoPhoto): Promise<Buffer> {
  // The SVG declares the target size, so librsvg rasterises at exactly width×height.
  return sharp(Buffer.from(demoPhotoSvg(photo)))
    .jpeg({ quality: 82 })
    .toBuffer();
}
