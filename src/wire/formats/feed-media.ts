import type { WirePicture, WireRendition } from "../wire-item.ts";
import { extraValue, htmlToLine, looksLikeHtml } from "./feed-item.ts";
import { all, asNode, attribute, first, textOf } from "./feed-xml.ts";
import type { XmlNode, XmlValue } from "./safe-xml.ts";
import { foldSpace, pixelSize } from "./wire-values.ts";

/** An RSS `enclosure` or an Atom `link rel="enclosure"`: a file attached to the item. */
export interface Enclosure {
  href: string;
  type?: string;
  source: XmlValue;
}

/** The item's elements this module reads; they stay out of `extra` unless left unused. */
export const MEDIA_ELEMENTS = [
  "media:content",
  "media:group",
  "media:thumbnail",
  "media:title",
  "media:description",
  "media:credit",
];

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/**
 * The item's pictures from Media RSS and image enclosures. Images in one `media:group` are one
 * picture's renditions; so are loose `media:content` images at one address but for their query
 * (the Guardian sends one photo at `?w=140` and `?w=460`). Media RSS that is not a picture
 * (video, audio) goes back as leftovers, by path, for `extra`; enclosures that were not
 * pictures are left to the caller, which knows where they were.
 */
export function mediaPictures(item: XmlNode, enclosures: Enclosure[]): MediaPictures {
  const leftovers: Record<string, unknown[]> = {};
  const keep = (path: string, value: XmlValue) => {
    leftovers[path] ??= [];
    leftovers[path].push(extraValue(value));
  };
  const pictures = [...groupPictures(item, keep), ...loosePictures(item, keep)];
  const pictureEnclosures = addEnclosures(enclosures, pictures);
  addThumbnails(item, pictures);
  // Item-level titles and credits describe the pictures; with none, they are the item's own.
  if (pictures.length === 0)
    for (const name of ["media:title", "media:description", "media:credit"])
      for (const value of all(item, name)) keep(name, value);
  return { pictures, leftovers: unwrapSingles(leftovers), pictureEnclosures };
}

type Keep = (path: string, value: XmlValue) => void;

function groupPictures(item: XmlNode, keep: Keep): WirePicture[] {
  const pictures: WirePicture[] = [];
  for (const group of all(item, "media:group")) {
    const images = all(asNode(group), "media:content").filter(isImageContent);
    if (images.length === 0) keep("media:group", group);
    else pictures.push(pictureOf(images, [asNode(group), item]));
  }
  return pictures;
}

function loosePictures(item: XmlNode, keep: Keep): WirePicture[] {
  const byAddress = new Map<string, XmlNode[]>();
  for (const content of all(item, "media:content")) {
    const url = attribute(content, "url");
    if (!url || !isImageContent(content)) keep("media:content", content);
    else byAddress.set(withoutQuery(url), [...(byAddress.get(withoutQuery(url)) ?? []), asNode(content)]);
  }
  return [...byAddress.values()].map((images) => pictureOf(images, [item]));
}

/** Image enclosures as pictures (unless Media RSS already gave that address); returns them. */
function addEnclosures(enclosures: Enclosure[], pictures: WirePicture[]): Set<XmlValue> {
  const used = new Set<XmlValue>();
  for (const enclosure of enclosures.filter((e) => e.type?.startsWith("image/"))) {
    used.add(enclosure.source);
    if (!hasAddress(pictures, enclosure.href))
      pictures.push({
        href: enclosure.href,
        caption: attribute(enclosure.source, "title"),
        renditions: [{ href: enclosure.href, contentType: enclosure.type }],
      });
  }
  return used;
}

export interface MediaPictures {
  pictures: WirePicture[];
  leftovers: Record<string, unknown>;
  /** The enclosures that became pictures: the rest belong in `extra`. */
  pictureEnclosures: ReadonlySet<XmlValue>;
}

/** Item-level thumbnails: pictures of their own when there is no other, else a thumbnail rendition. */
function addThumbnails(item: XmlNode, pictures: WirePicture[]): void {
  const thumbnails = all(item, "media:thumbnail").flatMap((t) => renditionOf(t, "thumbnail") ?? []);
  const [main] = pictures;
  if (main) main.renditions.push(...thumbnails.filter((t) => !hasAddress(pictures, t.href)));
  else
    for (const thumbnail of thumbnails)
      pictures.push({
        href: thumbnail.href,
        caption: captionOf([item]),
        credit: creditOf([item]),
        renditions: [thumbnail],
      });
}

function pictureOf(images: XmlValue[], outer: XmlNode[]): WirePicture {
  const renditions = images.flatMap((image) => renditionOf(image) ?? []);
  for (const image of images)
    for (const thumbnail of all(asNode(image), "media:thumbnail")) {
      const rendition = renditionOf(thumbnail, "thumbnail");
      if (rendition && !renditions.some((r) => r.href === rendition.href)) renditions.push(rendition);
    }
  const scopes = [...images.map(asNode), ...outer];
  return {
    href: largest(renditions)?.href,
    caption: captionOf(scopes),
    credit: creditOf(scopes),
    renditions,
  };
}

function renditionOf(value: XmlValue, name?: string): WireRendition | undefined {
  const href = attribute(value, "url")?.trim();
  if (!href) return undefined;
  return {
    name,
    href,
    contentType: attribute(value, "type"),
    width: pixelSize(attribute(value, "width")),
    height: pixelSize(attribute(value, "height")),
  };
}

/** Media RSS: the nearest description, else the nearest title, from the content outwards. */
function captionOf(scopes: XmlNode[]): string | undefined {
  for (const name of ["media:description", "media:title"])
    for (const scope of scopes) {
      const element = first(scope, name);
      const text = textOf(element)?.trim();
      if (!text) continue;
      return attribute(element, "type") === "html" || looksLikeHtml(text)
        ? htmlToLine(text)
        : foldSpace(text);
    }
  return undefined;
}

/** The nearest credits; several (photographer, agency) are joined. */
function creditOf(scopes: XmlNode[]): string | undefined {
  for (const scope of scopes) {
    const credits = all(scope, "media:credit").flatMap((c) => textOf(c)?.trim() || []);
    if (credits.length) return [...new Set(credits)].join(", ");
  }
  return undefined;
}

function isImageContent(value: XmlValue): boolean {
  const medium = attribute(value, "medium");
  const type = attribute(value, "type");
  if (medium) return medium === "image";
  if (type) return type.startsWith("image/");
  const url = attribute(value, "url");
  return url !== undefined && IMAGE_PATH.test(withoutQuery(url));
}

/** The biggest full rendition: a thumbnail with a size never beats the picture without one. */
function largest(renditions: WireRendition[]): WireRendition | undefined {
  const full = renditions.filter((r) => r.name !== "thumbnail");
  const area = (r: WireRendition) => (r.width ?? 0) * (r.height ?? r.width ?? 0);
  return [...(full.length ? full : renditions)].sort((a, b) => area(b) - area(a))[0];
}

function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, "");
}

function hasAddress(pictures: WirePicture[], href: string): boolean {
  return pictures.some((p) => p.href === href || p.renditions.some((r) => r.href === href));
}

function unwrapSingles(lists: Record<string, unknown[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
}
