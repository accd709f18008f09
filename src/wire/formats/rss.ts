import { WireFormatError } from "../wire-error.ts";
import { emptyWireItem, type WireItem } from "../wire-item.ts";
import {
  categorize,
  cleanBody,
  dcCreators,
  feedFields,
  finishItem,
  GUID_FROM,
  HEADLINE_FROM,
  headlineFromBody,
  htmlToLine,
  identify,
  listed,
  looksLikeHtml,
  pickDate,
  textToHtml,
  titleText,
  unmappedChildren,
} from "./feed-item.ts";
import { type Enclosure, MEDIA_ELEMENTS, mediaPictures } from "./feed-media.ts";
import { all, asNode, attribute, childText, first, type ParsedFeedXml, rawOf, textOf } from "./feed-xml.ts";
import type { XmlNode } from "./safe-xml.ts";
import { foldSpace, languageTag } from "./wire-values.ts";

const RSS_090_NAMESPACES = new Set([
  "http://channel.netscape.com/rdf/simple/0.9/",
  "http://my.netscape.com/rdf/simple/0.9/",
]);

const FIRST_CREATED = ["pubDate", "dc:date", "dcterms:issued", "dcterms:created"];
const VERSION_CREATED = ["atom:updated", "dcterms:modified"];

/** What the item maps into fields (dates only when they were read; see pickDate). */
const MAPPED = new Set([
  "title",
  "guid",
  "description",
  "content:encoded",
  "author",
  "dc:creator",
  "category",
  "dc:subject",
  "dc:language",
  "@_xml:lang",
  "georss:featureName",
  "enclosure",
  ...MEDIA_ELEMENTS,
]);

/** The channel's fields that say whose copy this is, copied into every item's `extra`. */
const CHANNEL_FIELDS = ["title", "link", "description", "copyright", "dc:rights", "dc:publisher"];

/** RSS 0.90 to 2.0, under `<rss>`, and RSS 0.90 and 1.0, under `<rdf:RDF>`. */
export function parseRss(xml: ParsedFeedXml): { formatVersion: string; items: WireItem[] } {
  const { root, rootName } = xml;
  const channel = asNode(first(root, "channel"));
  if (rootName === "rss" && first(root, "channel") === undefined)
    throw new WireFormatError("an RSS file without a <channel>");
  // Items belong in the channel (RSS) or beside it (RDF); both turn up in the wild.
  const inChannel = all(channel, "item").map(asNode);
  const besideChannel = all(root, "item").map(asNode);
  const feed = { channel, root, isRdf: rootName === "rdf:RDF" };
  const items = [
    ...inChannel.map((item, i) => rssItem(item, feed, `${rootName}/channel/item[${i + 1}]`)),
    ...besideChannel.map((item, i) => rssItem(item, feed, `${rootName}/item[${i + 1}]`)),
  ];
  return { formatVersion: rssVersion(xml), items };
}

function rssVersion({ root, rootName, home }: ParsedFeedXml): string {
  if (rootName === "rdf:RDF")
    return [...home].some((ns) => RSS_090_NAMESPACES.has(ns)) ? "RSS 0.90" : "RSS 1.0";
  const version = attribute(root, "version")?.trim();
  if (!version) return "RSS";
  return `RSS ${version === "0.9" ? "0.90" : version}`;
}

interface Feed {
  channel: XmlNode;
  root: XmlNode;
  isRdf: boolean;
}

