import { decodeXmlText, parseXml, type XmlNode, type XmlValue } from "./safe-xml.ts";

/**
 * Feeds mix vocabularies under whatever prefixes their authors chose (`atom:link`,
 * `atom10:link`, `content:encoded`), so elements are renamed by namespace, not by prefix: each
 * known namespace gets one prefix here, and the feed's own vocabulary (RSS's no namespace, RSS
 * 1.0's or Atom's default one) goes unprefixed. Unknown namespaces keep the prefix written.
 */
const PREFIXES: Record<string, string> = {
  "http://www.w3.org/2005/Atom": "atom",
  "http://purl.org/atom/ns#": "atom03",
  "http://purl.org/rss/1.0/": "rss1",
  "http://channel.netscape.com/rdf/simple/0.9/": "rss090",
  "http://my.netscape.com/rdf/simple/0.9/": "rss090",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://purl.org/dc/terms/": "dcterms",
  "http://purl.org/rss/1.0/modules/content/": "content",
  "http://search.yahoo.com/mrss/": "media",
  "http://search.yahoo.com/mrss": "media",
  "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
  "http://www.georss.org/georss": "georss",
  "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo",
  "http://purl.org/rss/1.0/modules/slash/": "slash",
  "http://wellformedweb.org/CommentAPI/": "wfw",
  "http://purl.org/rss/1.0/modules/syndication/": "sy",
  "http://purl.org/syndication/thread/1.0": "thr",
  "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
  "http://www.w3.org/1999/xhtml": "xhtml",
  "http://www.w3.org/XML/1998/namespace": "xml",
};

/** The vocabularies whose elements go unprefixed when a document's root is in them. */
const HOME_VOCABULARIES = new Set(["atom", "atom03", "rss1", "rss090"]);

/**
 * Elements whose content may be markup (HTML escaped or inline XHTML, CDATA or not): kept raw by
 * the parser so that this module, not the parser, decides how to read them. safe-xml decodes
 * references inside CDATA sections too, which would turn a CDATA `&amp;lt;` into `<`.
 */
const MARKUP_ELEMENTS: Record<string, readonly string[]> = {
  "": ["title", "description"],
  "http://purl.org/rss/1.0/modules/content/": ["encoded"],
  "http://www.w3.org/2005/Atom": ["title", "subtitle", "summary", "content", "rights"],
  "http://purl.org/atom/ns#": ["title", "tagline", "summary", "content", "copyright", "info"],
};

/** A markup element's content as written: `{ "#raw": "…" }` beside its `@_` attributes. */
export const RAW = "#raw";

/** Parses a feed's XML with every element renamed by namespace; see PREFIXES. */
export function parseFeedXml(text: string): ParsedFeedXml {
  const doc = parseXml(text, { stopNodes: markupStopNodes(text) });
  const entry = Object.entries(doc).find(([name]) => !name.startsWith("?"));
  if (!entry) return { rootName: "", root: {}, home: new Set() };
  const [name, value] = entry;
  const node = asNode(value);
  const scope = extendScope(new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]), node);
  const rootNs = namespaceOf(name, scope);
  const homePrefix = PREFIXES[rootNs ?? ""];
  const home = new Set<string>([""]);
  if (homePrefix && HOME_VOCABULARIES.has(homePrefix) && rootNs) home.add(rootNs);
  // RSS 1.0's root is rdf:RDF; its channel and items are in the default namespace it declares.
  const defaultNs = scope.get("");
  if (defaultNs && HOME_VOCABULARIES.has(PREFIXES[defaultNs] ?? "")) home.add(defaultNs);
  const renamer = { home, stopNames: new Set(markupNames(text)) };
  return { rootName: canonicalName(name, scope, home), root: renameNode(node, scope, renamer), home };
}

export interface ParsedFeedXml {
  /** The root element's name as renamed (`rss`, `rdf:RDF`, `feed`). */
  rootName: string;
  root: XmlNode;
  /** The namespaces whose elements were left unprefixed: `""` and the feed's own vocabulary. */
  home: ReadonlySet<string>;
}

interface Renamer {
  home: Set<string>;
  /** Source names (as written) of the elements parsed as stop nodes. */
  stopNames: Set<string>;
}

function markupNames(text: string): string[] {
  const names: string[] = [];
  for (const [ns, locals] of Object.entries(MARKUP_ELEMENTS)) {
    // The usual prefix too, for feeds that use it without declaring it.
    const prefixes = ns === "" ? [""] : ["", PREFIXES[ns] ?? "", ...prefixesBoundTo(text, ns)];
    for (const prefix of prefixes)
      for (const local of locals) names.push(prefix ? `${prefix}:${local}` : local);
  }
  return [...new Set(names)];
}

function markupStopNodes(text: string): string[] {
  return markupNames(text).map((name) => `*.${name}`);
}

