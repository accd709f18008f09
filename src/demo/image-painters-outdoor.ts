/** Painters for outdoor scenes: water, weather, skylines, transport, industry, sport. */
import { circle, gradient, hsl, type Painter, r1, rect, sky, skyline, wavePath } from "./image-svg.ts";

export const river: Painter = (c) => {
  const horizon = c.h * 0.42;
  let out = sky(c, hsl(c.hue, 35, 72), hsl(c.hue + 20, 40, 88), horizon);
  out += `<defs>${gradient("water", [hsl(c.hue, 55, 42), hsl(c.hue + 10, 60, 22)])}</defs>`;
  let bank = `M0 ${r1(horizon)}`;
  for (let x = 0; x <= c.w; x += c.w / 12) bank += ` L${r1(x)} ${r1(horizon - c.rng.range(8, 40))}`;
  out += `<path d="${bank} L${c.w} ${r1(horizon + 10)} L0 ${r1(horizon + 10)} Z" fill="${hsl(c.hue + 110, 30, 28)}"/>`;
  out += rect(0, horizon + 6, c.w, c.h - horizon, "url(#water)");
  for (let i = 0; i < 11; i++) {
    const t = (i + 1) / 11;
    const y = horizon + 10 + t ** 1.4 * (c.h - horizon);
    const len = c.w * (0.07 + t * 0.12);
    out += `<path d="${wavePath(c, y, 4 + t * 18, len)}" fill="none" stroke="${hsl(c.hue, 60, 90, 0.12 + t * 0.25)}" stroke-width="${r1(1 + t * 4)}"/>`;
  }
  if (c.rng.chance(0.8)) {
    const bx = c.rng.range(0.15, 0.7) * c.w;
    const by = horizon + (c.h - horizon) * c.rng.range(0.3, 0.5);
    const s = c.h * 0.12;
    out += `<path d="M${r1(bx)} ${r1(by)} l${r1(s * 2.4)} 0 l${r1(-s * 0.35)} ${r1(s * 0.4)} l${r1(-s * 1.7)} 0 Z" fill="${hsl(c.hue + 180, 25, 15)}"/>`;
    out += `<path d="M${r1(bx + s * 0.9)} ${r1(by - 2)} l0 ${r1(-s * 1.2)} l${r1(s * 0.8)} ${r1(s * 1.1)} Z" fill="${hsl(c.hue + 30, 40, 92, 0.9)}"/>`;
  }
  return out;
};

export const storm: Painter = (c) => {
  const horizon = c.h * 0.72;
  let out = `<defs>${gradient("sky", [hsl(c.hue, 30, 14), hsl(c.hue + 15, 25, 38)])}</defs>`;
  out += rect(0, 0, c.w, c.h, "url(#sky)");
  const cx = c.w * c.rng.range(0.35, 0.65);
  const cy = c.h * c.rng.range(0.3, 0.45);
  for (let arm = 0; arm < 5; arm++) {
    const phase = (arm / 5) * Math.PI * 2 + c.rng.range(0, 0.5);
    let d = "";
    for (let t = 0.2; t < 3.4; t += 0.12) {
      const r = 28 * Math.exp(0.55 * t) * (c.w / 1600);
      const x = cx + r * Math.cos(t + phase);
      const y = cy + r * Math.sin(t + phase) * 0.55;
      d += `${d ? " L" : "M"}${r1(x)} ${r1(y)}`;
    }
    out += `<path d="${d}" fill="none" stroke="${hsl(c.hue + 10, 20, 85, 0.35)}" stroke-width="${r1(c.h * 0.03)}" stroke-linecap="round"/>`;
  }
  out += circle(cx, cy, c.h * 0.035, hsl(c.hue, 20, 10, 0.8));
  let rain = "";
  for (let i = 0; i < 70; i++) {
    const x = c.rng.range(-100, c.w);
    const y = c.rng.range(0, horizon);
    rain += `M${r1(x)} ${r1(y)} l${r1(c.h * 0.04)} ${r1(c.h * 0.12)} `;
  }
  out += `<path d="${rain}" stroke="${hsl(c.hue, 40, 85, 0.25)}" stroke-width="2"/>`;
  out += rect(0, horizon, c.w, c.h - horizon, hsl(c.hue + 10, 35, 16));
  for (let i = 0; i < 6; i++) {
    const y = horizon + 12 + i * ((c.h - horizon) / 6);
    out += `<path d="${wavePath(c, y, 10, c.w / 10)}" fill="none" stroke="${hsl(c.hue, 30, 80, 0.3)}" stroke-width="3"/>`;
  }
  return out;
};

export const city: Painter = (c) => {
  const base = c.h * 0.82;
  // Dusk palette stays recognisable for any hue; the hue only tints it.
  const tint = c.hue % 40;
  let out = sky(c, hsl(225 + tint, 45, 28), hsl(15 + tint, 75, 70), base);
  out += skyline(c, base, 14, c.h * 0.25, c.h * 0.55, hsl(235 + tint, 25, 45, 0.6));
  const front = skyline(c, base, 9, c.h * 0.15, c.h * 0.45, hsl(235 + tint, 30, 18));
  out += front;
  let windows = "";
  for (let i = 0; i < 160; i++) {
    const x = c.rng.range(0, c.w);
    const y = c.rng.range(base - c.h * 0.4, base - 10);
    windows += rect(x, y, c.w * 0.008, c.h * 0.018, hsl(45, 90, 75, c.rng.range(0.2, 0.8)));
  }
  out += windows + rect(0, base, c.w, c.h - base, hsl(235, 20, 12));
  return out;
};

