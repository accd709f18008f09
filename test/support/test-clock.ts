import { type Clock, offsetClock, systemClock } from "../../src/clock.ts";

/** Set to an ISO instant (`2026-12-31T23:59:00+06:00`) to run every test server from that moment. */
export const TEST_CLOCK_ENV = "DATELINE_TEST_CLOCK";

/**
 * The clock a test server or app runs on: the system clock, or one starting at the instant in
 * DATELINE_TEST_CLOCK, so the suite can be proved at a month's first minute or a year's last.
 */
export function testClock(at = process.env[TEST_CLOCK_ENV]): Clock {
  return at ? pinnedClock(at, TEST_CLOCK_ENV) : systemClock;
}

/** For a test whose expectation depends on the date: starts at `at` and moves on with real time. */
export function pinnedClock(at: string, source = "pinnedClock"): Clock {
  const start = new Date(at);
  if (Number.isNaN(start.getTime())) {
    throw new Error(`${source} needs an ISO instant such as 2026-12-31T23:59:00+06:00, not "${at}"`);
  }
  return offsetClock(start);
}

/** For a test that waits out a window: runs as `base` does, plus every jump made with `advance`. */
export function movableClock(base: Clock = testClock()): Clock & { advance(ms: number): void } {
  let skippedMs = 0;
  const clock = () => new Date(base().getTime() + skippedMs);
  return Object.assign(clock, {
    advance(ms: number) {
      skippedMs += ms;
    },
  });
}
