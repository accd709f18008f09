/**
 * The query parameters that name a page on a WordPress site (`?p=123`, `?page_id=45`, `?cat=3`):
 * every other one (campaign tags, `replytocom`, cache busters) is noise that must not split a key.
 */
const SIGNIFICANT_PARAMS = new Set(["p", "page_id", "cat", "tag", "author", "attachment_id"]);
/** Longer keys are refused: the site routes URLs up to 4096 characters, and no real permalink nears this. */
export const MAX_KEY_LENGTH = 2000;

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The one spelling of an old address that both the importer's writes and the site's lookups use,
 * or undefined for input that can name no page (a broken escape, a NUL, an overlong path).
 * A full URL loses its scheme and host (the old site's domain now points here). The path is
 * decoded, cut into segments without `.`, `..` or empty ones, NFC-normalised, lowercased (WordPress
 * matched slugs without regard to case) and re-encoded with upper-case escapes, without a trailing
 * slash. Only significant query parameters stay, the last of a repeated one (as PHP reads them), sorted.
 */
export function redirectKey(address: string): string | undefined {
  const { path, query } = splitAddress(address);
  const segments = canonicalSegments(path);
  if (!segments) return undefined;
  const params = significantParams(query);
  if (!params) return undefined;
  const key = `/${segments.join("/")}${params.length > 0 ? `?${params.join("&")}` : ""}`;
  return key.length > MAX_KEY_LENGTH ? undefined : key;
}

function splitAddress(address: string): { path: string; query: string } {
  let rest = address.trim();
  if (ABSOLUTE.test(rest)) {
    // Only the scheme and host go; the path is read below like any other, escapes untouched.
    const afterHost = rest.indexOf("/", rest.indexOf("//") + 2);
    rest = afterHost === -1 ? "/" : rest.slice(afterHost);
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf("?");
  return q === -1 ? { path: rest, query: "" } : { path: rest.slice(0, q), query: rest.slice(q + 1) };
}

function canonicalSegments(path: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of path.split("/")) {
    const segment = decodeText(raw);
    if (segment === undefined) return undefined;
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(encodeURIComponent(segment.normalize("NFC").toLowerCase()));
  }
  return out;
}

function significantParams(query: string): string[] | undefined {
  const kept = new Map<string, string>();
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    const name = decodeText(eq === -1 ? pair : pair.slice(0, eq), true);
    const value = decodeText(eq === -1 ? "" : pair.slice(eq + 1), true);
    if (name === undefined || value === undefined) return undefined;
    const trimmed = value.trim().normalize("NFC").toLowerCase();
    if (SIGNIFICANT_PARAMS.has(name.toLowerCase()) && trimmed !== "") kept.set(name.toLowerCase(), trimmed);
  }
  return [...kept.keys()].sort().map((name) => `${name}=${encodeURIComponent(kept.get(name) ?? "")}`);
}

/** Decodes escapes (and `+` in a query); undefined for a broken escape or a control character. */
function decodeText(raw: string, form = false): string | undefined {
  try {
    const text = decodeURIComponent(form ? raw.replaceAll("+", " ") : raw);
    return hasControlCharacter(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/** A NUL or other control character names no page, and in a `Location` header could split it. */
export function hasControlCharacter(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  return /[\u0000-\u001f\u007f]/.test(text);
}
