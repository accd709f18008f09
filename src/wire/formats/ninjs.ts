import { WireFormatError } from "../wire-error.ts";
import type { ParsedWireFile } from "../wire-item.ts";
import { decodeText } from "./decode-text.ts";
import { isRecord } from "./ninjs-extra.ts";
import { readJson } from "./ninjs-json.ts";
import { mapNinjsItem } from "./ninjs-map.ts";
import { repairKnownDeviations } from "./ninjs-repair.ts";
import { validateNinjs } from "./ninjs-schema.ts";
import { detectNinjsVersion, type NinjsSchemaVersion, type NinjsVersion } from "./ninjs-version.ts";

export { ninjsVersionNumber } from "./ninjs-values.ts";
export { NINJS_SCHEMA_VERSIONS, type NinjsSchemaVersion } from "./ninjs-version.ts";

export interface NinjsParseOptions {
  /**
   * Check the file against exactly this schema, as IPTC's conformance suite does: no version
   * detection and no tolerance of known deviations (`cancelled`, 3.x `embargoed`, Superdesk's `guid`).
   */
  validateAs?: NinjsSchemaVersion;
}

/**
 * How deep arrays and objects may nest. Real ninjs stays under 15 (an association's place's
 * contact address, a GeoJSON multipolygon); the schema check recurses once per nested
 * association, so a file nested thousands deep would exhaust the stack instead of being refused.
 */
const MAX_JSON_DEPTH = 64;

/** Items one file may list (an agency API's page of items); a longer list is refused, not read. */
const MAX_LISTED_ITEMS = 1000;

function describeValue(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** Walks with its own stack, so the check itself cannot overflow on what it is there to refuse. */
function assertShallow(root: unknown): void {
  const pending: [unknown, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_JSON_DEPTH)
      throw new WireFormatError(`the file nests arrays and objects more than ${MAX_JSON_DEPTH} deep`);
    for (const item of Object.values(value)) pending.push([item, depth + 1]);
  }
}

function versionFor(doc: Record<string, unknown>, options: NinjsParseOptions): NinjsVersion {
  return options.validateAs
    ? { schema: options.validateAs, label: options.validateAs }
    : detectNinjsVersion(doc);
}

/**
 * Reads an IPTC ninjs item (1.0 to 3.1), or a list of them as an agency's API pages them: detects
 * each one's version, checks it against that version's official schema, and maps it into a
 * WireItem. Throws `WireFormatError` when the bytes are not JSON, not an object or a list of
 * objects, or not valid ninjs, saying where (and which item of a list); one bad item refuses the
 * file, which is kept with the reason.
 */
export function parseNinjs(bytes: Uint8Array, options: NinjsParseOptions = {}): ParsedWireFile {
  const decoded = decodeText(bytes);
  const doc = readJson(decoded.text);
  assertShallow(doc);
  const listed = Array.isArray(doc);
  const docs: unknown[] = listed ? doc : [doc];
  if (docs.length === 0) throw new WireFormatError("the file is an empty list: it holds no items");
  if (docs.length > MAX_LISTED_ITEMS)
    throw new WireFormatError(
      `the file lists ${docs.length} items, more than the ${MAX_LISTED_ITEMS} one file may hold`,
    );
  const parsed = docs.map((each, i) => {
    try {
      return parseItem(each, options);
    } catch (error) {
      if (!listed || !(error instanceof WireFormatError)) throw error;
      throw new WireFormatError(`item ${i + 1} of the list: ${error.message}`);
    }
  });
  const labels = [...new Set(parsed.map((p) => p.label))];
  return {
    format: "ninjs",
    formatVersion: `ninjs ${labels.join(", ") || "list"}`,
    items: parsed.map((p) => p.item),
    ...(decoded.note ? { encodingNote: decoded.note } : {}),
  };
}

function parseItem(doc: unknown, options: NinjsParseOptions) {
  if (!isRecord(doc))
    throw new WireFormatError(`a ninjs item is a JSON object; this one is ${describeValue(doc)}`);
  const version = versionFor(doc, options);
  const repaired = options.validateAs ? { doc, notes: [] } : repairKnownDeviations(doc, version.schema);
  validateNinjs(repaired.doc, version.schema);
  const notes = [...(version.note ? [version.note] : []), ...repaired.notes];
  return { label: version.label, item: mapNinjsItem(doc, notes) };
}
