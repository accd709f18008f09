import type { WireConcept, WireStatus } from "../wire-item.ts";
import { findNumber, findString, members, type NinjsNode, takeText, takeToken } from "./ninjs-extra.ts";

// RFC 3339 date-time; seconds may be left out, and the offset may lack its colon (`+0200`), as
// agencies write both. A time without an offset names no instant, so it is not read.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** A date-time with any offset, as ISO 8601 in UTC; undefined when it is not one (a date alone, "Last Tuesday"). */
export function utcDateTime(text: string): string | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [
    ,
    year,
    month,
    day,
    hour,
    minute,
    second = "0",
    fraction = "",
    zulu,
    sign,
    offsetHours,
    offsetMinutes,
  ] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  const local = Date.UTC(y, mo - 1, d, h, mi, s, Math.round(Number(`0${fraction}`) * 1000));
  const check = new Date(local);
  // Date.UTC rolls 31 February over into March; a field out of range means the text is not a date.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 60)
    return undefined;
  const offset = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return new Date(local - offset * 60_000).toISOString();
}

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
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : undefined;
}

export function takeVersion(node: NinjsNode): number | undefined {
  const found = findString(node, "version");
  const number = found && ninjsVersionNumber(found.value);
  if (found && number !== undefined) node.taken.take(found.path);
  return number;
}

/** 1 (flash) to 9; 1.x allows any number, so 2.5 or 12 is kept in `extra` rather than rounded. */
export function takeUrgency(node: NinjsNode): number | undefined {
  const found = findNumber(node, "urgency");
  if (!found || !Number.isInteger(found.value) || found.value < 1 || found.value > 9) return undefined;
  node.taken.take(found.path);
  return found.value;
}

const STATUSES: Record<string, WireStatus> = {
  usable: "usable",
  withheld: "withheld",
  canceled: "canceled",
  // The planning spelling, which Superdesk also sends: a kill notice must not be lost to spelling.
  cancelled: "canceled",
};

/** ninjs's default is usable. */
export function takeStatus(node: NinjsNode): WireStatus {
  const found = findString(node, "pubStatus", "pubstatus");
  const status = found && STATUSES[found.value.trim().toLowerCase()];
  if (!found || !status) return "usable";
  node.taken.take(found.path);
  return status;
}

/** BCP 47 as given, with its language subtag lower-cased (`EN-GB` → `en-GB`). */
export function takeLanguage(node: NinjsNode): string | undefined {
  const tag = takeToken(node, "language");
  if (!tag) return undefined;
  const cut = tag.indexOf("-");
  return cut < 0 ? tag.toLowerCase() : tag.slice(0, cut).toLowerCase() + tag.slice(cut);
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
