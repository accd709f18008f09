import type { WirePicture } from "../wire-item.ts";
import { escapeHtml, type MarkupElement, type MarkupNode, textOf, toXml } from "./newsml-g2-markup.ts";
import { foldSpace, isHttpUrl, pixelSize } from "./wire-values.ts";

/**
 * Turns NITF or XHTML story markup into the body's small HTML vocabulary. The sanitizer still
 * runs afterwards; this step is about meaning (NITF `hl2` is a subheading, `block` a mere
 * wrapper, loose text a paragraph), so the sanitizer has little left to throw away.
 */
export interface HtmlContext {
  /** The item's headline: an XHTML `<h1>` repeating it is not kept in the body. */
  headline?: string;
  pictures: WirePicture[];
  /** NITF `media` that has no picture address, as markup, for `extra`. */
  leftovers: string[];
}

/** Elements whose content is not story text. */
const DROPPED = new Set(
  "head title script style noscript iframe object embed template meta link form input button select textarea svg math body.head body.end".split(
    " ",
  ),
);

/** Elements that flow inside a paragraph: HTML's and NITF's inline markup (people, places, money…). */
const INLINE = new Set(
  "a em i strong b sub sup span br img q cite abbr small u s code mark time font lang pers org location money num chron event function object.title virtloc classifier copyrite frac alt-code postaddr".split(
    " ",
  ),
);

/** A line that ends a sentence: a `<p>` whose every line does so holds several paragraphs, not wrapped text. */
const SENTENCE_END = /[.!?:;…"”’»)\]]$/;

export function blocksOf(nodes: MarkupNode[], context: HtmlContext): string[] {
  const out: string[] = [];
  let run: MarkupNode[] = [];
  const flush = () => {
    out.push(...paragraphsOf(run));
    run = [];
  };
  for (const node of nodes) {
    if (typeof node === "string" || INLINE.has(node.name)) {
      run.push(node);
      continue;
    }
    flush();
    out.push(...blockOf(node, context));
  }
  flush();
  return out;
}

function blockOf(element: MarkupElement, context: HtmlContext): string[] {
  const { name } = element;
  if (DROPPED.has(name)) return [];
  if (name === "p") return paragraphsOf(element.children);
  if (/^(h[1-6]|hl[12])$/.test(name)) return headingOf(element, context);
  if (name === "ul" || name === "ol") return listOf(element);
  if (name === "blockquote" || name === "bq") return quoteOf(element, context);
  if (name === "figure") return figureOf(element);
  if (name === "media") return mediaOf(element, context);
  if (name === "table") return descendants(element, "tr").flatMap(rowOf);
  if (name === "pre") return preformattedOf(element);
  if (name === "hr") return ["<hr>"];
  // Wrappers (`body.content`, `block`, `div`, `section`) and anything unknown: keep what they hold.
  return blocksOf(element.children, context);
}

/**
 * Paragraphs from a run of inline content. Agencies sometimes send a whole story as one `<p>`
 * (or loose text) with a newline between paragraphs, while pretty-printed NITF wraps one
 * paragraph over many lines; blank lines, or lines that all end a sentence, tell them apart.
 */
export function paragraphsOf(nodes: MarkupNode[]): string[] {
  const splitter = paragraphSplitter(nodes.map(textOf).join(""));
  const paragraphs: string[][] = [[]];
  let lastWasBreak = false;
  for (const node of nodes) {
    const current = paragraphs.at(-1) ?? [];
    if (typeof node === "string") {
      const parts = splitter ? node.split(splitter) : [node];
      current.push(escapeHtml(parts[0] ?? ""));
      for (const part of parts.slice(1)) paragraphs.push([escapeHtml(part)]);
      if (node.trim()) lastWasBreak = false;
    } else if (node.name === "br" && lastWasBreak) {
      // Two line breaks in a row are a paragraph break in wire HTML.
      while (current.length && current.at(-1)?.trim() !== "<br>") current.pop();
      current.pop();
      paragraphs.push([]);
      lastWasBreak = false;
    } else {
      current.push(inlineOf(node));
      lastWasBreak = node.name === "br";
    }
  }
  return paragraphs.map((parts) => foldSpace(parts.join(""))).flatMap(wrapParagraph);
}

function paragraphSplitter(text: string): RegExp | undefined {
  if (/\n[ \t\r]*\n/.test(text.trim())) return /\n[ \t\r]*\n\s*/;
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 1 && lines.slice(0, -1).every((line) => SENTENCE_END.test(line))) return /\n/;
  return undefined;
}

function wrapParagraph(html: string): string[] {
  const cleaned = html.replace(/^(<br>\s*)+|(\s*<br>)+$/g, "");
  const hasText = cleaned.replace(/<[^>]*>/g, "").trim() !== "";
  return hasText || cleaned.includes("<img") ? [`<p>${cleaned}</p>`] : [];
}

