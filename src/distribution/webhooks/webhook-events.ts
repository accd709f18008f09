import type { Transaction } from "kysely";
import type { Database } from "../../db/database.ts";
import { ARTICLE_EVENTS, type ArticleEventType, type ArticleRef } from "../../events/domain-events.ts";
import { enqueueJob } from "../../jobs/job-queue.ts";

/** A live blog's entries and coverage, as partners name them (src/live records `live.entry`, `live.coverage`). */
export const LIVE_WEBHOOK_EVENTS = [
  "live.entry.posted",
  "live.entry.edited",
  "live.entry.deleted",
  "live.coverage.ended",
  "live.coverage.reopened",
] as const;

export type LiveWebhookEvent = (typeof LIVE_WEBHOOK_EVENTS)[number];

/** The events endpoints can subscribe to: a story's, and a live blog's. */
export const WEBHOOK_EVENTS = [...ARTICLE_EVENTS, ...LIVE_WEBHOOK_EVENTS] as const;

export type WebhookEvent = ArticleEventType | LiveWebhookEvent;

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";

/** Tries per (re)send, each after an exponentially longer wait (the job runner's back-off). */
export const WEBHOOK_MAX_ATTEMPTS = 5;

/** An entry as a delivery names it; `url` is its public path (with `?page=` and anchor), made absolute when sent. */
export interface EntryRef {
  id: number;
  url: string | null;
  headline: string | null;
  postedAt: string | null;
  editedAt: string | null;
  /** Set once the entry is removed; the other fields are then null. */
  deletedAt: string | null;
}

export interface WebhookPayload {
  id: number;
  event: WebhookEvent;
  occurredAt: string;
  article: ArticleRef;
  /** On `live.entry.*` events. */
  entry?: EntryRef;
  /** On `live.coverage.*` events. */
  coverage?: { live: boolean; endedAt: string | null };
}

/** What a delivery tells besides its id, event and time. */
export type WebhookDetails = Omit<WebhookPayload, "id" | "event" | "occurredAt">;

/** The delivery job's payload: which delivery, and the attempt count at which it gives up. */
export interface DeliverJobPayload {
  deliveryId: number;
  giveUpAt: number;
}

/**
 * Logs one delivery per active webhook subscribed to `event` and queues a job to send each.
 * Runs in the transaction that dispatches the change's event, so each event is delivered once.
 * `describe` is read only when some endpoint listens; when it finds nothing (a story readers may
 * not see), nothing is sent.
 */
export async function queueDeliveries(
  trx: Transaction<Database>,
  event: WebhookEvent,
  describe: () => Promise<WebhookDetails | undefined>,
  now: Date,
): Promise<void> {
  const active = await trx.selectFrom("webhooks").where("active", "=", 1).select(["id", "events"]).execute();
  const hooks = active.filter((hook) => (JSON.parse(hook.events) as string[]).includes(event));
  if (hooks.length === 0) return;
  const details = await describe();
  if (!details) return;
  const stamp = now.toISOString();
  for (const hook of hooks) {
    const { id } = await trx
      .insertInto("webhook_deliveries")
      .values({
        webhook_id: hook.id,
        event,
        payload: "{}",
        status: "pending",
        attempts: 0,
        last_status_code: null,
        last_error: null,
        created_at: stamp,
        delivered_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const payload: WebhookPayload = { id, event, occurredAt: stamp, ...details };
    await trx
      .updateTable("webhook_deliveries")
      .set({ payload: JSON.stringify(payload) })
      .where("id", "=", id)
      .execute();
    await enqueueJob(trx, {
      kind: WEBHOOK_DELIVER_JOB,
      payload: { deliveryId: id, giveUpAt: WEBHOOK_MAX_ATTEMPTS } satisfies DeliverJobPayload,
      runAt: now,
      now,
    });
  }
}
