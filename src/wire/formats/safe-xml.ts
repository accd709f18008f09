import { XMLParser, XMLValidator } from "fast-xml-parser";
import { WireFormatError } from "../wire-error.ts";

/** An element as the parser gives it: attributes under `@_name`, text under `#text`, children by name. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

export interface XmlOptions {
  /** Elements whose content is kept as raw markup (a body in XHTML or NITF, say), by path pattern. */
  stopNodes?: readonly string[];
  /** Whether an element at this path is always a list, even when it occurs once. */
  isArray?: (name: string, path: string) => boolean;
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;

/**
 * XML's five entities and character references, decoded in one pass so `&amp;#233;` stays the
 * text `&#233;`. Any other named entity would need a DTD, which is never read: it is left as written.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return PREDEFINED[name] ?? whole;
    const point = decimal ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    return isXmlChar(point) ? String.fromCodePoint(point) : whole;
  });
}

function isXmlChar(point: number): boolean {
  return (
    point === 0x9 ||
    point === 0xa ||
    point === 0xd ||
    (point >= 0x20 && point <= 0xd7ff) ||
    (point >= 0xe000 && point <= 0xfffd) ||
    (point >= 0x10000 && point <= 0x10ffff)
  );
}

/**
 * Entity declarations are refused outright: wire formats never need them, and they are how
 * external files are read (XXE) and how a few bytes expand to gigabytes. A DOCTYPE that only
 * names a DTD (old RSS 0.91 files do) is allowed: the DTD is never fetched.
 */
function refuseEntityDeclarations(text: string): void {
  const declaration = /<!ENTITY/i.exec(text);
  if (declaration)
    throw new WireFormatError(
      "the file declares XML entities, which are refused",
      positionOf(text, declaration.index),
    );
}

function positionOf(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  return `line ${line}, column ${index - before.lastIndexOf("\n")}`;
}

/** Parses well-formed XML safely, or throws `WireFormatError` with the line and column of the fault. */
export function parseXml(text: string, options: XmlOptions = {}): XmlNode {
  // A file may start with blank lines before its declaration (some agencies' files do).
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  refuseEntityDeclarations(trimmed);
  const valid = XMLValidator.validate(trimmed, { allowBooleanAttributes: true });
  if (valid !== true)
    throw new WireFormatError(
      `not well-formed XML: ${valid.err.msg}`,
      `line ${valid.err.line}, column ${valid.err.col}`,
    );
  const isArray = options.isArray;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
    cdataPropName: false,
    stopNodes: [...(options.stopNodes ?? [])],
    ...(isArray ? { isArray: (name: string, path: unknown) => isArray(name, String(path)) } : {}),
    tagValueProcessor: (_name, value) => decodeXmlText(value),
    attributeValueProcessor: (_name, value) => decodeXmlText(value),
  });
  try {
    return parser.parse(literalCdata(trimmed)) as XmlNode;
  } catch (error) {
    // The parser's own limits (it refuses elements nested past 100 levels) are the file's fault too.
    const reason = (error as Error).message;
    throw new WireFormatError(
      /nested/i.test(reason)
        ? "the file nests elements too deeply (over 100 levels)"
        : `the XML cannot be read: ${reason}`,
    );
  }
}

/**
 * CDATA is literal text, but the parser hands it to the same processor as other text, which would
 * decode `&amp;` inside it. Written out escaped instead, it reaches every reader (stop nodes
 * included) as exactly its characters.
 */
function literalCdata(text: string): string {
  return text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, content: string) =>
    content.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"),
  );
}
