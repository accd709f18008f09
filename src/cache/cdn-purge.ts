import { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Config } from "../config/load.ts";
import { signWebhook } from "../distribution/webhooks/webhook-sender.ts";
import type { Subscriber } from "../events/write-path.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { CACHED_EVENTS, keysOf } from "./event-keys.ts";

export const CDN_PURGE_JOB = "cdn.purge";
/** Retried with the runner's back-off; a CDN down for longer than that keeps pages to their s-maxage. */
const MAX_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

type CdnPurge = NonNullable<Config["cdnPurge"]>;

/** Queues one purge per change, in the change's follower transaction: it is sent once, by one node. */
export function cdnPurgeSubscriber(): Subscriber {
  return {
    name: "cdn-purge",
    events: CACHED_EVENTS,
    afterCommit: async (trx, event, now) => {
      await enqueueJob(trx, { kind: CDN_PURGE_JOB, payload: { keys: keysOf(event) }, runAt: now, now });
    },
  };
}

/** POSTs `{"keys": [...]}` to CDN_PURGE_URL, signed as webhooks are; any answer but 2xx is retried. */
export function cdnPurgeJob(purge: CdnPurge, now: Clock) {
  return defineJob({
    kind: CDN_PURGE_JOB,
    payload: z.object({ keys: z.array(z.string()) }),
    maxAttempts: MAX_ATTEMPTS,
    async run({ keys }) {
      const body = JSON.stringify({ keys });
      const timestamp = Math.floor(now().getTime() / 1000);
      const response = await fetch(purge.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Dateline-CDN-Purge/1",
          "x-dateline-timestamp": String(timestamp),
          "x-dateline-signature": signWebhook(purge.secret, timestamp, body),
        },
        body,
        redirect: "error",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`the CDN purge endpoint answered HTTP ${response.status}`);
    },
  });
}
