import { MAX_BODY_DEPTH, nestingDepth } from "../../content/body-depth.ts";
import { htmlToPlainText } from "../../content/plain-text.ts";
import { sanitizeBody } from "../../content/sanitize-body.ts";
import { WireFormatError } from "../wire-error.ts";
import { childPath, findString, isRecord, type NinjsNode } from "./ninjs-extra.ts";
import { foldSpace, nfc } from "./wire-values.ts";

type TextFormat = "html" | "text" | "other";

/** One headline, body or description, however the version writes it. */
export interface TextVariant {
  path: string;
  /** What it is for (`caption`, `creditline`); undefined for the main one, or when the role only names a format. */
  role?: string;
  format: TextFormat;
  value: string;
}

// Providers name formats where a role belongs: 1.x `body_xhtml`, TT's bodies with role `html5`.
const FORMAT_WORDS: Record<string, TextFormat> = {
  text: "text",
  plain: "text",
  html: "html",
  xhtml: "html",
  richtext: "html",
  html5: "html",
  richhtml5: "html",
  richhtml: "html",
};

const MAIN_ROLES = new Set(["main", "default"]);

/** Undefined when the value is not a media type at all (IPTC's own 2.2 example says `body_xhtml`): the role decides then. */
function formatOfType(contentType: string): TextFormat | undefined {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!type.includes("/")) return undefined;
  if (type === "text/plain") return "text";
  return type === "text/html" || type === "application/xhtml+xml" ? "html" : "other";
}

// An element-like tag: bounded by the next `<` or `>`, so scanning stays linear on hostile text.
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

function variant(path: string, value: string, role: string | undefined, declared?: TextFormat): TextVariant {
  const lowered = role?.toLowerCase();
  const roleFormat = lowered === undefined ? undefined : FORMAT_WORDS[lowered];
  const format = declared ?? roleFormat ?? (LOOKS_LIKE_HTML.test(value) ? "html" : "text");
  const meaning = roleFormat || lowered === undefined || MAIN_ROLES.has(lowered) ? undefined : lowered;
  return { path, value, format, ...(meaning ? { role: meaning } : {}) };
}

/** 1.x suffixes carry a role, a format or both: `body_xhtml`, `description_creditline`, `description_caption_xhtml`. */
function fromSuffix(path: string, value: string, suffix: string): TextVariant {
  const cut = suffix.lastIndexOf("_");
  const format = cut > 0 ? FORMAT_WORDS[suffix.slice(cut + 1).toLowerCase()] : undefined;
  return format ? variant(path, value, suffix.slice(0, cut), format) : variant(path, value, suffix);
}

/**
 * Every `kind` the node holds, in file order: 2.x/3.x arrays (`headlines`, `bodies`,
 * `descriptions`), 1.x's bare `headline` and pattern properties (`headline_main`, `body_text`).
 */
export function textVariants(node: NinjsNode, kind: "headline" | "body" | "description"): TextVariant[] {
  const found: TextVariant[] = [];
  const listKey = kind === "body" ? "bodies" : `${kind}s`;
  const list = node.value[listKey];
  if (Array.isArray(list))
    list.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry.value !== "string") return;
      const role = typeof entry.role === "string" ? entry.role : undefined;
      const type = entry.contentType ?? entry.contenttype;
      const path = childPath(childPath(node.path, listKey), index);
      found.push(variant(path, entry.value, role, typeof type === "string" ? formatOfType(type) : undefined));
    });
  for (const [key, value] of Object.entries(node.value)) {
    if (typeof value !== "string") continue;
    const path = childPath(node.path, key);
    if (key === kind) found.push(variant(path, value, undefined));
    else if (key.startsWith(`${kind}_`)) found.push(fromSuffix(path, value, key.slice(kind.length + 1)));
  }
  return found;
}

export function toPlainText(found: TextVariant): string {
  const text = found.format === "html" ? htmlToPlainText(found.value).replace(/\n/g, " ") : found.value;
  return nfc(foldSpace(text));
}

