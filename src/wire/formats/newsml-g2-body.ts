import { sanitizeBody } from "../../content/sanitize-body.ts";
import { WireFormatError } from "../wire-error.ts";
import type { WirePicture } from "../wire-item.ts";
import { blocksOf, type HtmlContext, paragraphsOf } from "./newsml-g2-html.ts";
import {
  elementChildren,
  findElement,
  labelText,
  type MarkupElement,
  parseMarkup,
  textOf,
  toXml,
} from "./newsml-g2-markup.ts";

export interface StoryBody {
  /** Sanitized body HTML. */
  html: string;
  /** NITF `body.head` parts by their path there (`hedline/hl1`, `byline`, `abstract`, `dateline`): fallbacks for G2 metadata. */
  head: Map<string, string>;
  pictures: WirePicture[];
  /** What the inline content held that the body does not show, by its path below the content element. */
  extra: Record<string, unknown>;
}

/** Elements that start a text body when an inline XML has neither an `nitf` nor an `html` root. */
const TEXT_ROOTS = new Set(
  "body body.content block hl2 p div section article h1 h2 h3 h4 h5 h6 ul ol blockquote figure table pre span a em strong b i br img".split(
    " ",
  ),
);

/**
 * The story in an `inlineXML`: NITF's `body.content`, an XHTML or HTML document's `body`
 * (namespace or not), or a bare XHTML fragment. Undefined for other vocabularies (SportsML,
 * event lists): those are data, not a story, and the caller keeps them as they are.
 */
export function inlineXmlBody(markup: string, headline: string | undefined): StoryBody | undefined {
  const root = parseMarkup(markup);
  const nitf = findElement(root, "nitf");
  if (nitf) return nitfBody(nitf, headline);
  const html = findElement(root, "html");
  const container = html ? (findElement(html, "body") ?? html) : root;
  const tops = elementChildren(container);
  const isText = html || tops.every((element) => TEXT_ROOTS.has(element.name));
  if (!isText) return undefined;
  if (!tops.length && !textOf(container).trim()) return emptyBody();
  return storyBody(container.children, headline, new Map(), {});
}

function nitfBody(nitf: MarkupElement, headline: string | undefined): StoryBody {
  const body = findElement(nitf, "body");
  const content = body ? findElement(body, "body.content") : undefined;
  const extra: Record<string, unknown> = {};
  const nitfHead = elementChildren(nitf).find((element) => element.name === "head");
  if (nitfHead) extra["nitf/head"] = toXml(nitfHead);
  const end = body ? findElement(body, "body.end") : undefined;
  if (end) extra["nitf/body/body.end"] = labelText(toXml(end));
  const bodyHead = body ? findElement(body, "body.head") : undefined;
  return storyBody(content?.children ?? [], headline, bodyHead ? headParts(bodyHead) : new Map(), extra);
}

/** NITF `body.head`: each part's text, `hedline` split into its `hl1` and `hl2`. */
function headParts(head: MarkupElement): Map<string, string> {
  const parts = new Map<string, string>();
  const add = (key: string, element: MarkupElement) => {
    const text = labelText(toXml(element));
    if (!text) return;
    let name = key;
    for (let n = 2; parts.has(name); n++) name = `${key}[${n}]`;
    parts.set(name, text);
  };
  for (const element of elementChildren(head)) {
    if (element.name !== "hedline") add(element.name, element);
    else for (const line of elementChildren(element)) add(`hedline/${line.name}`, line);
  }
  return parts;
}

function storyBody(
  nodes: MarkupElement["children"],
  headline: string | undefined,
  head: Map<string, string>,
  extra: Record<string, unknown>,
): StoryBody {
  const context: HtmlContext = { ...(headline ? { headline } : {}), pictures: [], leftovers: [] };
  const html = sanitized(blocksOf(nodes, context).join("\n"));
  context.leftovers.forEach((markup, index) => {
    extra[context.leftovers.length > 1 ? `media[${index}]` : "media"] = markup;
  });
  return { html, head, pictures: context.pictures, extra };
}

function emptyBody(): StoryBody {
  return { html: "", head: new Map(), pictures: [], extra: {} };
}

/**
 * An `inlineData` body: plain text becomes escaped paragraphs; text declared as HTML is read as
 * markup. Encoded data (base64 and the like) is no story text: undefined.
 */
export function inlineDataBody(
  text: string,
  contentType: string | undefined,
  encoded: boolean,
): string | undefined {
  if (encoded) return undefined;
  if (contentType && /html/i.test(contentType))
    return sanitized(blocksOf(parseMarkup(text, false).children, { pictures: [], leftovers: [] }).join("\n"));
  if (contentType && !/^text\//i.test(contentType)) return undefined;
  return sanitized(paragraphsOf([text]).join("\n"));
}

/** The body sanitizer's own refusal (a body nested too deep) is a fault of the file, said as one. */
export function sanitized(html: string): string {
  try {
    return sanitizeBody(html);
  } catch (error) {
    if (error instanceof WireFormatError) throw error;
    throw new WireFormatError(
      `the item's body cannot be stored: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
