/**
 * Where the app reads "now" for anything a reader or editor can see: publication times, schedules,
 * sessions, sitemaps, the masthead date. One clock is made at start-up and handed to every part,
 * so a test can run the whole server at a chosen instant.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * A clock that reads `start` now and then moves on with real time. A frozen clock would stall
 * everything that waits for time to pass: scheduled publication, job back-off, session expiry.
 */
export function offsetClock(start: Date): Clock {
  if (Number.isNaN(start.getTime())) throw new RangeError("offsetClock needs a valid start instant");
  const offsetMs = start.getTime() - Date.now();
  return () => new Date(Date.now() + offsetMs);
}
