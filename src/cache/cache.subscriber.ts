import type { Subscriber } from "../events/write-path.ts";
import { CACHED_EVENTS, keysOf } from "./event-keys.ts";
import type { NodeCache } from "./node-cache.ts";

/** Drops the cached answers a change touched, on this node and (PostgreSQL) every other one. */
export function cacheSubscriber(cache: NodeCache): Subscriber {
  return {
    name: "cache",
    events: CACHED_EVENTS,
    afterCommit: (trx, event) => cache.announce(trx, keysOf(event)),
  };
}
