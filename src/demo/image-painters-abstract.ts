/** Painters for charts, buildings, technology, nature, the globe and portraits. */
import { circle, gradient, hsl, type Painter, r1, rect, sky } from "./image-svg.ts";

export const chart: Painter = (c) => {
  let out = `<defs>${gradient("bg", [hsl(c.hue, 30, 96), hsl(c.hue, 35, 86)])}</defs>`;
  out += rect(0, 0, c.w, c.h, "url(#bg)");
  const left = c.w * 0.08;
  const bottom = c.h * 0.85;
  const top = c.h * 0.12;
  for (let i = 0; i <= 5; i++) {
    const y = bottom - ((bottom - top) * i) / 5;
    out += rect(left, y, c.w * 0.86, 2, hsl(c.hue, 15, 70, 0.6));
  }
  const n = c.rng.int(8, 12);
  const slot = (c.w * 0.84) / n;
  let level = c.rng.range(0.2, 0.4);
  const points: string[] = [];
  for (let i = 0; i < n; i++) {
    level = Math.min(0.95, Math.max(0.1, level + c.rng.range(-0.08, 0.14)));
    const bh = (bottom - top) * level;
    const x = left + i * slot + slot * 0.18;
    out += `<rect x="${r1(x)}" y="${r1(bottom - bh)}" width="${r1(slot * 0.64)}" height="${r1(bh)}" rx="6" fill="${hsl(c.hue + (i % 2) * 12, 55, 48, 0.85)}"/>`;
    points.push(`${r1(x + slot * 0.32)},${r1(bottom - bh - 24)}`);
  }
  out += `<polyline points="${points.join(" ")}" fill="none" stroke="${hsl(c.hue + 180, 60, 35)}" stroke-width="6" stroke-linejoin="round"/>`;
  for (const p of points) {
    const [x, y] = p.split(",").map(Number);
    out += circle(x ?? 0, y ?? 0, 9, hsl(c.hue + 180, 60, 35));
  }
  out += rect(left, bottom, c.w * 0.86, 4, hsl(c.hue, 20, 30));
  return out;
};

export const clinic: Painter = (c) => {
  const ground = c.h * 0.82;
  let out = sky(c, hsl(c.hue + 200, 45, 75), hsl(c.hue + 190, 40, 92), ground);
  const bx = c.w * 0.22;
  const bw = c.w * 0.56;
  const bh = c.h * 0.5;
  out += rect(bx, ground - bh, bw, bh, hsl(c.hue + 200, 10, 94));
  out += rect(bx - 20, ground - bh - 18, bw + 40, 24, hsl(c.hue + 200, 15, 70));
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 7; col++) {
      if (col === 3 && row === 2) continue;
      out += rect(
        bx + 40 + (col * (bw - 80)) / 7,
        ground - bh + 60 + row * bh * 0.27,
        (bw - 80) / 7 - 24,
        bh * 0.15,
        hsl(c.hue + 200, 35, 55, 0.8),
      );
    }
  }
  out += rect(bx + bw / 2 - 50, ground - bh * 0.28, 100, bh * 0.28, hsl(c.hue + 200, 25, 40));
  const cx = bx + bw / 2;
  const cy = ground - bh - c.h * 0.13;
  out += circle(cx, cy, c.h * 0.1, hsl(0, 0, 100));
  out += rect(cx - c.h * 0.02, cy - c.h * 0.065, c.h * 0.04, c.h * 0.13, hsl(c.hue, 75, 48));
  out += rect(cx - c.h * 0.065, cy - c.h * 0.02, c.h * 0.13, c.h * 0.04, hsl(c.hue, 75, 48));
  for (const tx of [0.1, 0.88]) out += circle(c.w * tx, ground - 60, 70, hsl(120, 35, 35));
  out += rect(0, ground, c.w, c.h - ground, hsl(100, 20, 40));
  return out;
};

