import { WireFormatError } from "../wire-error.ts";
import type { ParsedWireFile, WireItem } from "../wire-item.ts";
import { parseAtom } from "./atom.ts";
import { declaredXmlEncoding, decodeText } from "./decode-text.ts";
import { parseFeedXml } from "./feed-xml.ts";
import { parseJsonFeed } from "./json-feed.ts";
import { parseRss } from "./rss.ts";

/**
 * A syndication feed's items: RSS 0.90 to 2.0, RSS 1.0 (RDF), Atom 1.0 and 0.3, JSON Feed 1.0
 * and 1.1. The bytes are read by BOM, else by the XML declaration's encoding, else as UTF-8 with
 * a Windows-1252 fallback (said in `encodingNote`); JSON is told from XML by its first character.
 */
export function parseFeed(bytes: Uint8Array): ParsedWireFile {
  const decoded = decodeText(bytes, declaredXmlEncoding(bytes));
  const text = decoded.text.replace(/^\uFEFF/, "");
  const start = /\S/.exec(text)?.[0];
  const parsed = start === "{" ? parseJsonFeed(text) : start === "<" ? parseXmlFeed(text) : undefined;
  if (!parsed)
    throw new WireFormatError(
      start === undefined ? "the file is empty" : "not a feed: neither XML nor a JSON object",
      "line 1",
    );
  return { format: "feed", ...parsed, ...(decoded.note ? { encodingNote: decoded.note } : {}) };
}

function parseXmlFeed(text: string): { formatVersion: string; items: WireItem[] } {
  const xml = parseFeedXml(text);
  switch (xml.rootName) {
    case "rss":
    case "rdf:RDF":
      return parseRss(xml);
    case "feed":
    case "entry":
      return parseAtom(xml);
    default:
      throw new WireFormatError(
        `not a feed: the root element is <${xml.rootName}>, not <rss>, <rdf:RDF>, or Atom's <feed>`,
      );
  }
}
