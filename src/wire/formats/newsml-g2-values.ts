/**
 * An `xs:dateTime` as G2 writes it (`2018-10-21T16:25:32-05:00`, fractions optional) with an
 * explicit zone. A time without a zone is not read: it would be taken as the server's local time.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant in UTC as ISO 8601, or undefined when the text is not a zoned date and time. */
export function utcDateTime(text: string | undefined): string | undefined {
  const match = DATE_TIME.exec(text?.trim() ?? "");
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = "0", fraction = "0", zone = "Z"] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  const offset = zoneMinutes(zone);
  if (offset === undefined || h > 24 || mi > 59 || s > 60 || (h === 24 && (mi > 0 || s > 0)))
    return undefined;
  const local = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), Number(`0.${fraction}`) * 1000);
  const check = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 31 April over into May; a date that does not exist is not read.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  return new Date(local - offset * 60_000).toISOString();
}

function zoneMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
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

/** A whole number written plainly (`11`, ` 4 `), within the bounds given. */
export function boundedInteger(text: string | undefined, min: number, max: number): number | undefined {
  const trimmed = text?.trim() ?? "";
  if (!/^\d{1,9}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/**
 * Runs of XML white space made one space, and none at either end. A no-break space is content
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
