import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database.ts";

/**
 * Requests allowed per key per window. Mutable so tests (and an operator's code) can lower it;
 * the limiter reads it on every request.
 */
export const CONTENT_API_RATE_LIMIT = { requests: 600, windowMs: 60_000 };

export interface RateLimitAnswer {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends, at least 1. */
  retryAfterSeconds: number;
}

/**
 * Counts one request of an API key in a fixed window kept in the database, so every node behind a
 * balancer shares one count and a key gets its limit once, not once per node. The count is one
 * upsert, atomic on both engines, so parallel requests each get their own number. Windows are
 * aligned to multiples of their length, so every node agrees on which one `nowMs` falls in.
 */
export async function countApiRequest(
  db: Kysely<Database>,
  keyId: number,
  nowMs: number,
  settings: { requests: number; windowMs: number } = CONTENT_API_RATE_LIMIT,
): Promise<RateLimitAnswer> {
  const start = Math.floor(nowMs / settings.windowMs) * settings.windowMs;
  const windowStart = new Date(start).toISOString();
  const { requests } = await db
    .insertInto("api_rate_windows")
    .values({ key_id: keyId, window_start: windowStart, requests: 1 })
    .onConflict((oc) =>
      oc.columns(["key_id", "window_start"]).doUpdateSet({ requests: sql`api_rate_windows.requests + 1` }),
    )
    .returning("requests")
    .executeTakeFirstOrThrow();
  // A key's first request in a window is the moment to drop its ended windows, so the table holds
  // about one row per key in use.
  if (requests === 1) {
    await db
      .deleteFrom("api_rate_windows")
      .where("key_id", "=", keyId)
      .where("window_start", "<", windowStart)
      .execute();
  }
  return {
    allowed: requests <= settings.requests,
    limit: settings.requests,
    remaining: Math.max(0, settings.requests - requests),
    retryAfterSeconds: Math.max(1, Math.ceil((start + settings.windowMs - nowMs) / 1000)),
  };
}