export const train: Painter = (c) => {
  const deck = c.h * 0.55;
  let out = sky(c, hsl(c.hue + 180, 40, 70), hsl(c.hue, 60, 88), c.h);
  out += skyline(c, c.h * 0.8, 12, c.h * 0.2, c.h * 0.5, hsl(c.hue + 190, 15, 70, 0.8));
  for (let x = c.w * 0.06; x < c.w; x += c.w / 7)
    out += rect(x, deck, c.w * 0.025, c.h - deck, hsl(c.hue, 8, 55));
  out += rect(0, deck, c.w, c.h * 0.05, hsl(c.hue, 8, 62));
  const tx = c.rng.range(-0.1, 0.2) * c.w;
  const tw = c.w * 0.75;
  const th = c.h * 0.13;
  out += `<rect x="${r1(tx)}" y="${r1(deck - th)}" width="${r1(tw)}" height="${r1(th)}" rx="${r1(th * 0.3)}" fill="${hsl(0, 0, 96)}"/>`;
  out += rect(tx, deck - th * 0.35, tw, th * 0.12, hsl(c.hue, 75, 45));
  for (let x = tx + th * 0.4; x < tx + tw - th * 0.6; x += th * 0.75) {
    out += `<rect x="${r1(x)}" y="${r1(deck - th * 0.82)}" width="${r1(th * 0.5)}" height="${r1(th * 0.32)}" rx="4" fill="${hsl(c.hue + 200, 30, 30)}"/>`;
  }
  out += rect(0, c.h * 0.93, c.w, c.h * 0.07, hsl(c.hue, 5, 30));
  for (let i = 0; i < 8; i++) {
    const x = c.rng.range(0, c.w);
    out += `<rect x="${r1(x)}" y="${r1(c.h * 0.905)}" width="${r1(c.w * 0.05)}" height="${r1(c.h * 0.035)}" rx="6" fill="${hsl(c.rng.int(0, 360), 60, 55)}"/>`;
  }
  return out;
};

export const factory: Painter = (c) => {
  const ground = c.h * 0.78;
  let out = sky(c, hsl(c.hue + 20, 30, 75), hsl(c.hue + 40, 40, 90), ground);
  let x = c.w * 0.04;
  while (x < c.w * 0.95) {
    const bw = c.w * c.rng.range(0.14, 0.24);
    const bh = c.h * c.rng.range(0.18, 0.3);
    const teeth = c.rng.int(3, 5);
    const tw = bw / teeth;
    let d = `M${r1(x)} ${r1(ground)} L${r1(x)} ${r1(ground - bh)}`;
    for (let t = 0; t < teeth; t++) d += ` l${r1(tw)} ${r1(-c.h * 0.06)} l0 ${r1(c.h * 0.06)}`;
    d += ` L${r1(x + bw)} ${r1(ground)} Z`;
    out += `<path d="${d}" fill="${hsl(c.hue, 25, c.rng.range(30, 45))}"/>`;
    if (c.rng.chance(0.6)) {
      const cx = x + bw * c.rng.range(0.2, 0.8);
      const ch = c.h * c.rng.range(0.25, 0.4);
      out += rect(cx, ground - bh - ch, c.w * 0.018, ch, hsl(c.hue, 20, 25));
      for (let s = 0; s < 4; s++) {
        out += circle(
          cx + 14 + s * 22,
          ground - bh - ch - 20 - s * 28,
          18 + s * 10,
          hsl(0, 0, 95, 0.35 - s * 0.06),
        );
      }
    }
    x += bw + c.w * 0.02;
  }
  out += rect(0, ground, c.w, c.h - ground, hsl(c.hue + 60, 20, 35));
  return out;
};

export const stadium: Painter = (c) => {
  const grass = 100 + (c.hue % 40);
  let out = `<defs>${gradient("sky", [hsl(c.hue + 100, 50, 10), hsl(c.hue + 110, 40, 30)])}</defs>`;
  out += rect(0, 0, c.w, c.h, "url(#sky)");
  const cx = c.w / 2;
  const cy = c.h * 0.68;
  out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(c.w * 0.62)}" ry="${r1(c.h * 0.42)}" fill="${hsl(c.hue + 200, 20, 22)}"/>`;
  out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(c.w * 0.46)}" ry="${r1(c.h * 0.28)}" fill="${hsl(grass, 55, 34)}"/>`;
  out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(c.w * 0.3)}" ry="${r1(c.h * 0.18)}" fill="${hsl(grass, 50, 40)}"/>`;
  out += rect(cx - c.w * 0.02, cy - c.h * 0.12, c.w * 0.04, c.h * 0.24, hsl(40, 45, 70));
  for (let i = 0; i < 90; i++) {
    const a = c.rng.range(Math.PI * 1.05, Math.PI * 1.95);
    const rr = c.rng.range(0.5, 0.6);
    out += circle(
      cx + Math.cos(a) * c.w * rr,
      cy + Math.sin(a) * c.h * rr * 0.72,
      4,
      hsl(c.rng.int(0, 360), 60, 65, 0.8),
    );
  }
  for (const fx of [0.08, 0.92]) {
    const x = c.w * fx;
    out += rect(x - 5, c.h * 0.12, 10, c.h * 0.5, hsl(0, 0, 35));
    out += `<path d="M${r1(x)} ${r1(c.h * 0.12)} L${r1(cx)} ${r1(cy)} L${r1(x + (fx < 0.5 ? 160 : -160))} ${r1(c.h * 0.1)} Z" fill="${hsl(55, 100, 90, 0.08)}"/>`;
    out += rect(x - 45, c.h * 0.07, 90, c.h * 0.06, hsl(55, 100, 92));
  }
  return out;
};
