import { WireFormatError } from "../wire-error.ts";
import { emptyWireItem, type WireItem, type WirePicture } from "../wire-item.ts";
import { parseFeedDate } from "./feed-dates.ts";
import {
  categorize,
  cleanBody,
  finishItem,
  GUID_FROM,
  HEADLINE_FROM,
  headlineFromBody,
  identify,
  textToHtml,
} from "./feed-item.ts";
import { foldSpace, languageTag } from "./wire-values.ts";

type JsonObject = Record<string, unknown>;

/** The item's members this module maps; every other member goes into `extra` under its name. */
const MAPPED = new Set([
  "id",
  "title",
  "content_html",
  "content_text",
  "summary",
  "author",
  "authors",
  "tags",
  "language",
  "image",
  "attachments",
]);

const FEED_FIELDS = ["title", "home_page_url", "feed_url", "description"];

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): UTF-8 JSON whose `version` is the spec's URL. */
export function parseJsonFeed(text: string): { formatVersion: string; items: WireItem[] } {
  const feed = parseJson(text);
  if (!isObject(feed)) throw new WireFormatError("a JSON Feed must be a JSON object", "/");
  const version = typeof feed.version === "string" ? feed.version : "";
  const number = /^https?:\/\/jsonfeed\.org\/version\/(\d+(?:\.\d+)*)\/?$/.exec(version.trim())?.[1];
  if (!number)
    throw new WireFormatError(
      `not a JSON Feed: "version" must be a https://jsonfeed.org/version/… URL, not ${JSON.stringify(feed.version ?? null)}`,
      "/version",
    );
  if (!Array.isArray(feed.items)) throw new WireFormatError('a JSON Feed needs an "items" array', "/items");
  const items = feed.items.map((item, index) => {
    if (!isObject(item))
      throw new WireFormatError("each JSON Feed item must be an object", `/items/${index}`);
    return jsonItem(item, feed, `/items/${index}`);
  });
  return { formatVersion: `JSON Feed ${number.includes(".") ? number : `${number}.0`}`, items };
}

/** JSON.parse, with the fault's place said as a line and column. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's wording varies between Node versions and quotes the text; its first clause is enough.
    const reason = (error instanceof Error ? error.message : String(error)).split(
      /, "| in JSON| is not| at position/,
    )[0];
    const offset = jsonFaultOffset(text);
    const before = text.slice(0, offset);
    throw new WireFormatError(
      `not valid JSON: ${reason}`,
      `line ${before.split("\n").length}, column ${offset - before.lastIndexOf("\n")}`,
    );
  }
}

/** Any character but `"`, `\\` and the controls below U+0020, or an escape. */
const JSON_STRING = /"(?:[ !#-[\]-\u{10FFFF}]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/uy;
const JSON_SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where text stops being JSON: V8 gives no offset for some faults, none at all in Node 20 for
 * most. Reads without recursion, so that nesting too deep for JSON.parse is still placed.
 */
