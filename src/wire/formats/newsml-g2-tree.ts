import { WireFormatError } from "../wire-error.ts";
import { labelText } from "./newsml-g2-markup.ts";
import { parseXml, type XmlNode, type XmlValue } from "./safe-xml.ts";
import { foldSpace } from "./wire-values.ts";

/**
 * A G2 element by its local name, so `<newsItem>`, `<nar:newsItem>` and TT's namespace-less
 * `<newsItem>` read alike. `used` and `usedAttributes` record what the mapping took, so whatever
 * it did not take can go to `extra` (see newsml-g2-extra.ts).
 */
export interface G2Element {
  name: string;
  attributes: Record<string, string>;
  children: G2Element[];
  /** Text content, entity references decoded; for a mixed-content element, its text with `<br/>` as a newline. */
  text: string;
  /** The inner markup as written, for elements read raw (inline XML and mixed-content labels). */
  markup?: string;
  used: boolean;
  usedAttributes: Set<string>;
}

/**
 * Elements whose content mixes text and markup (`<br/>`, `<a>`, `<span>`) or is a whole
 * document (`inlineXML`). The XML parser would concatenate their text runs and drop where the
 * line breaks were, so they are kept as markup and read in order.
 */
const RAW_ELEMENTS = [
  "inlineXML",
  "headline",
  "description",
  "by",
  "dateline",
  "creditline",
  "slugline",
  "title",
  "edNote",
  "definition",
  "note",
  "usageTerms",
  "copyrightNotice",
];

/** A document's prefixes, bounded so a file declaring thousands cannot blow up the pattern list. */
function declaredPrefixes(text: string): string[] {
  const prefixes = new Set<string>();
  for (const match of text.matchAll(/xmlns:([A-Za-z_][\w.-]{0,40})\s*=/g)) {
    if (match[1]) prefixes.add(match[1]);
    if (prefixes.size >= 16) break;
  }
  return [...prefixes];
}

function rawElementPatterns(text: string): string[] {
  const prefixes = ["", ...declaredPrefixes(text).map((prefix) => `${prefix}:`)];
  return prefixes.flatMap((prefix) => RAW_ELEMENTS.map((name) => `*.${prefix}${name}`));
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** Parses the file and returns its root element. */
export function readG2Document(text: string): G2Element {
  const document = parseSafely(text);
  const rootName = Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#"));
  const rootValue = rootName === undefined ? undefined : document[rootName];
  const first = Array.isArray(rootValue) ? rootValue[0] : rootValue;
  if (rootName === undefined || first === undefined)
    throw new WireFormatError("the file holds no XML element");
  return toElement(rootName, first);
}

function parseSafely(text: string): XmlNode {
  return parseXml(text, {
    stopNodes: rawElementPatterns(text),
    isArray: (name) => !name.startsWith("@_") && !name.startsWith("?"),
  });
}

function isRaw(name: string): boolean {
  return RAW_ELEMENTS.includes(localName(name));
}

function toElement(qualifiedName: string, value: XmlValue): G2Element {
  const element: G2Element = {
    name: localName(qualifiedName),
    attributes: {},
    children: [],
    text: "",
    used: false,
    usedAttributes: new Set(),
  };
  const raw = isRaw(qualifiedName);
  if (typeof value === "string") return withText(element, value, raw);
  if (Array.isArray(value)) return element;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("@_")) {
      if (typeof child === "string") element.attributes[key.slice(2)] = child;
    } else if (key === "#text") {
      if (typeof child === "string") withText(element, child, raw);
    } else {
      for (const item of Array.isArray(child) ? child : [child]) element.children.push(toElement(key, item));
    }
  }
  return element;
}

function withText(element: G2Element, value: string, raw: boolean): G2Element {
  if (!raw) {
    element.text = value;
    return element;
  }
  element.markup = value;
  // An inline XML body is read once, by the body reader; its text alone would serve nothing.
  element.text = element.name === "inlineXML" ? "" : labelText(value);
  return element;
}

export function childrenNamed(element: G2Element | undefined, name: string): G2Element[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

export function childNamed(element: G2Element | undefined, name: string): G2Element | undefined {
  return element?.children.find((child) => child.name === name);
}

export function attribute(element: G2Element | undefined, name: string): string | undefined {
  const value = element?.attributes[name]?.trim();
  return value ? value : undefined;
}

/** Marks the whole element as mapped and returns it. */
export function take<T extends G2Element | undefined>(element: T): T {
  if (element) element.used = true;
  return element;
}

/** Reads an attribute and marks it as mapped when it has a value. */
export function takeAttribute(element: G2Element | undefined, name: string): string | undefined {
  const value = attribute(element, name);
  if (element && value !== undefined) element.usedAttributes.add(name);
  return value;
}

/** An element's text with every run of white space made one space. */
export function flatText(element: G2Element | undefined): string {
  return foldSpace(element?.text ?? "");
}

/**
 * The code part of a QCode (`stat:canceled` → `canceled`) or the last segment of a URI
 * (`…/pubstatusg2/canceled` → `canceled`). The scheme alias is the provider's choice and is
 * resolved through its catalog, so it is never compared.
 */
export function conceptCode(element: G2Element | undefined, qcodeName = "qcode", uriName = "uri"): string {
  const qcode = attribute(element, qcodeName);
  if (qcode) return qcode.slice(qcode.indexOf(":") + 1).trim();
  const uri = attribute(element, uriName);
  if (!uri) return "";
  return (
    uri
      .replace(/[/#]+$/, "")
      .split(/[/#]/)
      .pop() ?? ""
  );
}
