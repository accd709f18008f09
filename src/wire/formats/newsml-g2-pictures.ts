import type { WirePicture, WireRendition } from "../wire-item.ts";
import { optionalSize } from "./newsml-g2-html.ts";
import {
  attribute,
  childNamed,
  childrenNamed,
  conceptCode,
  flatText,
  type G2Element,
  take,
  takeAttribute,
} from "./newsml-g2-tree.ts";
import { nfc } from "./wire-values.ts";

/** Item classes (IPTC `ninat`) that are still images. */
const PICTURE_CLASSES = new Set(["picture", "graphic"]);

export function isPictureClass(element: G2Element | undefined): boolean {
  return PICTURE_CLASSES.has(conceptCode(childNamed(element, "itemClass")).toLowerCase());
}

/**
 * An address a rendition may have: web addresses, and references relative to the file (a picture
 * delivered beside it). `file:` and other schemes are not fetched from a wire file; such
 * renditions stay in `extra`.
 */
function usableHref(href: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === "http" || scheme === "https" ? trimmed : undefined;
}

/** A rendition from an element carrying G2's content attributes (`remoteContent`, `icon`, `link`, `itemRef`). */
function renditionOf(element: G2Element): WireRendition | undefined {
  const href = usableHref(attribute(element, "href"));
  if (!href) return undefined;
  takeAttribute(element, "href");
  const name = conceptCode(element, "rendition", "renditionuri");
  takeAttribute(element, "rendition");
  takeAttribute(element, "renditionuri");
  const contentType = takeAttribute(element, "contenttype");
  const size = optionalSize(takeAttribute(element, "width"), takeAttribute(element, "height"));
  return { ...(name ? { name } : {}), href, ...(contentType ? { contentType } : {}), ...size };
}

/** A picture item's renditions, in the file's order: the agency's order often says which is the original. */
export function contentRenditions(contentSet: G2Element | undefined): WireRendition[] {
  return childrenNamed(contentSet, "remoteContent").flatMap((element) => renditionOf(element) ?? []);
}

export function largest(renditions: WireRendition[]): WireRendition | undefined {
  const area = (rendition: WireRendition) => (rendition.width ?? 0) * (rendition.height ?? 0);
  return renditions.reduce<WireRendition | undefined>(
    (best, rendition) => (!best || area(rendition) > area(best) ? rendition : best),
    undefined,
  );
}

export function pictureOf(
  renditions: WireRendition[],
  details: { caption?: string; credit?: string; altText?: string },
): WirePicture {
  const href = largest(renditions)?.href;
  return {
    ...(href ? { href } : {}),
    ...(details.caption ? { caption: details.caption } : {}),
    ...(details.credit ? { credit: details.credit } : {}),
    ...(details.altText ? { altText: details.altText } : {}),
    renditions,
  };
}

/**
 * A picture a reference points at (`itemMeta/link`, a package's `itemRef`, a video's `icon`):
 * kept when it has an address and is a picture by its item class or content type.
 */
export function referencedPicture(reference: G2Element, always = false): WirePicture | undefined {
  const isImage = attribute(reference, "contenttype")?.toLowerCase().startsWith("image/");
  if (!always && !isImage && !isPictureClass(reference)) return undefined;
  const rendition = renditionOf(reference);
  if (!rendition) return undefined;
  if (isPictureClass(reference)) take(childNamed(reference, "itemClass"));
  const caption = take(childNamed(reference, "description") ?? childNamed(reference, "title"));
  return pictureOf([rendition], { caption: caption ? nfc(flatText(caption)) : undefined });
}

/** Pictures a `link` in `itemMeta` points at. */
export function linkedPictures(itemMeta: G2Element | undefined): WirePicture[] {
  return childrenNamed(itemMeta, "link").flatMap((link) => referencedPicture(link) ?? []);
}

/** A video's or graphic's `icon`s: the still that stands for it. */
export function iconPictures(contentMeta: G2Element | undefined): WirePicture[] {
  return childrenNamed(contentMeta, "icon").flatMap((icon) => referencedPicture(icon, true) ?? []);
}
