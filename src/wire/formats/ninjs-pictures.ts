import type { WirePicture, WireRendition } from "../wire-item.ts";
import {
  childPath,
  findString,
  type Member,
  members,
  type NinjsNode,
  takeText,
  takeToken,
} from "./ninjs-extra.ts";
import { pickByRole, type TextVariant, takePlain, textVariants } from "./ninjs-text.ts";
import { takePixelSize } from "./ninjs-values.ts";

const PICTURE_TYPES = new Set(["picture", "graphic"]);

function contentTypeOf(node: NinjsNode): { value: string; path: string } | undefined {
  return findString(node, "contentType", "contenttype", "mimetype");
}

/** A rendition that is not declared as something else (AP sends its NITF caption file as one). */
function isImage(rendition: NinjsNode): boolean {
  const type = contentTypeOf(rendition);
  return !type || type.value.trim().toLowerCase().startsWith("image/");
}

function hasAddress(rendition: NinjsNode): boolean {
  const href = findString(rendition, "href");
  return Boolean(href?.value.trim());
}

function takeRendition({ node, name }: Member): WireRendition {
  const href = takeToken(node, "href") ?? "";
  const type = contentTypeOf(node);
  if (type) node.taken.take(type.path);
  // In 2.x and 3.x the name is a property; in 1.x it is the key, which the path keeps.
  if (name !== undefined && typeof node.value.name === "string")
    node.taken.take(childPath(node.path, "name"));
  const width = takePixelSize(node, "width");
  const height = takePixelSize(node, "height");
  return {
    href,
    ...(name !== undefined ? { name } : {}),
    ...(type ? { contentType: type.value.trim() } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

function usableRenditions(node: NinjsNode): Member[] {
  return members(node, "renditions").filter((each) => hasAddress(each.node) && isImage(each.node));
}

const FULL_SIZE_NAMES = ["original", "highres", "hires", "main", "baseimage"];

/** The largest by area; without sizes, the one named as the full picture, else the first. */
function largest(renditions: WireRendition[]): WireRendition | undefined {
  const sized = renditions.filter((each) => each.width && each.height);
  if (sized.length)
    return sized.reduce((best, each) =>
      (each.width ?? 0) * (each.height ?? 0) > (best.width ?? 0) * (best.height ?? 0) ? each : best,
    );
  return renditions.find((each) => FULL_SIZE_NAMES.includes(each.name?.toLowerCase() ?? "")) ?? renditions[0];
}

const ALT_ROLE = /^alt(ernative)?[-_ ]?(text)?$/;

function takeAltText(node: NinjsNode, descriptions: TextVariant[]): string | undefined {
  const roles = descriptions
    .map((each) => each.role)
    .filter((role) => role !== undefined && ALT_ROLE.test(role));
  return takePlain(node, pickByRole(descriptions, roles));
}

/**
 * ninjs has no credit line property; AP sends one as the description with role `creditline`.
 * Without it, the photographer (`by`) and the rights holder make the credit ("Name / Agency"),
 * once each when the byline already names the holder ("Karl Melander/TT").
 */
function takePictureCredit(node: NinjsNode, descriptions: TextVariant[]): string | undefined {
  const creditLine = takePlain(node, pickByRole(descriptions, ["creditline"]));
  if (creditLine) return creditLine;
  const by = takeText(node, "by", "byline");
  const holder = takeText(node, "copyrightHolder", "copyrightholder");
  if (by && holder && !by.toLowerCase().includes(holder.toLowerCase())) return `${by} / ${holder}`;
  return by || holder || undefined;
}

/** The caption: the description so named, else the main description, else a 1.x picture's `body_text`. */
function takeCaption(node: NinjsNode, descriptions: TextVariant[]): string | undefined {
  return (
    takePlain(node, pickByRole(descriptions, ["caption", undefined])) ??
    takePlain(node, pickByRole(textVariants(node, "body"), [undefined, "caption"]))
  );
}

/** A picture from an item with image renditions; undefined (and nothing taken) when it has none. */
function takePicture(node: NinjsNode): WirePicture | undefined {
  const found = usableRenditions(node);
  if (!found.length) return undefined;
  const renditions = found.map(takeRendition);
  const type = findString(node, "type");
  if (type && PICTURE_TYPES.has(type.value)) node.taken.take(type.path);
  const descriptions = textVariants(node, "description");
  const caption = takeCaption(node, descriptions);
  const credit = takePictureCredit(node, descriptions);
  const altText = takeAltText(node, descriptions);
  const href = largest(renditions)?.href;
  return {
    renditions,
    ...(href ? { href } : {}),
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(altText ? { altText } : {}),
  };
}

function isPictureItem(node: NinjsNode): boolean {
  const type = node.value.type;
  return typeof type === "string" ? PICTURE_TYPES.has(type) : usableRenditions(node).length > 0;
}

/**
 * The item's pictures: the item itself when it is one (an agency photo), then its associated
 * pictures, whether 1.x names them as keys (`mainpic`) or 2.x/3.x lists them. Associated text,
 * audio and video stay whole in `extra`.
 */
export function takePictures(item: NinjsNode): WirePicture[] {
  const own = item.value.type === "picture" || item.value.type === "graphic" ? takePicture(item) : undefined;
  const associated = members(item, "associations")
    .filter((each) => isPictureItem(each.node))
    .flatMap((each) => takePicture(each.node) ?? []);
  return own ? [own, ...associated] : associated;
}