function jsonFaultOffset(text: string): number {
  const open: ("}" | "]")[] = [];
  let expect: "value" | "valueOrClose" | "key" | "keyOrClose" | "next" = "value";
  let i = 0;
  const matchAt = (pattern: RegExp): number | undefined => {
    pattern.lastIndex = i;
    return pattern.test(text) ? pattern.lastIndex : undefined;
  };
  for (;;) {
    while (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r") i++;
    const c = text[i];
    const closer = open.at(-1);
    if (c === undefined || (expect === "next" && closer === undefined)) return i;
    if (expect === "next" && c === ",") {
      i += 1;
      expect = closer === "}" ? "key" : "value";
    } else if ((expect === "next" || expect.endsWith("OrClose")) && c === closer) {
      open.pop();
      i += 1;
      expect = "next";
    } else if (expect === "key" || expect === "keyOrClose") {
      const end = matchAt(JSON_STRING);
      if (end === undefined) return i;
      i = end;
      while (/\s/.test(text[i] ?? "")) i++;
      if (text[i] !== ":") return i;
      i += 1;
      expect = "value";
    } else if (expect === "next") {
      return i;
    } else if (c === "{" || c === "[") {
      open.push(c === "{" ? "}" : "]");
      i += 1;
      expect = c === "{" ? "keyOrClose" : "valueOrClose";
    } else {
      const end = matchAt(c === '"' ? JSON_STRING : JSON_SCALAR);
      if (end === undefined) return i;
      i = end;
      expect = "next";
    }
  }
}

function jsonItem(item: JsonObject, feed: JsonObject, where: string): WireItem {
  const contentHtml = text(item.content_html);
  const contentText = text(item.content_text);
  const summary = text(item.summary);
  const fullHtml = contentHtml?.trim()
    ? contentHtml
    : contentText?.trim()
      ? textToHtml(contentText)
      : undefined;
  const body = cleanBody(fullHtml ?? textToHtml(summary ?? ""), where);
  const title = foldSpace(text(item.title) ?? "");
  const published = parseFeedDate(text(item.date_published));
  const modified = parseFeedDate(text(item.date_modified));
  const id = typeof item.id === "number" ? String(item.id) : text(item.id);
  const identity = identify({
    ids: [["id", id]],
    link: text(item.url),
    title,
    date: published ?? text(item.date_published),
    body,
  });
  const result = emptyWireItem(identity.guid);
  result.headline = title || headlineFromBody(body);
  result.bodyHtml = body;
  result.standfirst = fullHtml && summary?.trim() ? foldSpace(summary) : undefined;
  result.byline = authorNames(item) ?? authorNames(feed);
  result.language = languageTag(text(item.language) ?? text(feed.language));
  const tags = Array.isArray(item.tags) ? item.tags.flatMap((t) => text(t) ?? []) : [];
  Object.assign(result, categorize(tags.map((name) => ({ name }))));
  result.firstCreated = published;
  result.versionCreated = modified ?? published;
  const { pictures, otherAttachments } = picturesOf(item);
  result.pictures = pictures;
  result.extra = {
    ...unmapped(item, published, modified),
    ...(otherAttachments.length ? { attachments: otherAttachments } : {}),
    ...Object.fromEntries(
      FEED_FIELDS.flatMap((k) => (feed[k] === undefined ? [] : [[`feed/${k}`, feed[k]]])),
    ),
    [GUID_FROM]: identity.from,
    ...(title ? {} : { [HEADLINE_FROM]: "body" }),
  };
  return finishItem(result);
}

/** Dates are mapped only when they read; an unreadable one stays in `extra` as written. */
function unmapped(item: JsonObject, published?: string, modified?: string): JsonObject {
  const mapped = new Set(MAPPED);
  if (published) mapped.add("date_published");
  if (modified) mapped.add("date_modified");
  return Object.fromEntries(Object.entries(item).filter(([key]) => !mapped.has(key)));
}

/** JSON Feed 1.1's `authors`, else 1.0's `author`. */
function authorNames(scope: JsonObject): string | undefined {
  const authors = Array.isArray(scope.authors) ? scope.authors : isObject(scope.author) ? [scope.author] : [];
  const names = authors.flatMap((a) => (isObject(a) ? foldSpace(text(a.name) ?? "") || [] : []));
  return names.length ? [...new Set(names)].join(", ") : undefined;
}

/** The item's `image`, and attachments that are images (their `title` the caption). */
function picturesOf(item: JsonObject): { pictures: WirePicture[]; otherAttachments: unknown[] } {
  const pictures: WirePicture[] = [];
  const image = text(item.image)?.trim();
  if (image) pictures.push({ href: image, renditions: [{ href: image }] });
  const otherAttachments: unknown[] = [];
  for (const attachment of Array.isArray(item.attachments) ? item.attachments : []) {
    const url = isObject(attachment) ? text(attachment.url)?.trim() : undefined;
    const type = isObject(attachment) ? text(attachment.mime_type) : undefined;
    if (!isObject(attachment) || !url || !type?.startsWith("image/")) {
      otherAttachments.push(attachment);
      continue;
    }
    const title = text(attachment.title);
    if (pictures.some((p) => p.href === url)) continue;
    pictures.push({
      href: url,
      caption: title ? foldSpace(title) : undefined,
      renditions: [{ href: url, contentType: type }],
    });
  }
  return { pictures, otherAttachments };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
