/**
 * One channel child (an item, author, term, or a header field) held as a small tree while it is read,
 * and the lookups that find its fields by namespace URI. Prefixes are the file's choice and can be
 * rebound anywhere, so they are never consulted.
 */

export type WxrNamespace = "rss" | "wp" | "excerpt" | "content" | "dc" | "other";

/** WordPress wrote http and later https URIs, one per format version. */
const WP_URI = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/;
const EXCERPT_URI = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;
const CONTENT_URI = "http://purl.org/rss/1.0/modules/content/";
const DC_URI = "http://purl.org/dc/elements/1.1/";

export function namespaceOf(uri: string): WxrNamespace {
  if (uri === "") return "rss";
  if (WP_URI.test(uri)) return "wp";
  if (EXCERPT_URI.test(uri)) return "excerpt";
  if (uri === CONTENT_URI) return "content";
  if (uri === DC_URI) return "dc";
  return "other";
}

export interface WxrElement {
  ns: WxrNamespace;
  local: string;
  line: number;
  /** Attributes without a namespace, by name. */
  attributes: Map<string, string>;
  pieces: { text: string; cdata: boolean }[];
  children: WxrElement[];
}

export function newElement(
  ns: WxrNamespace,
  local: string,
  line: number,
  attributes: Map<string, string>,
): WxrElement {
  return { ns, local, line, attributes, pieces: [], children: [] };
}

/**
 * The element's own text. Exporters put whitespace between CDATA sections and around them for layout
 * (and split a CDATA section to write `]]>`), so when CDATA is present, whitespace-only text is layout.
 */
export function textOf(element: WxrElement): string {
  const hasCdata = element.pieces.some((piece) => piece.cdata);
  return element.pieces
    .filter((piece) => !hasCdata || piece.cdata || piece.text.trim() !== "")
    .map((piece) => piece.text)
    .join("");
}

export function childOf(element: WxrElement, ns: WxrNamespace, local: string): WxrElement | undefined {
  return element.children.find((child) => child.ns === ns && child.local === local);
}

export function childrenOf(element: WxrElement, ns: WxrNamespace, local: string): WxrElement[] {
  return element.children.filter((child) => child.ns === ns && child.local === local);
}

/** A field's text as written (content, excerpts, meta values, descriptions): "" when absent. */
export function rawField(element: WxrElement, ns: WxrNamespace, local: string): string {
  const child = childOf(element, ns, local);
  return child ? textOf(child) : "";
}

/** A one-word field (ids, slugs, statuses, dates): surrounding whitespace is layout. */
export function field(element: WxrElement, ns: WxrNamespace, local: string): string {
  return rawField(element, ns, local).trim();
}
