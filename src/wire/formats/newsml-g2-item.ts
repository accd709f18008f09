import { WireFormatError } from "../wire-error.ts";
import type { WireItem, WirePicture } from "../wire-item.ts";
import { inlineDataBody, inlineXmlBody, type StoryBody } from "./newsml-g2-body.ts";
import { readConcepts } from "./newsml-g2-concepts.ts";
import { unmappedParts } from "./newsml-g2-extra.ts";
import {
  placeOfDateline,
  readByline,
  readCredit,
  readDatelinePlace,
  readDescription,
  readEmbargo,
  readHeadline,
  readKeywords,
  readLanguage,
  readStatus,
  readTime,
  readUrgency,
} from "./newsml-g2-meta.ts";
import { packageContent } from "./newsml-g2-package.ts";
import {
  contentRenditions,
  iconPictures,
  isPictureClass,
  linkedPictures,
  pictureOf,
} from "./newsml-g2-pictures.ts";
import {
  attribute,
  childNamed,
  childrenNamed,
  flatText,
  type G2Element,
  take,
  takeAttribute,
} from "./newsml-g2-tree.ts";
import { boundedInteger, foldSpace, nfc } from "./wire-values.ts";

const SUMMARY_ROLES = /^(summary|abstract)$/;
const CAPTION_ROLES = /^caption$/;
const ALT_TEXT_ROLES = /^(alternativetext|alttext|alt)$/;

/** What a news item's or package's content comes to before the metadata is added. */
interface Content {
  bodyHtml: string;
  pictures: WirePicture[];
  story?: StoryBody;
  isPicture?: boolean;
  fallbackHeadline?: string;
  extra: Record<string, unknown>;
}

/**
 * One `newsItem` or `packageItem` as a wire item. `siblings` are the items already read from
 * the same news message, by guid, so a package can show its members' headlines and pictures.
 */
export function mapG2Item(item: G2Element, siblings: ReadonlyMap<string, WireItem> = new Map()): WireItem {
  const guid = takeAttribute(item, "guid");
  if (!guid)
    throw new WireFormatError(`the ${item.name} has no guid, so its versions could not be told apart`);
  takeAttribute(item, "standardversion");
  const itemMeta = childNamed(item, "itemMeta");
  const contentMeta = childNamed(item, "contentMeta");
  const headline = readHeadline(contentMeta);
  const content = contentOf(item, itemMeta, contentMeta, headline, siblings);
  const head = content.story?.head ?? new Map<string, string>();
  const language = readLanguage(item, contentMeta, firstStoryElement(item));
  // A picture's description is its caption, not a standfirst, unless it is a summary.
  const standfirst = readDescription(contentMeta, SUMMARY_ROLES, !content.isPicture) ?? head.get("abstract");
  const byline = readByline(contentMeta) ?? head.get("byline");
  const nitfDateline = head.get("dateline");
  const mapped: WireItem = {
    guid: nfc(guid),
    version: readVersion(item),
    urgency: readUrgency(contentMeta),
    headline: headline ?? fallbackHeadline(itemMeta, contentMeta, content, head),
    standfirst,
    bodyHtml: content.bodyHtml,
    byline,
    credit: readCredit(contentMeta, itemMeta),
    language,
    ...readConcepts(item, contentMeta, language),
    keywords: readKeywords(contentMeta),
    datelinePlace:
      readDatelinePlace(contentMeta) ?? (nitfDateline ? placeOfDateline(nitfDateline) : undefined),
    firstCreated: readTime(itemMeta, "firstCreated"),
    versionCreated: readTime(itemMeta, "versionCreated"),
    embargo: readEmbargo(itemMeta),
    status: readStatus(itemMeta),
    pictures: [...content.pictures, ...linkedPictures(itemMeta)],
    extra: {},
  };
  mapped.extra = { ...unmappedParts(item), ...content.extra, ...headLeftovers(head, mapped) };
  return withoutUndefined(mapped);
}

/** `@version`, 1 when absent as the schema says; one that is not a whole number stays in `extra`. */
function readVersion(item: G2Element): number | undefined {
  const written = attribute(item, "version");
  if (written === undefined) return 1;
  const version = boundedInteger(written, 1, Number.MAX_SAFE_INTEGER);
  if (version !== undefined) takeAttribute(item, "version");
  return version;
}

