/**
 * Wall-clock time in a named time zone, computed with Intl only: never with the Date methods that
 * read the computer's own zone, so a browser in New York shows and takes Dhaka times as Dhaka times.
 */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day and clock time an instant has in a time zone (24-hour). */
export function wallTimeIn(instant: Date | number, timeZone: string): WallTime {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    wallFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  };
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds (whole minutes). */
function offsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / MINUTE_MS) * MINUTE_MS;
  return wallAsUtc(wallTimeIn(floored, timeZone)) - floored;
}

/**
 * The instant a wall time names in a zone. A time a clock skips (spring forward) is read with the
 * offset before the change, as browsers do, landing after the gap; a time a clock shows twice
 * (fall back) is the earlier of the two.
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = wallAsUtc(wall);
  // A zone changes its offset at most once around any one day, so these two cover every case.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallAsUtc(wallTimeIn(instant, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return matches[0] ?? asUtc - before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY-MM-DDTHH:mm" in the zone, the value of an `<input type="datetime-local">`; "" for no time. */
export function toWallInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return "";
  const w = wallTimeIn(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The ISO instant an input's "YYYY-MM-DDTHH:mm[:ss]" names in the zone; null if it is no real date and time. */
export function fromWallInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = { year, month, day, hour, minute };
  const check = new Date(wallAsUtc(wall));
  // Date.UTC rolls 30 February over to March: such a date is refused, not moved.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return new Date(instantOfWallTime(wall, timeZone)).toISOString();
}

/** The UTC instant a calendar day (YYYY-MM-DD) begins in a time zone, as ISO text. */
export function startOfDayIn(day: string, timeZone: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(instantOfWallTime({ year, month, day: date, hour: 0, minute: 0 }, timeZone)).toISOString();
}

/** The UTC instant the calendar day after `day` (YYYY-MM-DD) begins in a time zone: the end of `day`, exclusive. */
export function startOfNextDayIn(day: string, timeZone: string): string {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfDayIn(next, timeZone);
}

/** The zone's name and offset in the reader's language at an instant: "Bangladesh Time, GMT+6". */
export function zoneLabel(locale: string, timeZone: string, at: Date | number): string {
  const name = (style: "shortGeneric" | "shortOffset") =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return `${name("shortGeneric")}, ${name("shortOffset")}`;
}
