import { emptyWireItem, type WireItem } from "../wire-item.ts";
import {
  categorize,
  cleanBody,
  dcCreators,
  extraValue,
  feedFields,
  finishItem,
  GUID_FROM,
  HEADLINE_FROM,
  headlineFromBody,
  htmlToLine,
  identify,
  listed,
  pickDate,
  textToHtml,
  titleText,
  unmappedChildren,
} from "./feed-item.ts";
import { type Enclosure, MEDIA_ELEMENTS, mediaPictures } from "./feed-media.ts";
import { all, asNode, attribute, childText, first, type ParsedFeedXml, rawOf, textOf } from "./feed-xml.ts";
import type { XmlNode, XmlValue } from "./safe-xml.ts";
import { foldSpace, languageTag } from "./wire-values.ts";

const ATOM_03 = "http://purl.org/atom/ns#";

/** Atom 1.0's names first, then Atom 0.3's (`issued`, `modified`), then Dublin Core's. */
const FIRST_CREATED = ["published", "issued", "created", "dc:date"];
const VERSION_CREATED = ["updated", "modified", "dcterms:modified"];

const MAPPED = new Set([
  "id",
  "title",
  "content",
  "summary",
  "author",
  "category",
  "link",
  "@_xml:lang",
  "dc:language",
  "georss:featureName",
  ...MEDIA_ELEMENTS,
]);

const FEED_FIELDS = ["id", "title", "subtitle", "tagline", "rights", "copyright"];

/** Atom 1.0 (RFC 4287) and Atom 0.3, whose differences are names and `mode`: a feed, or one entry. */
export function parseAtom(xml: ParsedFeedXml): { formatVersion: string; items: WireItem[] } {
  const isEntryDocument = xml.rootName === "entry";
  const feed = isEntryDocument ? {} : xml.root;
  const entries = isEntryDocument ? [xml.root] : all(xml.root, "entry").map(asNode);
  const formatVersion =
    xml.home.has(ATOM_03) || attribute(xml.root, "version") === "0.3" ? "Atom 0.3" : "Atom 1.0";
  const path = isEntryDocument ? "entry" : "feed/entry";
  return { formatVersion, items: entries.map((entry, i) => atomEntry(entry, feed, `${path}[${i + 1}]`)) };
}

/** `where` is the entry's XPath, for faults. */
function atomEntry(entry: XmlNode, feed: XmlNode, where: string): WireItem {
  const published = pickDate(entry, FIRST_CREATED);
  const updated = pickDate(entry, VERSION_CREATED);
  const content = contentHtml(first(entry, "content"));
  const summary = contentHtml(first(entry, "summary"));
  const hasContent = Boolean(content?.trim());
  const body = cleanBody((hasContent ? content : summary) ?? "", where);
  const title = textConstruct(first(entry, "title"));
  const links = all(entry, "link");
  const identity = identify({
    ids: [["id", childText(entry, "id")]],
    link: alternateLink(links, [feed, entry]),
    title,
    date: published.iso ?? updated.iso,
    body,
  });
  const enclosures = links.filter((l) => attribute(l, "rel") === "enclosure").flatMap(enclosureOf);
  const media = mediaPictures(entry, enclosures);
  const item = emptyWireItem(identity.guid);
  item.headline = title || headlineFromBody(body);
  item.bodyHtml = body;
  item.standfirst = hasContent && summary ? htmlToLine(summary) : undefined;
  item.byline = byline(entry, feed);
  item.credit = childText(asNode(first(entry, "source")), "title");
  item.language = languageTag(
    attribute(entry, "xml:lang") ??
      childText(entry, "dc:language") ??
      attribute(first(entry, "content"), "xml:lang") ??
      attribute(feed, "xml:lang") ??
      childText(feed, "dc:language"),
  );
  Object.assign(item, categorize(all(entry, "category").map(categoryOf)));
  item.datelinePlace = childText(entry, "georss:featureName");
  item.firstCreated = published.iso;
  item.versionCreated = updated.iso ?? published.iso;
  item.pictures = media.pictures;
  item.extra = {
    ...unmappedChildren(
      entry,
      new Set([...MAPPED, published.name, updated.name].filter((n) => n !== undefined)),
    ),
    ...listed(
      "link",
      links.filter((l) => !media.pictureEnclosures.has(l)),
    ),
    ...outOfLine(entry),
    ...media.leftovers,
    ...feedFields("feed", feed, FEED_FIELDS),
    ...feedLink(feed),
    [GUID_FROM]: identity.from,
    ...(title ? {} : { [HEADLINE_FROM]: "body" }),
  };
  return finishItem(item);
}

