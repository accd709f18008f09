import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";

type Q = Kysely<Database>;

/** One counter of failed attempts: refused once `limit` failures fall within one window of `windowMs`. */
export interface Counter {
  key: string;
  limit: number;
  windowMs: number;
}

interface CounterState {
  key: string;
  failures: number;
  window_ends_at: string;
}

/** The 429 every throttle answers, with the seconds to wait in Retry-After. */
export function tooManyAttempts(detail: string, waitSeconds: number): AppError {
  return new AppError("TOO_MANY_ATTEMPTS", `${detail} Try again in ${waitSeconds} seconds.`, {
    headers: { "retry-after": String(waitSeconds) },
  });
}

/**
 * Seconds until every counter allows another attempt, or 0. Only reads, for checks that run on
 * every request and count a failure afterwards (`countFailures`).
 */
export async function secondsUntilAllowed(db: Q, counters: Counter[], now: Date): Promise<number> {
  const rows = await db
    .selectFrom("failure_counters")
    .where(
      "key",
      "in",
      counters.map((c) => c.key),
    )
    .selectAll()
    .execute();
  return longestWait(counters, rows, now, 0);
}

/** Counts one failure on each counter; a counter whose window has ended starts a new one. */
export async function countFailures(db: Q, counters: Counter[], now: Date): Promise<void> {
  for (const counter of counters) await increment(db, counter, now);
}

/** An attempt that holds one failure on each of its counters until it is known to have succeeded. */
export interface Attempt {
  /** Gives the held failures back, and resets the counters named in `reset`. */
  succeeded(reset: string[]): Promise<void>;
}

/**
 * Counts the attempt as a failure before it is made, so parallel requests cannot all pass a check
 * taken before any of them failed: at most `limit` attempts per window are ever let through. When a
 * counter is over its limit the failures are given back and the attempt is refused with a 429.
 */
export async function beginAttempt(db: Q, counters: Counter[], now: Date, refusal: string): Promise<Attempt> {
  const held: CounterState[] = [];
  for (const counter of counters) held.push(await increment(db, counter, now));
  const wait = longestWait(counters, held, now, 1);
  if (wait > 0) {
    await giveBack(db, held);
    throw tooManyAttempts(refusal, wait);
  }
  return {
    async succeeded(reset) {
      await giveBack(
        db,
        held.filter((state) => !reset.includes(state.key)),
      );
      if (reset.length > 0) await db.deleteFrom("failure_counters").where("key", "in", reset).execute();
    },
  };
}

/**
 * The seconds until the longest-refusing counter lets another attempt through, or 0. `held` is 1 when
 * the states already include the attempt being decided.
 */
function longestWait(counters: Counter[], states: CounterState[], now: Date, held: 0 | 1): number {
  let wait = 0;
  for (const state of states) {
    const limit = counters.find((c) => c.key === state.key)?.limit ?? Number.POSITIVE_INFINITY;
    const left = Date.parse(state.window_ends_at) - now.getTime();
    if (state.failures - held >= limit && left > 0) wait = Math.max(wait, Math.ceil(left / 1000));
  }
  return wait;
}

/** Adds one failure in one statement, so parallel requests on any node each get their own count. */
async function increment(db: Q, counter: Counter, now: Date): Promise<CounterState> {
  const at = now.toISOString();
  const newEnd = new Date(now.getTime() + counter.windowMs).toISOString();
  const state = await db
    .insertInto("failure_counters")
    .values({ key: counter.key, failures: 1, window_ends_at: newEnd })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql`case when failure_counters.window_ends_at <= ${at} then 1 else failure_counters.failures + 1 end`,
        window_ends_at: sql`case when failure_counters.window_ends_at <= ${at} then ${newEnd} else failure_counters.window_ends_at end`,
      }),
    )
    .returning(["key", "failures", "window_ends_at"])
    .executeTakeFirstOrThrow();
  // A new window is the rare moment to drop ended ones, so the table holds only live counters.
  if (state.failures === 1)
    await db.deleteFrom("failure_counters").where("window_ends_at", "<=", at).execute();
  return state;
}

/** Takes back one failure per state, only from the window it was counted in. */
async function giveBack(db: Q, states: CounterState[]): Promise<void> {
  for (const state of states) {
    await db
      .updateTable("failure_counters")
      .set({ failures: sql`failures - 1` })
      .where("key", "=", state.key)
      .where("window_ends_at", "=", state.window_ends_at)
      .where("failures", ">", 0)
      .execute();
  }
}
