import type { Transaction } from "kysely";
import type { Database } from "../../db/database.ts";
import { ARTICLE_EVENTS, type ArticleEventType, type ArticleRef } from "../../events/domain-events.ts";
import { enqueueJob } from "../../jobs/job-queue.ts";

/** The story events endpoints can subscribe to. */
export const WEBHOOK_EVENTS = ARTICLE_EVENTS;

export type WebhookEvent = ArticleEventType;

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";

/** Tries per (re)send, each after an exponentially longer wait (the job runner's back-off). */
export const WEBHOOK_MAX_ATTEMPTS = 5;

export interface WebhookPayload {
  id: number;
  event: WebhookEvent;
  occurredAt: string;
  article: ArticleRef;
}

/** The delivery job's payload: which delivery, and the attempt count at which it gives up. */
export interface DeliverJobPayload {
  deliveryId: number;
  giveUpAt: number;
}

/**
 * Logs one delivery per active webhook subscribed to `event` and queues a job to send each.
 * Runs in the transaction that dispatches the change's event, so each event is delivered once.
 */
export async function queueArticleEvent(
  trx: Transaction<Database>,
  event: WebhookEvent,
  article: ArticleRef,
  now: Date,
): Promise<void> {
  const hooks = await trx.selectFrom("webhooks").where("active", "=", 1).select(["id", "events"]).execute();
  const stamp = now.toISOString();
  for (const hook of hooks) {
    if (!(JSON.parse(hook.events) as string[]).includes(event)) continue;
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
    const payload: WebhookPayload = {
      id,
      event,
      occurredAt: stamp,
      article: { id: article.id, edition: article.edition, headline: article.headline, url: article.url },
    };
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
