import { banglaClock } from "./bangla-clock.ts";
import { wallTimeIn } from "./zoned-time.ts";

/** Locale-aware formatting in the newsroom's time zone. Formatters are costly to build, so they are kept. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const isBangla = (locale: string) => /^bn\b/i.test(locale);

/** "3 May 2023, 03:45 PM" in English, "৩ মে ২০২৩, বিকাল ৩:৪৫" in Bangla: the style of a printed dateline. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const format = cached(
    dateTimeFormats,
    `${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hour12: true,
        timeZone,
      }),
  );
  const parts = format.formatToParts(new Date(iso));
  const pick = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const date = `${pick("day")} ${pick("month")} ${pick("year")}`;
  if (isBangla(locale)) return `${date}, ${formatClockTime(iso, locale, timeZone)}`;
  return `${date}, ${pick("hour")}:${pick("minute")} ${pick("dayPeriod").toUpperCase()}`;
}

/** "Sunday, 29 November 2026" in the edition's locale. */
export function formatLongDate(date: Date, locale: string, timeZone: string): string {
  const format = cached(
    dateFormats,
    `${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone,
      }),
  );
  return format.format(date);
}

/** Digits in the edition's numbering system (Bengali digits for bn-BD). */
export function formatNumber(n: number, locale: string): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(n);
}

/** A quantity, grouped the locale's way: "1,000" in English, "১,০০০" in Bangla. */
export function formatCount(n: number, locale: string): string {
  return cached(numberFormats, `${locale}|grouped`, () => new Intl.NumberFormat(locale)).format(n);
}

/** Kept here too: the search and the wire desk read a day's start from this module. */
export { startOfDayIn, startOfNextDayIn } from "./zoned-time.ts";

/**
 * The time of day in the zone, in the reader's language: "3:45 pm" in English, "বিকাল ৩:৪৫" in
 * Bangla (a day period, not CLDR's Latin AM). Every time a reader or an editor sees goes through here.
 */
export function formatClockTime(iso: string | Date, locale: string, timeZone: string): string {
  const instant = typeof iso === "string" ? new Date(iso) : iso;
  if (isBangla(locale)) {
    const { hour, minute } = wallTimeIn(instant, timeZone);
    return banglaClock(hour, minute);
  }
  return cached(
    timeFormats,
    `${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }),
  ).format(instant);
}

/** "4 Dec 2026, 15:45" / "৪ ডিসে, ২০২৬, বিকাল ৩:৪৫": a compact date and time, for the newsroom's lists. */
export function formatShortDateTime(iso: string, locale: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  if (isBangla(locale)) {
    const date = cached(
      dateFormats,
      `${locale}|${timeZone}|medium`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }),
    ).format(instant);
    return `${date}, ${formatClockTime(instant, locale, timeZone)}`;
  }
  return cached(
    dateTimeFormats,
    `${locale}|${timeZone}|medium`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }),
  ).format(instant);
}
