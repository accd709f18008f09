import type { WireConcept, WireStatus } from "../wire-item.ts";
import { findNumber, findString, members, type NinjsNode, takeText, takeToken } from "./ninjs-extra.ts";
import { boundedInteger, languageTag, pixelSize, utcDateTime, wireStatus } from "./wire-values.ts";

/** A date-time property, taken when it reads as one; otherwise it stays in the file for `extra`. */
export function takeDateTime(node: NinjsNode, ...keys: string[]): string | undefined {
  const found = findString(node, ...keys);
  const value = found && utcDateTime(found.value);
  if (found && value) node.taken.take(found.path);
  return value;
}

/**
 * ninjs `version` is a string; versions compare as numbers ("10" is newer than "9", as text it
 * sorts before). Anything but a whole number ("1.2", "draft") has no number.
 */
export function ninjsVersionNumber(text: string): number | undefined {
  return boundedInteger(text, 0, Number.MAX_SAFE_INTEGER);
}

export function takeVersion(node: NinjsNode): number | undefined {
  const found = findString(node, "version");
  const number = found && ninjsVersionNumber(found.value);
  if (found && number !== undefined) node.taken.take(found.path);
  return number;
}

/** A number property read by `read`, taken when it reads; any other number stays in `extra` rather than rounded. */
function takeNumber(
  node: NinjsNode,
  key: string,
  read: (value: number) => number | undefined,
): number | undefined {
  const found = findNumber(node, key);
  const value = found && read(found.value);
  if (found && value !== undefined) node.taken.take(found.path);
  return value;
}

/** 1 (flash) to 9; 1.x allows any number, so 2.5 or 12 is kept in `extra`. */
export function takeUrgency(node: NinjsNode): number | undefined {
  return takeNumber(node, "urgency", (value) => boundedInteger(value, 1, 9));
}

export function takePixelSize(node: NinjsNode, key: "width" | "height"): number | undefined {
  return takeNumber(node, key, pixelSize);
}

/** ninjs's default is usable. */
export function takeStatus(node: NinjsNode): WireStatus {
  const found = findString(node, "pubStatus", "pubstatus");
  const status = found && wireStatus(found.value);
  if (!found || !status) return "usable";
  node.taken.take(found.path);
  return status;
}

/** BCP 47 with its language subtag lower-cased (`EN-GB` → `en-GB`); a value that is no tag stays in `extra`. */
export function takeLanguage(node: NinjsNode): string | undefined {
  const found = findString(node, "language");
  const tag = found && languageTag(found.value);
  if (found && tag) node.taken.take(found.path);
  return tag;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * 1.x names a concept by `scheme` (a vocabulary's address) and `code` in it; IPTC's vocabularies
 * end their scheme with "/" or "#", so the two join into the concept's URI. A code that is already
 * a URI stands alone; a scheme that does not end so is left in `extra` rather than guessed at.
 */
function takeSchemeCode(node: NinjsNode): string | undefined {
  const code = takeToken(node, "code");
  if (!code || ABSOLUTE.test(code)) return code;
  const scheme = findString(node, "scheme");
  if (!scheme || !/[/#:]$/.test(scheme.value.trim())) return code;
  node.taken.take(scheme.path);
  return scheme.value.trim() + code;
}

function takeConcept(node: NinjsNode): WireConcept | undefined {
  const code = takeToken(node, "uri") ?? takeToken(node, "literal") ?? takeSchemeCode(node);
  // A concept known only by its code is still worth having: the desk can look the code up.
  const name = takeText(node, "name") ?? code;
  if (name === undefined) return undefined;
  return code === undefined ? { name } : { name, code };
}

/** People, organisations, places or subjects, under their 1.x (singular) or 2.x/3.x (plural) name. */
export function takeConcepts(node: NinjsNode, ...keys: string[]): WireConcept[] {
  return members(node, ...keys).flatMap((member) => takeConcept(member.node) ?? []);
}
