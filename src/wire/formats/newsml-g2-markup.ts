import { Parser } from "htmlparser2";
import { MAX_BODY_DEPTH } from "../../content/body-depth.ts";
import { WireFormatError } from "../wire-error.ts";
import { foldSpace } from "./wire-values.ts";

/** An element of markup kept raw by the XML parser (an inline XML body, a label with `<br/>`). */
export interface MarkupElement {
  /** Local name, lower-cased: NITF, XHTML and TT's HTML all spell their elements in lower case. */
  name: string;
  attributes: Record<string, string>;
  children: MarkupNode[];
}
export type MarkupNode = MarkupElement | string;

/**
 * How deep inline markup may nest. The body sanitizer refuses bodies past MAX_BODY_DEPTH; NITF
 * and XHTML wrap a story in a few more levels (`nitf`, `body`, `body.content`, `html`, `section`)
 * that never reach the stored body.
 */
const MAX_MARKUP_DEPTH = MAX_BODY_DEPTH + 8;

/** A marker for `<br/>` while white space is folded, put back as a newline afterwards. */
const BREAK = "\uE000";

function localLower(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}

/**
 * Reads markup that the XML parser already found well-formed into a small tree, counting depth
 * as it goes so nested junk is refused before anything walks it recursively.
 */
export function parseMarkup(markup: string, xml = true): MarkupElement {
  const root: MarkupElement = { name: "#root", attributes: {}, children: [] };
  const open: MarkupElement[] = [root];
  let tooDeep = false;
  let inCdata = false;
  // In XML, references are decoded here rather than by the parser, so HTML's named entities
  // (`&nbsp;`, `&eacute;`, which XHTML bodies use without their DTD) come out as characters too.
  const decode = (text: string) => (xml && !inCdata ? decodeReferences(text) : text);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (open.length > MAX_MARKUP_DEPTH) {
          tooDeep = true;
          parser.pause();
          return;
        }
        const element: MarkupElement = {
          name: localLower(name),
          attributes: localAttributes(attributes, decode),
          children: [],
        };
        open.at(-1)?.children.push(element);
        open.push(element);
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
      ontext(text) {
        open.at(-1)?.children.push(decode(text));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: xml, decodeEntities: !xml },
  );
  parser.write(markup);
  if (tooDeep)
    throw new WireFormatError(`the item's inline content nests elements more than ${MAX_MARKUP_DEPTH} deep`);
  parser.end();
  return root;
}

function localAttributes(
  attributes: Record<string, string>,
  decode: (text: string) => string,
): Record<string, string> {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes))
    if (!name.startsWith("xmlns")) local[name === "xml:lang" ? name : localLower(name)] = decode(value);
  return local;
}

/**
 * Character and entity references in XML text, HTML's named entities included, decoded once.
 * Well-formed XML text holds no `<`, so the HTML parser sees nothing but text and references.
 */
function decodeReferences(text: string): string {
  if (!text.includes("&")) return text;
  let decoded = "";
  const parser = new Parser({ ontext: (part) => (decoded += part) }, { decodeEntities: true });
  parser.end(text);
  return decoded;
}

/** The element's text, `<br/>` marked with BREAK. */
export function textOf(node: MarkupNode): string {
  if (typeof node === "string") return node;
  if (node.name === "br") return BREAK;
  return node.children.map(textOf).join("");
}

/**
 * A label's text (a headline, a description, an editorial note): white space folded, `<br/>`
 * kept as a line break, because BlockType descriptions use it for their lines.
 */
export function labelText(markup: string): string {
  const text = markup.includes("<") || markup.includes("&") ? textOf(parseMarkup(markup)) : markup;
  return text
    .split(BREAK)
    .map(foldSpace)
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Writes a markup element back out, for inline content that is kept in `extra` rather than mapped. */
export function toXml(node: MarkupNode): string {
  if (typeof node === "string") return escapeHtml(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  const inner = node.children.map(toXml).join("");
  return inner ? `<${node.name}${attributes}>${inner}</${node.name}>` : `<${node.name}${attributes}/>`;
}

export function findElement(root: MarkupElement, name: string, depth = 0): MarkupElement | undefined {
  for (const child of root.children) {
    if (typeof child === "string") continue;
    if (child.name === name) return child;
    const found = depth < MAX_MARKUP_DEPTH ? findElement(child, name, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

export function elementChildren(element: MarkupElement): MarkupElement[] {
  return element.children.filter((child): child is MarkupElement => typeof child !== "string");
}
