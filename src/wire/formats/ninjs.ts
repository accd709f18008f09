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

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array (a list of items, such as a ninjs collection, is not one item)";
  return value === null ? "null" : `a ${typeof value}`;
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
 * Reads one IPTC ninjs item (1.0 to 3.1): detects its version, checks it against that version's
 * official schema, and maps it into a WireItem. Throws `WireFormatError` when the bytes are not
 * JSON, not one object, or not valid ninjs, saying where.
 */
export function parseNinjs(bytes: Uint8Array, options: NinjsParseOptions = {}): ParsedWireFile {
  const decoded = decodeText(bytes);
  const doc = readJson(decoded.text);
  if (!isRecord(doc))
    throw new WireFormatError(`a ninjs file holds one JSON object; this one holds ${describeValue(doc)}`);
  assertShallow(doc);
  const version = versionFor(doc, options);
  const repaired = options.validateAs ? { doc, notes: [] } : repairKnownDeviations(doc, version.schema);
  validateNinjs(repaired.doc, version.schema);
  const notes = [...(version.note ? [version.note] : []), ...repaired.notes];
  return {
    format: "ninjs",
    formatVersion: `ninjs ${version.label}`,
    items: [mapNinjsItem(doc, notes)],
    ...(decoded.note ? { encodingNote: decoded.note } : {}),
  };
}