function contentOf(
  item: G2Element,
  itemMeta: G2Element | undefined,
  contentMeta: G2Element | undefined,
  headline: string | undefined,
  siblings: ReadonlyMap<string, WireItem>,
): Content {
  take(childNamed(itemMeta, "itemClass"));
  if (item.name === "packageItem") {
    const content = packageContent(item, siblings);
    return { ...content, ...(content.firstTitle ? { fallbackHeadline: content.firstTitle } : {}) };
  }
  if (isPictureClass(itemMeta)) return pictureContent(item, contentMeta);
  return storyContent(item, contentMeta, headline);
}

/** A picture item is one picture: its renditions, caption and credit. */
function pictureContent(item: G2Element, contentMeta: G2Element | undefined): Content {
  const renditions = contentRenditions(childNamed(item, "contentSet"));
  if (!renditions.length) return { bodyHtml: "", pictures: [], isPicture: true, extra: {} };
  const caption = readDescription(contentMeta, CAPTION_ROLES, true);
  const altText = readDescription(contentMeta, ALT_TEXT_ROLES, false);
  const credit = flatText(childNamed(contentMeta, "creditline")) || undefined;
  const picture = pictureOf(renditions, { caption, credit, altText });
  return { bodyHtml: "", pictures: [picture], isPicture: true, extra: {} };
}

function storyContent(
  item: G2Element,
  contentMeta: G2Element | undefined,
  headline: string | undefined,
): Content {
  const pictures = iconPictures(contentMeta);
  const contentSet = childNamed(item, "contentSet");
  for (const inline of byPreference(childrenNamed(contentSet, "inlineXML"))) {
    const story = inlineXmlBody(inline.markup ?? "", headline);
    if (!story) continue;
    take(inline);
    const extra = Object.fromEntries(
      Object.entries(story.extra).map(([path, value]) => [`contentSet/inlineXML/${path}`, value]),
    );
    return { bodyHtml: story.html, pictures: [...story.pictures, ...pictures], story, extra };
  }
  for (const data of childrenNamed(contentSet, "inlineData")) {
    const html = inlineDataBody(
      data.text,
      attribute(data, "contenttype"),
      attribute(data, "encoding") !== undefined,
    );
    if (html === undefined) continue;
    take(data);
    return { bodyHtml: html, pictures, extra: {} };
  }
  return { bodyHtml: "", pictures, extra: {} };
}

/** NITF and XHTML first: a content set may carry the same story in several forms. */
function byPreference(inlines: G2Element[]): G2Element[] {
  const rank = (inline: G2Element) => (/nitf|html/i.test(attribute(inline, "contenttype") ?? "") ? 0 : 1);
  return [...inlines].sort((a, b) => rank(a) - rank(b));
}

function firstStoryElement(item: G2Element): G2Element | undefined {
  const contentSet = childNamed(item, "contentSet");
  return (
    childrenNamed(contentSet, "inlineXML").find((inline) => inline.used) ??
    childNamed(contentSet, "inlineData")
  );
}

/** An item without a headline still needs one on the desk: its title, slugline, NITF `hl1` or first member's. */
function fallbackHeadline(
  itemMeta: G2Element | undefined,
  contentMeta: G2Element | undefined,
  content: Content,
  head: Map<string, string>,
): string {
  for (const element of [childNamed(itemMeta, "title"), childNamed(contentMeta, "slugline")]) {
    const text = flatText(element);
    if (text) return nfc(flatText(take(element)));
  }
  return nfc(head.get("hedline/hl1") ?? content.fallbackHeadline ?? "");
}

/** NITF `body.head` parts that neither repeat the G2 metadata nor filled a gap in it. */
function headLeftovers(head: Map<string, string>, item: WireItem): Record<string, string> {
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && foldSpace(a).toLowerCase() === foldSpace(b).toLowerCase();
  const mappedTo: Record<string, string | undefined> = {
    "hedline/hl1": item.headline,
    byline: item.byline,
    abstract: item.standfirst,
  };
  const leftovers: Record<string, string> = {};
  for (const [path, text] of head) {
    if (same(text, mappedTo[path])) continue;
    if (path === "dateline" && item.datelinePlace && text.startsWith(item.datelinePlace)) continue;
    leftovers[`contentSet/inlineXML/nitf/body/body.head/${path}`] = text;
  }
  return leftovers;
}

/** Optional fields that came to nothing are left out rather than set to undefined; an embargo keeps its `until`. */
function withoutUndefined(item: WireItem): WireItem {
  for (const [key, value] of Object.entries(item)) if (value === undefined) Reflect.deleteProperty(item, key);
  return item;
}
