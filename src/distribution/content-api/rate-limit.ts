/**
 * Requests allowed per key per window. Mutable so tests (and an operator's code) can lower it;
 * the limiter reads it on every request.
 */
export const CONTENT_API_RATE_LIMIT = { requests: 600, windowMs: 60_000 };

/**
 * A fixed-window counter per key, kept in this process's memory. That is deliberate: the limit
 * protects each node from one client, needs no database write per request, and with N nodes
 * behind a balancer a key gets at most N× the limit, which is acceptable for a read-only API.
 * A shared counter (database or Redis) would be needed for an exact global quota.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<number, { start: number; count: number }>();

  constructor(private readonly settings: { requests: number; windowMs: number } = CONTENT_API_RATE_LIMIT) {}

  /** Counts one request; says whether it is allowed and, when not, how many seconds to wait. */
  hit(key: number, nowMs: number): { allowed: boolean; remaining: number; retryAfterSeconds: number } {
    const { requests, windowMs } = this.settings;
    let window = this.windows.get(key);
    if (!window || nowMs - window.start >= windowMs) {
      window = { start: nowMs, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(nowMs);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000));
    return {
      allowed: window.count <= requests,
      remaining: Math.max(0, requests - window.count),
      retryAfterSeconds,
    };
  }

  private sweep(nowMs: number) {
    for (const [key, window] of this.windows) {
      if (nowMs - window.start >= this.settings.windowMs) this.windows.delete(key);
    }
  }
}
