import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";

/** Failures allowed within one window before that key is refused until the window ends. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 } as const;

export function throttleKeys(email: string, ip: string) {
  return [
    { key: `email:${email.trim().toLowerCase()}`, limit: LOGIN_LIMITS.perAccount },
    { key: `ip:${ip}`, limit: LOGIN_LIMITS.perAddress },
  ];
}

/**
 * Seconds until the caller may try again, or 0. The counters live in the database so every
 * app node sees the same ones.
 */
export async function retryAfterSeconds(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
): Promise<number> {
  const keys = throttleKeys(email, ip);
  const rows = await db
    .selectFrom("login_failures")
    .where(
      "key",
      "in",
      keys.map((k) => k.key),
    )
    .selectAll()
    .execute();
  let wait = 0;
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)?.limit ?? Number.POSITIVE_INFINITY;
    const endsAt = new Date(row.window_started_at).getTime() + LOGIN_LIMITS.windowMs;
    if (row.failures >= limit && endsAt > now.getTime()) {
      wait = Math.max(wait, Math.ceil((endsAt - now.getTime()) / 1000));
    }
  }
  return wait;
}

export async function recordLoginFailure(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_LIMITS.windowMs).toISOString();
  for (const { key } of throttleKeys(email, ip)) {
    await db
      .insertInto("login_failures")
      .values({ key, failures: 1, window_started_at: now.toISOString() })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          // A window that has ended starts again at one failure.
          failures: sql`case when login_failures.window_started_at < ${windowStart} then 1 else login_failures.failures + 1 end`,
          window_started_at: sql`case when login_failures.window_started_at < ${windowStart} then ${now.toISOString()} else login_failures.window_started_at end`,
        }),
      )
      .execute();
  }
}

export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom("login_failures").where("key", "=", `email:${email.trim().toLowerCase()}`).execute();
}