/** The variant with one of `roles` (undefined meaning the main one), by the order of `roles`; plain text before markup. */
export function pickByRole(variants: TextVariant[], roles: (string | undefined)[]): TextVariant | undefined {
  for (const role of roles) {
    const matching = variants.filter(
      (each) => each.role === role && each.format !== "other" && each.value.trim(),
    );
    const chosen = matching.find((each) => each.format === "text") ?? matching[0];
    if (chosen) return chosen;
  }
  return undefined;
}

/** A headline, standfirst or caption as plain text, taking what it used. */
export function takePlain(node: NinjsNode, chosen: TextVariant | undefined): string | undefined {
  if (!chosen) return undefined;
  const text = toPlainText(chosen);
  if (!text) return undefined;
  node.taken.take(chosen.path);
  return text;
}

/** The headline: the main (role-less) one first, else the first of any role, else the item's `title`. */
export function takeHeadline(node: NinjsNode): string {
  const variants = textVariants(node, "headline");
  const others = [...new Set(variants.map((each) => each.role))].filter((role) => role !== undefined);
  const chosen = takePlain(node, pickByRole(variants, [undefined, ...others]));
  if (chosen) return chosen;
  const title = findString(node, "title");
  if (!title?.value.trim()) return "";
  node.taken.take(title.path);
  return nfc(title.value.trim());
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Wire text puts one paragraph on a line (TT, NTB); each line becomes an escaped paragraph. */
export function textToParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join("");
}

/** A whole HTML document (TT's `html5` bodies) is read for what is inside `<body>`: its `<head>` and `<title>` are not story text. */
function insideBody(html: string): string {
  const open = /<body\b/i.exec(html);
  if (!open) return html;
  const start = html.indexOf(">", open.index);
  if (start < 0) return html;
  let end = html.length;
  for (const close of html.matchAll(/<\/body\s*>/gi)) end = close.index;
  return html.slice(start + 1, Math.max(start + 1, end));
}

// Bounded by the next `<`, so each match is linear: a heading holding only text.
const TEXT_HEADING = /<h1\b[^<>]*>([^<]*)<\/h1\s*>/i;

/**
 * Agency HTML often opens with the headline as `<h1>`: the site prints the headline itself, so
 * that one goes. Other headings move into the levels a body may use (h2 to h4) instead of being
 * flattened into loose text by the sanitizer.
 */
function fitHeadings(html: string, headline: string): string {
  const first = TEXT_HEADING.exec(html);
  const repeated = first && toPlainText({ path: "", format: "html", value: first[1] ?? "" }) === headline;
  const rest = repeated ? html.slice(0, first.index) + html.slice(first.index + first[0].length) : html;
  return rest.replace(/<(\/?)h1\b/gi, "<$1h2").replace(/<(\/?)h[56]\b/gi, "<$1h4");
}

const FORMAT_RANK: Record<TextFormat, number> = { html: 2, text: 1, other: 0 };

/**
 * The richest body: markup before plain text (it keeps links, quotes and figures), then the longer
 * one. A body in another markup (TT's `ttnitf` XML) is not guessed at; it stays in `extra` with the rest.
 */
export function takeBody(node: NinjsNode, headline: string): string {
  const candidates = textVariants(node, "body").filter(
    (each) => each.format !== "other" && each.value.trim(),
  );
  const chosen = candidates.reduce<TextVariant | undefined>((best, each) => {
    if (!best) return each;
    const rank = FORMAT_RANK[each.format] - FORMAT_RANK[best.format];
    return rank > 0 || (rank === 0 && each.value.length > best.value.length) ? each : best;
  }, undefined);
  if (!chosen) return "";
  const html =
    chosen.format === "html"
      ? fitHeadings(insideBody(chosen.value), headline)
      : textToParagraphs(chosen.value);
  // sanitizeBody refuses deep markup with an HTTP error; a wire file says why in its own terms.
  if (nestingDepth(html) > MAX_BODY_DEPTH)
    throw new WireFormatError(`the body nests elements more than ${MAX_BODY_DEPTH} deep`, chosen.path);
  node.taken.take(chosen.path);
  return sanitizeBody(html);
}
