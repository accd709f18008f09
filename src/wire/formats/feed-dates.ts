import { utcDateTime, utcInstant } from "./wire-values.ts";

/**
 * Dates as feeds write them: RFC 822/1123 in RSS (with zone names, two-digit years, `Sept`,
 * times without a colon), ISO 8601/RFC 3339 in Atom, RDF and JSON Feed. A date is read only
 * when its offset from UTC is known: a time without a zone, or with a zone name that means
 * different offsets in different places, gives undefined rather than a guess.
 */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * Zone names and their offsets in minutes. RFC 822's own names first; then names that mean one
 * offset wherever they are used. Left out on purpose, so such dates stay unread: IST (India,
 * Israel, Ireland), BST (British Summer, Bangladesh), AST/ADT (Atlantic, Arabia), and RFC 822's
 * military letters other than Z, whose signs RFC 822 got backwards, so that (RFC 1123 §5.2.14)
 * they "carry no information".
 */
const ZONES = new Map<string, number>([
  ["ut", 0],
  ["utc", 0],
  ["gmt", 0],
  ["z", 0],
  ["est", -300],
  ["edt", -240],
  ["cst", -360],
  ["cdt", -300],
  ["mst", -420],
  ["mdt", -360],
  ["pst", -480],
  ["pdt", -420],
  ["akst", -540],
  ["akdt", -480],
  ["hst", -600],
  ["wet", 0],
  ["west", 60],
  ["cet", 60],
  ["cest", 120],
  ["eet", 120],
  ["eest", 180],
  ["msk", 180],
  ["pkt", 300],
  ["npt", 345],
  ["sgt", 480],
  ["hkt", 480],
  ["awst", 480],
  ["jst", 540],
  ["kst", 540],
  ["acst", 570],
  ["acdt", 630],
  ["aest", 600],
  ["aedt", 660],
  ["nzst", 720],
  ["nzdt", 780],
]);

/** The instant a feed date names, as ISO 8601 in UTC; undefined when it cannot be read for certain. */
export function parseFeedDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return undefined;
  // Unlike ninjs and G2, feeds date items by the day alone; midnight UTC invents no time of day.
  return utcDateTime(text, { dateOnly: true }) ?? readRfc822(text);
}

const TIME_AND_ZONE = String.raw`(\d{1,2}):?(\d{2})(?::(\d{2})(?:\.\d+)?)?(?: ?([a-z]+(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?`;
/** `Wed, 02 Oct 2002 08:00:00 EST`, `03 Apr 02 1500 GMT`, `2 Sept. 2019 10:00 +0100`. */
const DAY_FIRST = new RegExp(
  String.raw`^(?:[a-z]+\.?,? )?(\d{1,2})[ -]([a-z]+)\.?,?[ -](\d{2,4}),? ${TIME_AND_ZONE}$`,
  "i",
);
/** `Wed Mar 21 2018 10:27:32 GMT+0300`, as JavaScript's Date prints, and US-style `Sept 2, 2019 …`. */
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[a-z]+\.?,? )?([a-z]+)\.? (\d{1,2}),? (\d{2,4}),? ${TIME_AND_ZONE}$`,
  "i",
);

function readRfc822(text: string): string | undefined {
  const dayFirst = DAY_FIRST.exec(text);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(text);
  const m = dayFirst ?? monthFirst;
  if (!m) return undefined;
  const [, a, b, year, hour, minute, second, zone] = m;
  const [day, monthName] = dayFirst ? [a, b] : [b, a];
  const month = monthNumber(monthName ?? "");
  // No zone at all is local time somewhere unknown: not read rather than guessed.
  const offsetMinutes = zone === undefined ? undefined : zoneOffset(zone);
  if (month === undefined || offsetMinutes === undefined) return undefined;
  return utcInstant({
    year: fullYear(year ?? ""),
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: 0,
    offsetMinutes,
  });
}

/** `Sep`, `Sept`, `September` (and any other unambiguous start of an English month name). */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
}

/** RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx; three digits add 1900. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits.length === 3) return 1900 + year;
  return year;
}

/** Minutes east of UTC for `+0530`, `-08:00`, `+05`, `EDT`, `GMT+2`; undefined when not known for sure. */
function zoneOffset(zone: string): number | undefined {
  const numeric = /^([a-z]*)([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (numeric) {
    const [, name, sign, hours, minutes] = numeric;
    if (name && ZONES.get(name.toLowerCase()) !== 0) return undefined;
    const total = Number(hours) * 60 + Number(minutes ?? 0);
    if (Number(hours) > 18 || Number(minutes ?? 0) > 59) return undefined;
    return sign === "-" ? -total : total;
  }
  return ZONES.get(zone.toLowerCase());
}
