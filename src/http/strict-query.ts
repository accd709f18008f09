/** A query string that does not decode as UTF-8 (bad `%` escapes, lone surrogates). */
export class MalformedQuery extends Error {
  override name = "MalformedQuery";
}

export type RawQuery = Record<string, string | string[]>;

/**
 * Parses the query string of a request URL, refusing what does not decode. The framework's parser
 * keeps a bad escape such as `%ZZ` as literal text, which would let it reach a search as words;
 * here it is an error the caller answers with 400. A repeated name gives an array.
 */
export function strictQuery(url: string): RawQuery {
  const start = url.indexOf("?");
  const query: RawQuery = Object.create(null);
  if (start === -1) return query;
  for (const pair of url.slice(start + 1).split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = decode(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? "" : decode(pair.slice(equals + 1));
    const previous = query[name];
    query[name] = previous === undefined ? value : [...[previous].flat(), value];
  }
  return query;
}

function decode(text: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    throw new MalformedQuery(`the query string has a malformed escape near "${text.slice(0, 40)}"`);
  }
  if (decoded.includes("\u0000")) throw new MalformedQuery("the query string holds a NUL character");
  // Only escapes are checked by decoding; a URL given in-process can hold a lone surrogate as is.
  if (!decoded.isWellFormed()) throw new MalformedQuery("the query string holds a lone surrogate");
  return decoded;
}

/**
 * Whether a request URL holds an escaped NUL (`%00`) anywhere, path or query. No slug, search or
 * id contains one, and PostgreSQL refuses U+0000 in text with an error, so it is refused at the edge.
 */
export const urlHoldsNul = (url: string): boolean => /%00/i.test(url);

/** Whether any string (or object key) in a parsed JSON value holds U+0000, which PostgreSQL cannot store. */
export function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || holdsNul(item));
}
