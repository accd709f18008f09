import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { clientNetwork } from "../http/ip-address.ts";
import { type Attempt, beginAttempt, type Counter } from "../throttle/failure-throttle.ts";

/**
 * Failures allowed within one window: per account from one address, and per address over all
 * accounts. There is deliberately no counter per account alone: it would let anyone lock the owner
 * out from anywhere (docs/principles.md explains the choice).
 */
export const LOGIN_LIMITS = { perAccountAndAddress: 5, perAddress: 30, windowMs: 15 * 60 * 1000 } as const;

function pairKey(email: string, ip: string): string {
  return `login-pair:${email.trim().toLowerCase()}|${clientNetwork(ip)}`;
}

function loginCounters(email: string, ip: string): Counter[] {
  const { perAccountAndAddress, perAddress, windowMs } = LOGIN_LIMITS;
  return [
    { key: pairKey(email, ip), limit: perAccountAndAddress, windowMs },
    { key: `login-ip:${clientNetwork(ip)}`, limit: perAddress, windowMs },
  ];
}

/** One try at a password, counted as failed unless `succeeded` is called. */
export interface PasswordAttempt {
  succeeded(): Promise<void>;
}

/**
 * Starts a try at proving the password of `email` from `ip`, or refuses it with 429 when this
 * address has failed too often, for that account or for any. The counters live in the database so
 * every app node sees the same ones. Call it only once the request is otherwise valid: from here
 * on the try counts as a failure unless it succeeds.
 */
export async function beginPasswordAttempt(
  db: Kysely<Database>,
  email: string,
  ip: string,
  now: Date,
): Promise<PasswordAttempt> {
  const attempt: Attempt = await beginAttempt(
    db,
    loginCounters(email, ip),
    now,
    "Too many failed password attempts from your address.",
  );
  // Success wipes the account's count at this address, but only takes this try off the address's
  // count: one right password must not reset a guesser's tally over other accounts.
  return { succeeded: () => attempt.succeeded([pairKey(email, ip)]) };
}
