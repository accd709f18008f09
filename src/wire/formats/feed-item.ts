import { createHash } from "node:crypto";
import { htmlToPlainText } from "../../content/plain-text.ts";
import { sanitizeBody } from "../../content/sanitize-body.ts";
import { WireFormatError } from "../wire-error.ts";
import type { WireConcept, WireItem, WirePicture } from "../wire-item.ts";
import { parseFeedDate } from "./feed-dates.ts";
import { all, childText, escapeHtml, RAW, type RawContent, rawOf, readRaw, textOf } from "./feed-xml.ts";
import type { XmlNode, XmlValue } from "./safe-xml.ts";
import { foldSpace, nfc } from "./wire-values.ts";

/** Where an item's guid came from, kept in `extra` under this key: feeds' guids are often missing. */
export const GUID_FROM = "guidFrom";
/** Said in `extra` when the item had no title and its headline was taken from the body. */
export const HEADLINE_FROM = "headlineFrom";

/** An item's identity: its guid or id, else its link, else a hash of its title and date. */
export function identify(found: {
  ids: [from: string, id: string | undefined][];
  link?: string;
  title?: string;
  date?: string;
  body?: string;
}): { guid: string; from: string } {
  for (const [from, id] of found.ids) if (id?.trim()) return { guid: id.trim(), from };
  if (found.link?.trim()) return { guid: found.link.trim(), from: "link" };
  // With neither title nor date the body is all that tells items apart.
  const hasTitleOrDate = Boolean(found.title || found.date);
  const basis = hasTitleOrDate ? `${found.title ?? ""}\n${found.date ?? ""}` : (found.body ?? "");
  const digest = createHash("sha256").update(nfc(basis)).digest("hex").slice(0, 40);
  return {
    guid: `urn:feed-hash:${digest}`,
    from: hasTitleOrDate ? "hash of title and date" : "hash of body",
  };
}

/** Text that shows markup or character references is read as HTML; other text as itself. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[A-Za-z][^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/.test(text);
}

/** HTML reduced to one line of text, entities decoded: what a headline or caption may hold. */
export function htmlToLine(html: string): string {
  return htmlToPlainText(html).replace(/\n/g, " ").trim();
}

/** A title as text: `html` types reduced to text; `guess` (RSS, which never says) by how it looks. */
export function titleText(raw: RawContent | undefined, kind: "text" | "html" | "guess"): string {
  if (!raw) return "";
  if (raw.isMarkup || kind === "html" || (kind === "guess" && looksLikeHtml(raw.value)))
    return htmlToLine(raw.value);
  return foldSpace(raw.value);
}

/**
 * Plain text as HTML paragraphs: blank lines part paragraphs; single line breaks are the
 * source's wrapping (feeds indent and wrap their XML), so they read as spaces, as in a reader.
 */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(foldSpace)
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("");
}

/** The body sanitizer, with its refusal of absurdly nested markup said as a fault in this file. */
export function cleanBody(html: string, where: string): string {
  try {
    return sanitizeBody(html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WireFormatError(`an item's body cannot be used: ${reason}`, where);
  }
}

/** The first words of a body, for an item that has no title (RSS 2.0 allows that). */
export function headlineFromBody(bodyHtml: string): string {
  const text = htmlToLine(bodyHtml);
  if (text.length <= 100) return text;
  const cut = text.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 100)}…`;
}

/**
 * The first of these date elements that reads, and its name: that element is mapped. The others,
 * read or not, stay in `extra` with the text they had, so an unreadable date is never lost.
 */
export function pickDate(node: XmlNode, names: readonly string[]): { iso?: string; name?: string } {
  for (const name of names) {
    const iso = parseFeedDate(childText(node, name));
    if (iso) return { iso, name };
  }
  return {};
}

/** A parsed XML value as plain JSON for `extra`: attributes as `@name`, text as `#text`. */
export function extraValue(value: XmlValue): unknown {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(extraValue);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("@_xmlns")) continue;
    if (key.startsWith("@_")) out[`@${key.slice(2)}`] = child;
    else if (key === RAW) {
      if (typeof child === "string" && child !== "") out["#text"] = readRaw(child).value;
    } else out[key] = extraValue(child);
  }
  const keys = Object.keys(out);
  return keys.length === 1 && keys[0] === "#text" ? out["#text"] : out;
}

/** Each child not named in `mapped`, by its name: what the item said that has no field. */
export function unmappedChildren(node: XmlNode, mapped: ReadonlySet<string>): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (mapped.has(key) || key === "#text" || key.startsWith("@_xmlns")) continue;
    extra[key.startsWith("@_") ? `@${key.slice(2)}` : key] = extraValue(value);
  }
  return extra;
}

/** Elements of one name for `extra`: none, one, or a list, as the source had them. */
export function listed(name: string, values: XmlValue[]): Record<string, unknown> {
  if (values.length === 0) return {};
  return { [name]: extraValue(values.length === 1 ? (values[0] ?? "") : values) };
}

/** The feed's own fields, for each item's `extra`, keyed by their path (`channel/title`). */
export function feedFields(
  parentPath: string,
  node: XmlNode | undefined,
  names: readonly string[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of names) {
    const value = node?.[name];
    if (value !== undefined)
      fields[`${parentPath}/${name}`] = rawOf(value)?.value.trim() ?? extraValue(value);
  }
  return fields;
}

/** The item's `dc:creator` names, blank ones left out. */
export function dcCreators(node: XmlNode): string[] {
  return all(node, "dc:creator").flatMap((c) => foldSpace(textOf(c) ?? "") || []);
}

/** Categories as keywords (their names) and subjects (those with a vocabulary: domain or scheme). */
export function categorize(categories: { name: string; scheme?: string }[]): {
  keywords: string[];
  subjects: WireConcept[];
} {
  const keywords = new Set<string>();
  const subjects: WireConcept[] = [];
  for (const { name, scheme } of categories) {
    const clean = foldSpace(name);
    if (clean === "") continue;
    keywords.add(clean);
    if (scheme?.trim() && !subjects.some((s) => s.name === clean && s.code === scheme.trim()))
      subjects.push({ name: clean, code: scheme.trim() });
  }
  return { keywords: [...keywords], subjects };
}

/** Every text field in NFC (the body is already, by the sanitizer); blank optional fields unset. */
export function finishItem(item: WireItem): WireItem {
  const optionalText = (text: string | undefined) => (text && nfc(text).trim()) || undefined;
  const picture = (p: WirePicture): WirePicture => ({
    ...p,
    caption: optionalText(p.caption),
    credit: optionalText(p.credit),
    altText: optionalText(p.altText),
  });
  const finished: WireItem = {
    ...item,
    headline: nfc(item.headline).trim(),
    standfirst: optionalText(item.standfirst),
    byline: optionalText(item.byline),
    credit: optionalText(item.credit),
    datelinePlace: optionalText(item.datelinePlace),
    keywords: item.keywords.map(nfc),
    subjects: item.subjects.map((s) => ({ ...s, name: nfc(s.name) })),
    pictures: item.pictures.map(picture),
  };
  return dropUndefined(finished);
}

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  for (const picture of (value as { pictures?: object[] }).pictures ?? []) dropUndefined(picture);
  for (const rendition of (value as { renditions?: object[] }).renditions ?? []) dropUndefined(rendition);
  return value;
}
