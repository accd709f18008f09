/** Small SVG-string helpers shared by the demo image painters. */
import type { Rng } from "./prng.ts";

export interface Canvas {
  w: number;
  h: number;
  hue: number;
  rng: Rng;
}

export type Painter = (c: Canvas) => string;

export const r1 = (n: number) => (Math.round(n * 10) / 10).toString();

export function hsl(h: number, s: number, l: number, a = 1): string {
  const hue = ((Math.round(h) % 360) + 360) % 360;
  return a >= 1 ? `hsl(${hue},${s}%,${l}%)` : `hsla(${hue},${s}%,${l}%,${a})`;
}

export function gradient(id: string, stops: string[], vertical = true): string {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  const s = stops.map((c, i) => `<stop offset="${r1((i / (stops.length - 1)) * 100)}%" stop-color="${c}"/>`);
  return `<linearGradient id="${id}" ${dir}>${s.join("")}</linearGradient>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ""): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="${fill}" ${extra}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ""): string {
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${fill}" ${extra}/>`;
}

/** Sky gradient plus a soft sun or moon, the backdrop most outdoor motifs share. */
export function sky(c: Canvas, top: string, bottom: string, horizon: number): string {
  const sunX = c.rng.range(0.15, 0.85) * c.w;
  const sunY = horizon * c.rng.range(0.35, 0.75);
  return (
    `<defs>${gradient("sky", [top, bottom])}</defs>` +
    rect(0, 0, c.w, horizon + 2, "url(#sky)") +
    circle(sunX, sunY, c.h * 0.16, hsl(c.hue + 40, 90, 85, 0.18)) +
    circle(sunX, sunY, c.h * 0.08, hsl(c.hue + 40, 95, 88, 0.7))
  );
}

export function wavePath(c: Canvas, y: number, amp: number, len: number): string {
  let d = `M0 ${r1(y)}`;
  for (let x = 0; x < c.w + len; x += len) {
    d += ` q${r1(len / 4)} ${r1(-amp)} ${r1(len / 2)} 0 t${r1(len / 2)} 0`;
  }
  return d;
}

export function skyline(
  c: Canvas,
  base: number,
  count: number,
  minH: number,
  maxH: number,
  fill: string,
): string {
  let out = "";
  let x = -c.rng.range(0, 40);
  const avg = c.w / count;
  while (x < c.w) {
    const bw = avg * c.rng.range(0.6, 1.3);
    const bh = c.rng.range(minH, maxH);
    out += rect(x, base - bh, bw - 4, bh + 2, fill);
    x += bw;
  }
  return out;
}