/** Inline markup in the body's vocabulary; unknown inline elements give their text. */
export function inlineOf(node: MarkupNode): string {
  if (typeof node === "string") return escapeHtml(node);
  const inner = () => node.children.map(inlineOf).join("");
  switch (node.name) {
    case "br":
      return "<br>";
    case "a":
      return node.attributes.href ? `<a href="${escapeHtml(node.attributes.href)}">${inner()}</a>` : inner();
    case "em":
    case "i":
      return `<em>${inner()}</em>`;
    case "strong":
    case "b":
      return `<strong>${inner()}</strong>`;
    case "sub":
    case "sup":
    case "cite":
      return `<${node.name}>${inner()}</${node.name}>`;
    case "q":
      return `"${inner()}"`;
    case "img":
      return imageOf(node.attributes.src, node.attributes.alt);
    default:
      return DROPPED.has(node.name) ? "" : inner();
  }
}

function imageOf(src: string | undefined, alt: string | undefined): string {
  if (!src) return "";
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt ?? "")}">`;
}

function plainInline(element: MarkupElement): string {
  return foldSpace(element.children.map(inlineOf).join(""));
}

function headingOf(element: MarkupElement, context: HtmlContext): string[] {
  const html = plainInline(element);
  if (!html) return [];
  const level = { h1: 2, hl1: 2, h2: 2, hl2: 2, h3: 3 }[element.name] ?? 4;
  const repeatsHeadline =
    (element.name === "h1" || element.name === "hl1") &&
    foldSpace(textOf(element)).toLowerCase() === context.headline?.toLowerCase();
  return repeatsHeadline ? [] : [`<h${level}>${html}</h${level}>`];
}

function listOf(element: MarkupElement): string[] {
  const items = element.children
    .filter((child): child is MarkupElement => typeof child !== "string" && child.name === "li")
    .map(plainInline)
    .filter(Boolean)
    .map((html) => `<li>${html}</li>`);
  return items.length ? [`<${element.name}>${items.join("")}</${element.name}>`] : [];
}

function quoteOf(element: MarkupElement, context: HtmlContext): string[] {
  const inner = blocksOf(element.children, context);
  return inner.length ? [`<blockquote>${inner.join("")}</blockquote>`] : [];
}

/** An XHTML figure: its image, and its caption with whatever else it says (TT puts the photographer in a div). */
function figureOf(element: MarkupElement): string[] {
  const image = descendants(element, "img")[0];
  const parts = element.children.filter((child) => typeof child === "string" || child.name !== "img");
  const captionFirst = [
    ...parts.filter((child) => typeof child !== "string" && child.name === "figcaption"),
    ...parts.filter((child) => typeof child === "string" || child.name !== "figcaption"),
  ];
  const caption = foldSpace(captionFirst.map(inlineOf).join(" "));
  const img = imageOf(image?.attributes.src, image?.attributes.alt);
  if (!img && !caption) return [];
  return [`<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`];
}

/** NITF `media`: a picture with an address goes in the body and the item's pictures; anything else to `extra`. */
function mediaOf(element: MarkupElement, context: HtmlContext): string[] {
  const reference = descendants(element, "media-reference").find((ref) =>
    isHttpUrl(ref.attributes.source ?? ""),
  );
  const mediaType = element.attributes["media-type"] ?? "";
  const contentType = reference?.attributes["mime-type"];
  const isPicture = /image|photo|graphic/i.test(mediaType) || contentType?.startsWith("image/");
  if (!reference?.attributes.source || !isPicture) {
    context.leftovers.push(toXml(element));
    return [];
  }
  const href = reference.attributes.source;
  const caption = descendants(element, "media-caption")[0];
  const producer = descendants(element, "media-producer")[0];
  const captionText = caption ? foldSpace(textOf(caption)) : undefined;
  const altText = reference.attributes["alternate-text"];
  context.pictures.push({
    href,
    ...(captionText ? { caption: captionText } : {}),
    ...(producer ? { credit: foldSpace(textOf(producer)) } : {}),
    ...(altText ? { altText } : {}),
    renditions: [
      {
        href,
        ...(contentType ? { contentType } : {}),
        ...optionalSize(reference.attributes.width, reference.attributes.height),
      },
    ],
  });
  const figcaption = caption ? `<figcaption>${plainInline(caption)}</figcaption>` : "";
  return [`<figure>${imageOf(href, altText)}${figcaption}</figure>`];
}

export function optionalSize(
  width: string | undefined,
  height: string | undefined,
): { width?: number; height?: number } {
  const w = pixelSize(width);
  const h = pixelSize(height);
  return { ...(w ? { width: w } : {}), ...(h ? { height: h } : {}) };
}

/** A table row as a paragraph: the body keeps no tables, but results and listings must survive. */
function rowOf(row: MarkupElement): string[] {
  const cells = row.children
    .filter(
      (cell): cell is MarkupElement => typeof cell !== "string" && (cell.name === "td" || cell.name === "th"),
    )
    .map(plainInline)
    .filter(Boolean);
  return cells.length ? [`<p>${cells.join(" | ")}</p>`] : [];
}

function preformattedOf(element: MarkupElement): string[] {
  const lines = textOf(element)
    .split("\n")
    .map((line) => escapeHtml(line.trim()));
  const html = lines.join("<br>").replace(/^(<br>)+|(<br>)+$/g, "");
  return html ? [`<p>${html}</p>`] : [];
}

/** Descendant elements by name, in document order (the tree's depth is bounded when it is read). */
export function descendants(element: MarkupElement, name: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  const visit = (node: MarkupElement) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.name === name) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}