function prefixesBoundTo(text: string, ns: string): string[] {
  const escaped = ns.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${escaped}["']`, "g");
  return [...text.matchAll(pattern)].map((m) => m[1] ?? "");
}

function extendScope(scope: Map<string, string>, node: XmlNode): Map<string, string> {
  let extended = scope;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== "string" || (key !== "@_xmlns" && !key.startsWith("@_xmlns:"))) continue;
    if (extended === scope) extended = new Map(scope);
    extended.set(key === "@_xmlns" ? "" : key.slice("@_xmlns:".length), value);
  }
  return extended;
}

function namespaceOf(name: string, scope: Map<string, string>): string | undefined {
  const colon = name.indexOf(":");
  return colon === -1 ? scope.get("") : scope.get(name.slice(0, colon));
}

function canonicalName(name: string, scope: Map<string, string>, home: Set<string>): string {
  const local = name.slice(name.indexOf(":") + 1);
  // A prefix the feed never declared (feeds forget `xmlns:dc`) is kept as written.
  if (local !== name && namespaceOf(name, scope) === undefined) return name;
  const ns = namespaceOf(name, scope) ?? "";
  if (home.has(ns)) return local;
  const prefix = PREFIXES[ns];
  return prefix ? `${prefix}:${local}` : name;
}

function renameNode(node: XmlNode, scope: Map<string, string>, renamer: Renamer): XmlNode {
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "#text") out[key] = value;
    else if (key.startsWith("@_")) out[renameAttribute(key, scope)] = value;
    else
      for (const child of Array.isArray(value) ? value : [value]) {
        const childScope = isNode(child) ? extendScope(scope, child) : scope;
        const name = canonicalName(key, childScope, renamer.home);
        const renamed = renamer.stopNames.has(key)
          ? markRaw(child)
          : isNode(child)
            ? renameNode(child, childScope, renamer)
            : child;
        append(out, name, renamed);
      }
  }
  return out;
}

function renameAttribute(key: string, scope: Map<string, string>): string {
  const name = key.slice(2);
  if (!name.includes(":") || name.startsWith("xmlns")) return key;
  const prefix = PREFIXES[namespaceOf(name, scope) ?? ""];
  return prefix ? `@_${prefix}:${name.slice(name.indexOf(":") + 1)}` : key;
}

function markRaw(value: XmlValue): XmlNode {
  if (typeof value === "string") return { [RAW]: value };
  if (!isNode(value)) return { [RAW]: "" };
  const { "#text": text, ...attributes } = value;
  return { ...attributes, [RAW]: typeof text === "string" ? text : "" };
}

function append(node: XmlNode, name: string, value: XmlValue): void {
  const existing = node[name];
  if (existing === undefined) node[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[name] = [existing, value];
}

export function isNode(value: XmlValue | undefined): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asNode(value: XmlValue | undefined): XmlNode {
  return isNode(value) ? value : typeof value === "string" ? { "#text": value } : {};
}

/** Every occurrence of a child element, whether the parser gave one or a list. */
export function all(node: XmlNode | undefined, name: string): XmlValue[] {
  const value = node?.[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function first(node: XmlNode | undefined, name: string): XmlValue | undefined {
  return all(node, name)[0];
}

export function attribute(value: XmlValue | undefined, name: string): string | undefined {
  const found = isNode(value) ? value[`@_${name}`] : undefined;
  return typeof found === "string" ? found : undefined;
}

/** Raw content read: CDATA kept as written, references decoded elsewhere; comments dropped. */
export interface RawContent {
  value: string;
  /** The content holds elements (inline XHTML), not escaped text. */
  isMarkup: boolean;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Reads a markup element's raw content, telling escaped text from inline elements. */
export function readRaw(raw: string): RawContent {
  const outside = raw.replace(/<!--[\s\S]*?-->/g, "");
  const pieces = outside.split(CDATA);
  // split() with one capture group alternates: outside, CDATA content, outside, …
  const isMarkup = pieces.some((piece, i) => i % 2 === 0 && /<[A-Za-z_/?]/.test(piece));
  const value = pieces
    .map((piece, i) => {
      if (i % 2 === 1) return isMarkup ? escapeHtml(piece) : piece;
      return isMarkup ? piece : decodeXmlText(piece);
    })
    .join("");
  return { value, isMarkup };
}

export function rawOf(value: XmlValue | undefined): RawContent | undefined {
  if (!isNode(value)) return typeof value === "string" ? { value, isMarkup: false } : undefined;
  const raw = value[RAW];
  if (typeof raw === "string") return readRaw(raw);
  const text = value["#text"];
  return typeof text === "string" ? { value: text, isMarkup: false } : undefined;
}

/** An element's text: its own text, a markup element's decoded content, else its children's. */
export function textOf(value: XmlValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return textOf(value[0]);
  if (RAW in value || "#text" in value) return rawOf(value)?.value;
  const parts = Object.entries(value)
    .filter(([key]) => !key.startsWith("@_"))
    .map(([, child]) => textOf(child) ?? "");
  return parts.length ? parts.join(" ") : undefined;
}

/** The trimmed text of the first such child, or undefined when missing or blank. */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
  const text = textOf(first(node, name))?.trim();
  return text ? text : undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
