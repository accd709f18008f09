import { Feed } from "feed";
import type { FeedChannel, FeedEntry } from "./feed-data.ts";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_FILES = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" } as const satisfies Record<
  FeedFormat,
  string
>;

export const FEED_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const satisfies Record<FeedFormat, string>;

function absolute(channel: FeedChannel, path: string): string {
  return path.startsWith("http") ? path : `${new URL(channel.homeUrl).origin}${path}`;
}

/** Byline names, or the agency's credit for wire copy. */
function creators(entry: FeedEntry): { name: string; link?: string }[] {
  if (entry.authors.length > 0) return entry.authors.map((a) => ({ name: a.name, link: a.url }));
  return entry.creditLine ? [{ name: entry.creditLine }] : [];
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/**
 * Stand-ins for what the `feed` library leaves raw. It escapes only those `&` that do not already
 * start an entity, so a typed "&amp;" would reach the reader as "&" and "&colon;" as an undefined
 * entity; in attributes (an Atom category's label and term, an enclosure's title) it leaves `<` and
 * `>`; and it escapes only the first `]]>` of a CDATA section. They are control characters, which
 * NOT_XML removes from every input, so each one in the output is one of ours.
 */
const AMP = "\u0004";
const LT = "\u0001";
const GT = "\u0002";
const CDATA_END = "\u0003";
const xmlCharacters = (value: string) => value.replace(NOT_XML, "");
const text = (value: string) => xmlCharacters(value).replaceAll("&", AMP);
const cdata = (value: string) => xmlCharacters(value).replaceAll("]]>", CDATA_END);
const attribute = (value: string) => text(value).replaceAll("<", LT).replaceAll(">", GT);

/** RSS 2.0 and Atom 1.0, written by the `feed` library, with the escaping it leaves out done here. */
export function renderXmlFeed(channel: FeedChannel, format: "rss" | "atom"): string {
  const xml = writeXmlFeed(channel, format);
  return xml
    .replaceAll(AMP, "&amp;")
    .replaceAll(LT, "&lt;")
    .replaceAll(GT, "&gt;")
    .replaceAll(CDATA_END, "]]]]><![CDATA[>");
}

function writeXmlFeed(channel: FeedChannel, format: "rss" | "atom"): string {
  const feed = new Feed({
    title: text(channel.title),
    id: channel.homeUrl,
    link: channel.homeUrl,
    language: channel.lang,
    updated: new Date(channel.updated),
    copyright: text(channel.title),
    generator: "Dateline",
    feedLinks: {
      rss: channel.feedBase + FEED_FILES.rss,
      atom: channel.feedBase + FEED_FILES.atom,
      json: channel.feedBase + FEED_FILES.json,
    },
  });
  for (const entry of channel.entries) {
    feed.addItem({
      title: cdata(entry.headline),
      id: entry.guid ?? entry.url,
      link: entry.url,
      description: cdata(entry.standfirst),
      content: entry.bodyHtml === null ? undefined : cdata(entry.bodyHtml),
      date: new Date(entry.updatedAt),
      published: new Date(entry.publishedAt),
      author: creators(entry).map((c) => ({ ...c, name: text(c.name) })),
      // Atom writes the name into an attribute, RSS into an element's text (escaped by the library).
      category: [{ name: format === "atom" ? attribute(entry.section) : text(entry.section) }],
      image: entry.image && {
        url: absolute(channel, entry.image.src),
        type: "image/jpeg",
        // Atom's enclosure link has a title (the caption, in the feed's edition); RSS's enclosure has none.
        ...(format === "atom" && entry.image.caption ? { title: attribute(entry.image.caption) } : {}),
      },
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1), written directly: the `feed` library only knows 1.0. */
export function renderJsonFeed(channel: FeedChannel): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedBase + FEED_FILES.json,
    language: channel.lang,
    items: channel.entries.map((entry) => ({
      id: entry.guid ?? entry.url,
      url: entry.url,
      title: entry.headline,
      summary: entry.standfirst,
      ...(entry.bodyHtml ? { content_html: entry.bodyHtml } : { content_text: entry.standfirst }),
      date_published: entry.publishedAt,
      date_modified: entry.updatedAt,
      authors: creators(entry).map((c) => ({ name: c.name, ...(c.link ? { url: c.link } : {}) })),
      tags: [entry.section],
      ...(entry.image ? { image: absolute(channel, entry.image.src) } : {}),
    })),
  });
}