/** `where` is the item's XPath, for faults. */
function rssItem(node: XmlNode, feed: Feed, where: string): WireItem {
  const published = pickDate(node, FIRST_CREATED);
  const updated = pickDate(node, VERSION_CREATED);
  const { body, standfirst } = bodyAndStandfirst(node, where);
  const title = titleText(rawOf(first(node, "title")), "guess");
  const identity = identify({
    ids: [feed.isRdf ? ["rdf:about", attribute(node, "rdf:about")] : ["guid", childText(node, "guid")]],
    link: childText(node, "link"),
    title,
    date: published.iso ?? childText(node, "pubDate"),
    body,
  });
  const enclosures = all(node, "enclosure").flatMap((e): Enclosure[] => {
    const href = attribute(e, "url")?.trim();
    return href ? [{ href, type: attribute(e, "type"), source: e }] : [];
  });
  const media = mediaPictures(node, enclosures);
  const item = emptyWireItem(identity.guid);
  item.headline = title || headlineFromBody(body);
  item.bodyHtml = body;
  item.standfirst = standfirst;
  item.byline = byline(node);
  item.credit = childText(node, "source");
  item.language = languageTag(
    childText(node, "dc:language") ??
      attribute(node, "xml:lang") ??
      childText(feed.channel, "language") ??
      childText(feed.channel, "dc:language") ??
      attribute(feed.root, "xml:lang"),
  );
  Object.assign(item, categorize(categories(node)));
  item.datelinePlace = childText(node, "georss:featureName");
  item.firstCreated = published.iso;
  item.versionCreated = updated.iso ?? published.iso;
  item.pictures = media.pictures;
  const mapped = new Set([...MAPPED, published.name, updated.name].filter((n) => n !== undefined));
  if (feed.isRdf) mapped.add("@_rdf:about");
  // An author beside dc:creator gave the byline nothing: it stays in extra.
  if (node["dc:creator"] !== undefined) mapped.delete("author");
  item.extra = {
    ...unmappedChildren(node, mapped),
    ...media.leftovers,
    ...listed(
      "enclosure",
      all(node, "enclosure").filter((e) => !media.pictureEnclosures.has(e)),
    ),
    ...guidAttributes(node),
    ...feedFields("channel", feed.channel, CHANNEL_FIELDS),
    [GUID_FROM]: identity.from,
    ...(title ? {} : { [HEADLINE_FROM]: "body" }),
  };
  return finishItem(item);
}

/** content:encoded is the full text when present; the description is then its standfirst. */
function bodyAndStandfirst(node: XmlNode, where: string): { body: string; standfirst?: string } {
  const content = htmlOf(rawOf(first(node, "content:encoded")));
  const description = htmlOf(rawOf(first(node, "description")));
  if (content.trim() === "") return { body: cleanBody(description, where) };
  const standfirst = description.trim() ? htmlToLine(description) : undefined;
  return { body: cleanBody(content, where), standfirst };
}

/** RSS says descriptions may hold escaped HTML; text that shows none keeps its paragraphs. */
function htmlOf(raw: { value: string; isMarkup: boolean } | undefined): string {
  if (!raw) return "";
  return raw.isMarkup || looksLikeHtml(raw.value) ? raw.value : textToHtml(raw.value);
}

/** dc:creator names people; RSS 2.0's author is an address, `jo@example.com (Jo Bloggs)`. */
function byline(node: XmlNode): string | undefined {
  const creators = dcCreators(node);
  if (creators.length) return [...new Set(creators)].join(", ");
  const author = childText(node, "author");
  if (!author) return undefined;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(author) ?? /^(.+?)\s*<\S+@\S+>$/.exec(author);
  return foldSpace(named?.[1] ?? author);
}

function categories(node: XmlNode): { name: string; scheme?: string }[] {
  const fromCategory = all(node, "category").map((c) => ({
    name: textOf(c) ?? "",
    scheme: attribute(c, "domain"),
  }));
  // dc:subject is one string; feeds list several in it, comma- or semicolon-separated.
  const fromSubject = all(node, "dc:subject").flatMap((s) =>
    (textOf(s) ?? "").split(/[,;]/).map((name) => ({ name })),
  );
  return [...fromCategory, ...fromSubject];
}

function guidAttributes(node: XmlNode): Record<string, unknown> {
  const permaLink = attribute(first(node, "guid"), "isPermaLink");
  return permaLink === undefined ? {} : { "guid/@isPermaLink": permaLink };
}
