import { WireFormatError } from "../wire-error.ts";
import type { ParsedWireFile, WireItem } from "../wire-item.ts";
import { declaredXmlEncoding, decodeText } from "./decode-text.ts";
import { plainValue } from "./newsml-g2-extra.ts";
import { mapG2Item } from "./newsml-g2-item.ts";
import { attribute, childNamed, type G2Element, readG2Document } from "./newsml-g2-tree.ts";

/** What other roots are, said to the desk when a file is refused. */
const REFUSED_ROOTS: Record<string, string> = {
  planningItem: "a NewsML-G2 planning item (coverage planned ahead)",
  conceptItem: "a NewsML-G2 concept item (a vocabulary entry: a person, an event, a topic)",
  knowledgeItem: "a NewsML-G2 knowledge item (a set of concepts)",
  catalog: "a NewsML-G2 catalog (the schemes its codes are resolved by)",
  catalogItem: "a NewsML-G2 catalog item (the schemes its codes are resolved by)",
  NewsML: "a NewsML 1.2 file (IPTC's older standard, still sent by AFP and Business Wire)",
  nitf: "an NITF story on its own (no NewsML-G2 around it)",
  contentSet: "a fragment of a NewsML-G2 item (a contentSet on its own)",
  contentMeta: "a fragment of a NewsML-G2 item (a contentMeta on its own)",
  itemMeta: "a fragment of a NewsML-G2 item (an itemMeta on its own)",
  groupSet: "a fragment of a NewsML-G2 package (a groupSet on its own)",
};

const ITEM_ROOTS = new Set(["newsItem", "packageItem"]);

/**
 * Reads an IPTC NewsML-G2 file: a news item, a package, or a news message carrying several.
 * Elements are matched by local name, so files without the G2 namespace (TT's) or with a prefix
 * read alike. Other G2 items, NewsML 1.2 and bare NITF are refused, saying what the file is.
 */
export function parseNewsMLG2(bytes: Uint8Array): ParsedWireFile {
  const { text, note } = readText(bytes);
  const root = readG2Document(text);
  if (root.name === "newsMessage") return withNote(messageFile(root), note);
  if (!ITEM_ROOTS.has(root.name)) throw refusal(root.name);
  return withNote(
    { format: "newsml-g2", formatVersion: formatVersion([root]), items: [mapG2Item(root)] },
    note,
  );
}

function refusal(rootName: string): WireFormatError {
  const what = REFUSED_ROOTS[rootName] ?? `an XML file whose root element is <${rootName}>`;
  return new WireFormatError(`the file is ${what}, not a NewsML-G2 news item or package`);
}

function formatVersion(items: G2Element[]): string {
  const version = items.map((item) => attribute(item, "standardversion")).find(Boolean);
  return version ? `NewsML-G2 ${version}` : "NewsML-G2";
}

function withNote(file: ParsedWireFile, note: string | undefined): ParsedWireFile {
  return note ? { ...file, encodingNote: note } : file;
}

/**
 * A news message: every news item and package in its item set, in the file's order. Packages are
 * read after the news items so they can show their members. An item that cannot stand alone
 * (no guid; a planning or concept item) is left out, and every item read says so in `extra`,
 * with the header (its `nmsig:atomic` signal says the set belongs together).
 */
function messageFile(message: G2Element): ParsedWireFile {
  const members = childNamed(message, "itemSet")?.children ?? [];
  const positions = new Map(members.map((member, position) => [member, position]));
  const mapped = new Map<G2Element, WireItem>();
  const skipped: { element: string; position: number; reason: string }[] = [];
  const byGuid = new Map<string, WireItem>();
  const read = (member: G2Element) => {
    try {
      const item = mapG2Item(member, byGuid);
      mapped.set(member, item);
      byGuid.set(item.guid, item);
    } catch (error) {
      if (!(error instanceof WireFormatError)) throw error;
      skipped.push({ element: member.name, position: positions.get(member) ?? -1, reason: error.message });
    }
  };
  for (const member of members.filter((m) => m.name === "newsItem")) read(member);
  for (const member of members.filter((m) => m.name === "packageItem")) read(member);
  for (const [position, member] of members.entries())
    if (!ITEM_ROOTS.has(member.name))
      skipped.push({ element: member.name, position, reason: refusal(member.name).message });
  skipped.sort((a, b) => a.position - b.position);
  const items = members.flatMap((member) => mapped.get(member) ?? []);
  if (!items.length)
    throw new WireFormatError(
      skipped.length
        ? `the news message holds no news item or package that can be read: ${skipped.map((s) => s.reason).join("; ")}`
        : "the news message holds no news item or package",
    );
  const header = childNamed(message, "header");
  for (const item of items) {
    if (header) item.extra["newsMessage/header"] = plainValue(header);
    if (skipped.length) item.extra["newsMessage/itemSet/skipped"] = skipped;
  }
  return { format: "newsml-g2", formatVersion: formatVersion(members), items };
}

/** Labels of single-byte encodings that files declare while being written in UTF-8. */
const LATIN_LABELS = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "iso-8859-15",
  "windows-1252",
  "cp1252",
  "us-ascii",
  "ascii",
]);

/**
 * The file's text. IPTC's own video example declares ISO-8859-1 while its bytes are UTF-8
 * ("BÃ¼low" if believed); bytes that are valid UTF-8 with multi-byte characters are hardly ever
 * Latin-1 by chance, so they are read as UTF-8 and the note says so.
 */
function readText(bytes: Uint8Array): { text: string; note?: string } {
  const declared = declaredXmlEncoding(bytes);
  if (declared && LATIN_LABELS.has(declared) && isMultiByteUtf8(bytes)) {
    return {
      text: decodeText(bytes).text,
      note: `the file declares ${declared} but its bytes are UTF-8; read as UTF-8`,
    };
  }
  const decoded = decodeText(bytes, declared);
  return decoded.note ? { text: decoded.text, note: decoded.note } : { text: decoded.text };
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