export const circuit: Painter = (c) => {
  let out = rect(0, 0, c.w, c.h, hsl(c.hue + 20, 40, 10));
  const step = c.h / 18;
  let traces = "";
  let nodes = "";
  for (let i = 0; i < 38; i++) {
    let x = Math.round(c.rng.range(0, c.w) / step) * step;
    let y = Math.round(c.rng.range(0, c.h) / step) * step;
    let d = `M${r1(x)} ${r1(y)}`;
    for (let s = 0; s < c.rng.int(3, 6); s++) {
      if (c.rng.chance(0.5)) x += step * c.rng.int(-4, 4);
      else y += step * c.rng.int(-4, 4);
      d += ` L${r1(x)} ${r1(y)}`;
    }
    traces += `<path d="${d}" fill="none" stroke="${hsl(c.hue, 80, 60, c.rng.range(0.35, 0.9))}" stroke-width="4"/>`;
    nodes += circle(x, y, 8, hsl(c.hue, 90, 70));
  }
  out += traces + nodes;
  const cw = c.w * 0.2;
  const ch = c.h * 0.3;
  const cx = c.w / 2 - cw / 2;
  const cy = c.h / 2 - ch / 2;
  for (let p = 0; p < 8; p++) {
    out += rect(cx + 14 + p * ((cw - 28) / 8), cy - 24, 12, ch + 48, hsl(c.hue, 20, 70));
  }
  out += `<rect x="${r1(cx)}" y="${r1(cy)}" width="${r1(cw)}" height="${r1(ch)}" rx="14" fill="${hsl(c.hue + 20, 20, 18)}" stroke="${hsl(c.hue, 80, 60)}" stroke-width="4"/>`;
  return out;
};

export const leaf: Painter = (c) => {
  const green = 85 + (c.hue % 50);
  let out = `<defs>${gradient("bg", [hsl(c.hue + 10, 35, 88), hsl(c.hue - 20, 40, 75)], false)}</defs>`;
  out += rect(0, 0, c.w, c.h, "url(#bg)");
  const count = c.rng.int(6, 9);
  for (let i = 0; i < count; i++) {
    const x = c.rng.range(0.1, 0.9) * c.w;
    const y = c.rng.range(0.2, 0.9) * c.h;
    const s = c.h * c.rng.range(0.25, 0.45);
    const angle = c.rng.range(-70, 70);
    const shade = c.rng.range(28, 45);
    let veins = "";
    for (let v = 1; v < 5; v++) {
      const vx = (s * v) / 5;
      veins += `M${r1(vx)} 0 l${r1(s * 0.12)} ${r1(-s * 0.12)} M${r1(vx)} 0 l${r1(s * 0.12)} ${r1(s * 0.12)} `;
    }
    out +=
      `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(angle)})">` +
      `<path d="M0 0 C${r1(s * 0.3)} ${r1(-s * 0.35)} ${r1(s * 0.75)} ${r1(-s * 0.3)} ${r1(s)} 0 C${r1(s * 0.75)} ${r1(s * 0.3)} ${r1(s * 0.3)} ${r1(s * 0.35)} 0 0 Z" fill="${hsl(green + c.rng.range(-15, 15), 50, shade)}"/>` +
      `<path d="M0 0 L${r1(s)} 0 ${veins}" fill="none" stroke="${hsl(green, 40, shade + 25, 0.8)}" stroke-width="3"/>` +
      "</g>";
  }
  return out;
};

export const globe: Painter = (c) => {
  const cx = c.w / 2;
  const cy = c.h / 2;
  const R = c.h * 0.36;
  const ocean = 195 + (c.hue % 30);
  let out = `<defs><radialGradient id="g" cx="40%" cy="35%" r="70%"><stop offset="0%" stop-color="${hsl(ocean, 60, 60)}"/><stop offset="100%" stop-color="${hsl(ocean + 10, 60, 25)}"/></radialGradient><clipPath id="clip"><circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(R)}"/></clipPath></defs>`;
  out += rect(0, 0, c.w, c.h, hsl(ocean + 30, 40, 12));
  for (let i = 0; i < 60; i++)
    out += circle(c.rng.range(0, c.w), c.rng.range(0, c.h), c.rng.range(1, 3), hsl(0, 0, 100, 0.6));
  out += circle(cx, cy, R, "url(#g)");
  let land = "";
  for (let b = 0; b < 5; b++) {
    const lx = cx + c.rng.range(-R, R);
    const ly = cy + c.rng.range(-R, R);
    const lr = R * c.rng.range(0.15, 0.35);
    let d = "";
    for (let k = 0; k < 8; k++) {
      const a = (k / 8) * Math.PI * 2;
      const rr = lr * c.rng.range(0.6, 1.3);
      d += `${d ? " L" : "M"}${r1(lx + Math.cos(a) * rr)} ${r1(ly + Math.sin(a) * rr)}`;
    }
    land += `<path d="${d} Z" fill="${hsl(95 + (c.hue % 40), 40, 42)}" stroke-linejoin="round"/>`;
  }
  out += `<g clip-path="url(#clip)">${land}</g>`;
  for (let m = 1; m < 4; m++) {
    out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1((R * m) / 4)}" ry="${r1(R)}" fill="none" stroke="${hsl(0, 0, 100, 0.35)}" stroke-width="2"/>`;
  }
  for (let p = -2; p <= 2; p++) {
    const y = cy + (p * R) / 3;
    const half = Math.sqrt(Math.max(0, R * R - (y - cy) ** 2));
    out += rect(cx - half, y - 1, half * 2, 2, hsl(0, 0, 100, 0.35));
  }
  out += `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(R * 1.45)}" ry="${r1(R * 0.35)}" fill="none" stroke="${hsl(c.hue + 30, 80, 70, 0.7)}" stroke-width="5" transform="rotate(-15 ${r1(cx)} ${r1(cy)})"/>`;
  return out;
};