type ContentKind = "text" | "html" | "xhtml" | "other";

/** Atom 1.0 says `text`, `html`, `xhtml` or a media type; Atom 0.3 always a media type. */
function kindOf(type: string | undefined): ContentKind {
  const t = (type ?? "text").toLowerCase().trim();
  if (t === "text" || t === "text/plain") return "text";
  if (t === "html" || t === "text/html") return "html";
  if (t === "xhtml" || t === "application/xhtml+xml") return "xhtml";
  return t.startsWith("text/") ? "text" : "other";
}

/**
 * A content or summary element as HTML; undefined when it is absent, out of line (`src`), or
 * of a media type that is not text (those are kept in `extra`).
 */
function contentHtml(element: XmlValue | undefined): string | undefined {
  if (element === undefined || attribute(element, "src")) return undefined;
  const kind = kindOf(attribute(element, "type"));
  const raw = rawOf(element);
  if (!raw || kind === "other") return undefined;
  const value = attribute(element, "mode") === "base64" ? fromBase64(raw.value) : raw.value;
  if (kind === "xhtml" || raw.isMarkup) return unwrapXhtml(value);
  return kind === "html" ? value : textToHtml(value);
}

/** A title (or other text construct) as one line of text. */
function textConstruct(element: XmlValue | undefined): string {
  const raw = rawOf(element);
  const kind = kindOf(attribute(element, "type"));
  if (raw?.isMarkup || kind === "xhtml") return htmlToLine(unwrapXhtml(raw?.value ?? ""));
  return titleText(raw, kind === "html" ? "html" : "text");
}

/**
 * Inline XHTML without the `div` RFC 4287 wraps it in, and without the prefix a feed may write
 * its elements with (`<xhtml:p>`), so the HTML sanitizer recognises them.
 */
function unwrapXhtml(markup: string): string {
  let html = markup;
  for (const [, prefix] of markup.matchAll(
    /xmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/g,
  ))
    html = html.replace(new RegExp(`<(/?)${prefix?.replace(/\./g, "\\.")}:`, "g"), "<$1");
  const wrapped = /^\s*<div\b[^>]*>([\s\S]*)<\/div>\s*$/.exec(html);
  return wrapped?.[1] ?? html;
}

function fromBase64(value: string): string {
  return Buffer.from(value.replace(/\s+/g, ""), "base64").toString("utf8");
}

/** Entry authors; else those of the entry's source; else the feed's (RFC 4287 §4.2.1). */
function byline(entry: XmlNode, feed: XmlNode): string | undefined {
  for (const scope of [entry, asNode(first(entry, "source")), feed]) {
    const names = all(scope, "author").flatMap((a) => foldSpace(childText(asNode(a), "name") ?? "") || []);
    if (names.length) return [...new Set(names)].join(", ");
  }
  const creators = dcCreators(entry);
  return creators.length ? creators.join(", ") : undefined;
}

function categoryOf(category: XmlValue): { name: string; scheme?: string } {
  const term = attribute(category, "term") ?? textOf(category) ?? "";
  return { name: attribute(category, "label") ?? term, scheme: attribute(category, "scheme") };
}

/** The entry's web page: `rel="alternate"` (or no rel), resolved against any `xml:base`. */
function alternateLink(links: XmlValue[], scopes: XmlNode[]): string | undefined {
  const link = links.find((l) => (attribute(l, "rel") ?? "alternate") === "alternate");
  const href = attribute(link, "href") ?? attribute(link, "url");
  if (!href) return undefined;
  let base: string | undefined;
  for (const b of [...scopes.map((s) => attribute(s, "xml:base")), attribute(link, "xml:base")])
    if (b) base = resolve(b, base);
  return resolve(href, base);
}

function feedLink(feed: XmlNode): Record<string, string> {
  const href = alternateLink(all(feed, "link"), [feed]);
  return href ? { "feed/link": href } : {};
}

function resolve(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function enclosureOf(link: XmlValue): Enclosure[] {
  const href = attribute(link, "href")?.trim();
  return href ? [{ href, type: attribute(link, "type"), source: link }] : [];
}

/** Content held elsewhere (`src`) or in a type this parser does not read, kept for the desk. */
function outOfLine(entry: XmlNode): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const name of ["content", "summary"]) {
    const element = first(entry, name);
    if (element === undefined) continue;
    if (attribute(element, "src") !== undefined || kindOf(attribute(element, "type")) === "other")
      extra[name] = extraValue(element);
  }
  return extra;
}
