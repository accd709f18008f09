import type { WireStatus } from "../wire-item.ts";

/** A calendar date and wall-clock time, and the offset (minutes east of UTC) it was written in. */
export interface DateTimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

/**
 * The instant the fields name, as ISO 8601 in UTC; undefined when a field is out of range. The
 * clock runs 00:00:00 to 23:59:59: no `24:00`, and no leap second, which an instant cannot hold.
 */
export function utcInstant(fields: DateTimeFields): string | undefined {
  const { year, month, day, hour, minute, second, millisecond, offsetMinutes } = fields;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  // Date.UTC rolls 31 February over into March and reads year 50 as 1950; either is a fault.
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day)
    return undefined;
  return new Date(local.getTime() - offsetMinutes * 60_000).toISOString();
}

/**
 * RFC 3339's date-time, as every format here writes it: seconds may be left out, and the offset
 * may lack its colon (`+0200`), as agencies write both. A time without an offset names no instant.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:?\d{2}))?$/;

export interface DateTimeOptions {
  /** A complete date alone (`2017-06-16`) is read as that day's midnight in UTC. */
  dateOnly?: boolean;
}

/** A date-time with its offset, as ISO 8601 in UTC; undefined when the text is not one. */
export function utcDateTime(text: string | undefined, options: DateTimeOptions = {}): string | undefined {
  const match = DATE_TIME.exec(text?.trim() ?? "");
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone] = match;
  if (hour === undefined && !options.dateOnly) return undefined;
  const offsetMinutes = zone === undefined ? 0 : numericOffset(zone);
  if (offsetMinutes === undefined) return undefined;
  return utcInstant({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second),
    // Digits, not a float, so that `.29` is 290 ms rather than 289.99….
    millisecond: Number(fraction.padEnd(3, "0").slice(0, 3)),
    offsetMinutes,
  });
}

/** `Z`, `+05:30` or `-0800` in minutes east of UTC; no zone on Earth is more than 14 hours off. */
function numericOffset(zone: string): number | undefined {
  if (zone.toUpperCase() === "Z") return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 14 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** A BCP 47 tag with its language part lower-cased (`EN-gb` → `en-gb`), or undefined when it is not one. */
export function languageTag(text: string | undefined): string | undefined {
  const tag = text?.trim().replace(/_/g, "-");
  if (!tag || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const dash = tag.indexOf("-");
  return dash === -1 ? tag.toLowerCase() : tag.slice(0, dash).toLowerCase() + tag.slice(dash);
}

/**
 * A whole number within the bounds given: a JSON number, or text written plainly (`11`, ` 4 `).
 * `1e3`, `0x10` and `12.0` are not plain, so they are not read.
 */
export function boundedInteger(
  value: string | number | undefined,
  min: number,
  max: number,
): number | undefined {
  const number = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number)) return undefined;
  return number >= min && number <= max ? number : undefined;
}

/** A picture's width or height in pixels; beyond a million it is a typo, not a picture. */
export function pixelSize(value: string | number | undefined): number | undefined {
  return boundedInteger(value, 1, 1_000_000);
}

/**
 * Runs of white space made one space, and none at either end. A no-break space is content
 * (`10\u00a0km`), not layout, so it is kept.
 */
export function foldSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, "");
}

export function nfc(text: string): string {
  return text.normalize("NFC");
}

export function isHttpUrl(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

const STATUS_WORDS = new Map<string, WireStatus>([
  ["usable", "usable"],
  ["withheld", "withheld"],
  ["canceled", "canceled"],
  // The planning spelling, which Superdesk and others send for news items too: a kill notice
  // must not be lost to spelling.
  ["cancelled", "canceled"],
]);

/** IPTC's publication status by its word, in any case; undefined for a word this server does not know. */
export function wireStatus(word: string): WireStatus | undefined {
  return STATUS_WORDS.get(word.trim().toLowerCase());
}