const SKIN = [
  [28, 45, 62],
  [25, 40, 52],
  [22, 38, 42],
  [30, 50, 70],
] as const;

export const portrait: Painter = (c) => {
  const bg = `<defs>${gradient("bg", [hsl(c.hue, 55, 62), hsl(c.hue + 30, 55, 42)])}</defs>`;
  let out = bg + rect(0, 0, c.w, c.h, "url(#bg)");
  for (let i = 0; i < 6; i++) {
    out += circle(
      c.rng.range(0, c.w),
      c.rng.range(0, c.h),
      c.rng.range(0.08, 0.25) * c.w,
      hsl(c.hue + 20, 60, 80, 0.15),
    );
  }
  const [sh, ss, sl] = c.rng.pick(SKIN);
  const skin = hsl(sh, ss, sl);
  const cx = c.w / 2;
  const headY = c.h * 0.4;
  const headR = c.w * 0.17;
  const clothes = hsl(c.hue + 180 + c.rng.range(-40, 40), 35, c.rng.range(20, 40));
  out += `<path d="M${r1(cx - c.w * 0.36)} ${c.h} C${r1(cx - c.w * 0.34)} ${r1(c.h * 0.7)} ${r1(cx - c.w * 0.15)} ${r1(c.h * 0.64)} ${r1(cx)} ${r1(c.h * 0.64)} C${r1(cx + c.w * 0.15)} ${r1(c.h * 0.64)} ${r1(cx + c.w * 0.34)} ${r1(c.h * 0.7)} ${r1(cx + c.w * 0.36)} ${c.h} Z" fill="${clothes}"/>`;
  out += rect(cx - headR * 0.38, headY + headR * 0.6, headR * 0.76, headR * 0.8, skin);
  out += `<ellipse cx="${r1(cx)}" cy="${r1(headY)}" rx="${r1(headR * 0.86)}" ry="${r1(headR)}" fill="${skin}"/>`;
  const hair = hsl(20, 25, c.rng.range(8, 22));
  if (c.rng.chance(0.5)) {
    out += `<path d="M${r1(cx - headR * 0.95)} ${r1(headY + headR * 0.9)} C${r1(cx - headR * 1.2)} ${r1(headY - headR * 1.4)} ${r1(cx + headR * 1.2)} ${r1(headY - headR * 1.4)} ${r1(cx + headR * 0.95)} ${r1(headY + headR * 0.9)} L${r1(cx + headR * 0.75)} ${r1(headY - headR * 0.2)} C${r1(cx + headR * 0.3)} ${r1(headY - headR * 0.6)} ${r1(cx - headR * 0.3)} ${r1(headY - headR * 0.6)} ${r1(cx - headR * 0.75)} ${r1(headY - headR * 0.2)} Z" fill="${hair}"/>`;
  } else {
    out += `<path d="M${r1(cx - headR * 0.88)} ${r1(headY - headR * 0.1)} C${r1(cx - headR * 0.9)} ${r1(headY - headR * 1.25)} ${r1(cx + headR * 0.9)} ${r1(headY - headR * 1.25)} ${r1(cx + headR * 0.88)} ${r1(headY - headR * 0.1)} C${r1(cx + headR * 0.6)} ${r1(headY - headR * 0.3)} ${r1(cx - headR * 0.6)} ${r1(headY - headR * 0.3)} ${r1(cx - headR * 0.88)} ${r1(headY - headR * 0.1)} Z" fill="${hair}"/>`;
  }
  return out;
};
