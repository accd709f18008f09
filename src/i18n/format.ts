/** Locale-aware formatting in the newsroom's time zone. Formatters are costly to build, so they are kept. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "3 May 2023, 03:45 PM" in English, "৩ মে ২০২৩, ০৩:৪৫ PM" in Bangla: the style of a printed dateline. */
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
  return `${pick("day")} ${pick("month")} ${pick("year")}, ${pick("hour")}:${pick("minute")} ${pick("dayPeriod").toUpperCase()}`;
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

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The UTC instant a calendar day (YYYY-MM-DD) begins in a time zone, as ISO text. */
export function startOfDayIn(day: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const format = cached(
    offsetFormats,
    timeZone,
    () => new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "longOffset" }),
  );
  const name = format.formatToParts(midnightUtc).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name) ?? [];
  const offsetMs = sign ? (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
  return new Date(midnightUtc - offsetMs).toISOString();
}
