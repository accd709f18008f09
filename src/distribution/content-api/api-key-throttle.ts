import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { clientNetwork } from "../../http/ip-address.ts";
import {
  type Counter,
  countFailures,
  secondsUntilAllowed,
  tooManyAttempts,
} from "../../throttle/failure-throttle.ts";

/**
 * Unknown or revoked keys allowed per address within one window. A client with a stale key polling
 * every minute stays under it; someone trying keys does not.
 */
export const API_KEY_LIMITS = { perAddress: 20, windowMs: 15 * 60 * 1000 } as const;

function addressCounter(ip: string): Counter[] {
  return [
    {
      key: `api-key-ip:${clientNetwork(ip)}`,
      limit: API_KEY_LIMITS.perAddress,
      windowMs: API_KEY_LIMITS.windowMs,
    },
  ];
}

/**
 * Refuses every key from an address that has sent too many bad ones, before looking the key up, so
 * a throttled address learns nothing, not even that a key is right. A check then a count, not a
 * held attempt: a good key must not cost writes, and a key is 256 random bits, so the few extra
 * tries parallel requests slip past the check do not matter.
 */
export async function refuseThrottledAddress(db: Kysely<Database>, ip: string, now: Date): Promise<void> {
  const wait = await secondsUntilAllowed(db, addressCounter(ip), now);
  if (wait > 0) throw tooManyAttempts("Too many unknown API keys from your address.", wait);
}

export function countFailedKey(db: Kysely<Database>, ip: string, now: Date): Promise<void> {
  return countFailures(db, addressCounter(ip), now);
}
