import { existsSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

const UPLOADS_MARK = "/wp-content/uploads/";

/**
 * The local copy of a picture WordPress served from `wp-content/uploads`, or null. A picture
 * shown at a resized size (`photo-300x200.jpg`) falls back to its original (`photo.jpg`), which
 * the library wants. No address can reach outside the folder: `..` and absolute parts are refused.
 */
export function uploadedFile(uploadsDir: string, address: string): string | null {
  const relativePath = uploadsPath(address);
  if (!relativePath) return null;
  for (const candidate of [relativePath, originalOf(relativePath)]) {
    const path = resolve(uploadsDir, candidate);
    const inside = relative(resolve(uploadsDir), path);
    if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) return null;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

const RESIZED = /-\d+x\d+(\.[a-z0-9]+)$/i;

/** The original a resized copy was made from: `2024/05/river-300x200.jpg` → `2024/05/river.jpg`. */
function originalOf(relativePath: string): string {
  return relativePath.replace(RESIZED, "$1");
}

/** The uploads path of the original an address shows, resized or not: how a bare address finds its attachment. */
export function originalUploadsPath(address: string): string | null {
  const path = uploadsPath(address);
  return path === null ? null : originalOf(path);
}

/** The path under `wp-content/uploads/` an address names, decoded; null when it names none. */
export function uploadsPath(address: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(address, "http://localhost/").pathname;
  } catch {
    return null;
  }
  const at = pathname.indexOf(UPLOADS_MARK);
  // WordPress.com serves uploads from `{site}.files.wordpress.com/YYYY/MM/…`, the same layout.
  const start = at !== -1 ? at + UPLOADS_MARK.length : onWordPressCom(address) ? 1 : -1;
  if (start === -1) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(start));
  } catch {
    return null;
  }
  const segments = rest.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\") || s.includes("\0")))
    return null;
  return join(...segments);
}

function onWordPressCom(address: string): boolean {
  try {
    return new URL(address).hostname.endsWith(".files.wordpress.com");
  } catch {
    return false;
  }
}
