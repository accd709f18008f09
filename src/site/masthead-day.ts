/** Kept per time zone: building a formatter cost 7% of an article page's render, using one almost nothing. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day the masthead shows: the newsroom's, whatever the reader's time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const HOUR_MS = 3600 * 1000;

/** The first instant of the next day in `timeZone`, daylight-saving shifts included. */
export function nextMidnight(instant: Date, timeZone: string): Date {
  const today = dayIn(instant, timeZone);
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  const [h, m, s] = clock.split(":").map(Number) as [number, number, number];
  const sinceMidnight = ((h * 60 + m) * 60 + s) * 1000 + instant.getUTCMilliseconds();
  let candidate = new Date(instant.getTime() - sinceMidnight + 24 * HOUR_MS);
  // A day of 23 or 25 hours puts the guess an hour off: step to the first instant of a new day.
  while (dayIn(candidate, timeZone) === today) candidate = new Date(candidate.getTime() + HOUR_MS);
  while (dayIn(new Date(candidate.getTime() - HOUR_MS), timeZone) !== today)
    candidate = new Date(candidate.getTime() - HOUR_MS);
  return candidate;
}
