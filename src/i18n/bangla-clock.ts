/**
 * The time of day as Bangla readers say it: the part of the day first, then a 12-hour time in
 * Bengali digits ("সকাল ১০:২১"). CLDR's bn data gives "১০:২১ AM", a Latin AM no reader uses.
 * The periods, on the newsroom's 24-hour clock:
 *   ভোর    04:00–05:59   dawn
 *   সকাল   06:00–11:59   morning
 *   দুপুর   12:00–14:59   midday
 *   বিকাল  15:00–17:59   afternoon
 *   সন্ধ্যা  18:00–19:59   evening
 *   রাত    20:00–03:59   night (so "রাত ১২:০৫" is five past midnight)
 */
const PERIODS: readonly (readonly [from: number, name: string])[] = [
  [20, "রাত"],
  [18, "সন্ধ্যা"],
  [15, "বিকাল"],
  [12, "দুপুর"],
  [6, "সকাল"],
  [4, "ভোর"],
];

const BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯";

/** The Bangla name of the part of the day an hour (0–23) falls in. */
export function banglaDayPeriod(hour: number): string {
  for (const [from, name] of PERIODS) if (hour >= from) return name;
  return "রাত";
}

/** ASCII digits written as Bengali digits; anything else is left as it is. */
export function bengaliDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => BENGALI_DIGITS[Number(d)] ?? d);
}

/** "সকাল ১০:২১" for 10:21, "রাত ১২:০৫" for 00:05, "দুপুর ১২:৩০" for 12:30. */
export function banglaClock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${banglaDayPeriod(hour)} ${bengaliDigits(`${h12}:${String(minute).padStart(2, "0")}`)}`;
}
