import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../../clock.ts";
import type { Config } from "../../config/load.ts";
import type { Database } from "../../db/database.ts";
import { resolveOutboundTarget, webhookPolicy } from "../../http/address-guard.ts";
import { defineJob } from "../../jobs/job-runner.ts";
import {
  type DeliverJobPayload,
  WEBHOOK_DELIVER_JOB,
  WEBHOOK_MAX_ATTEMPTS,
  type WebhookPayload,
} from "./webhook-events.ts";
import { postWebhook } from "./webhook-sender.ts";

/** Sends one logged delivery; a failure throws so the job runner retries it with back-off. */
export function webhookDeliveryJob(deps: { db: Kysely<Database>; config: Config; now: Clock }) {
  return defineJob<DeliverJobPayload>({
    kind: WEBHOOK_DELIVER_JOB,
    payload: z.object({ deliveryId: z.number().int(), giveUpAt: z.number().int() }),
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    run: (payload) => deliverWebhook(deps, payload),
  });
}

export async function deliverWebhook(
  deps: { db: Kysely<Database>; config: Config; now: Clock },
  { deliveryId, giveUpAt }: DeliverJobPayload,
): Promise<void> {
  const row = await deps.db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhooks as w", "w.id", "d.webhook_id")
    .where("d.id", "=", deliveryId)
    .select(["d.event", "d.payload", "d.attempts", "d.status", "w.url", "w.secret", "w.active"])
    .executeTakeFirst();
  // The webhook was deleted, or a later resend already got through.
  if (!row || row.status === "delivered") return;
  if (row.active !== 1) {
    await deps.db
      .updateTable("webhook_deliveries")
      .set({ status: "failed", last_error: "the webhook was deactivated before this was sent" })
      .where("id", "=", deliveryId)
      .execute();
    return;
  }
  const attempts = row.attempts + 1;
  let statusCode: number | null = null;
  try {
    const target = await resolveOutboundTarget(row.url, webhookPolicy(deps.config.webhookAllowedHosts ?? []));
    statusCode = await postWebhook({
      target,
      secret: row.secret,
      event: row.event,
      deliveryId,
      body: requestBody(row.payload, deps.config.siteUrl),
      now: deps.now(),
    });
    if (statusCode < 200 || statusCode > 299) throw new Error(`the endpoint answered HTTP ${statusCode}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.db
      .updateTable("webhook_deliveries")
      .set({
        attempts,
        last_status_code: statusCode,
        last_error: message.slice(0, 1000),
        status: attempts >= giveUpAt ? "failed" : "pending",
      })
      .where("id", "=", deliveryId)
      .execute();
    throw error;
  }
  await deps.db
    .updateTable("webhook_deliveries")
    .set({
      attempts,
      last_status_code: statusCode,
      last_error: null,
      status: "delivered",
      delivered_at: deps.now().toISOString(),
    })
    .where("id", "=", deliveryId)
    .execute();
}

/** The JSON sent: the logged payload with the story's (and an entry's) public path made absolute. */
function requestBody(stored: string, siteUrl: string): string {
  const payload = JSON.parse(stored) as WebhookPayload;
  const absolute = (path: string | null) => (path === null ? null : new URL(path, `${siteUrl}/`).toString());
  return JSON.stringify({
    ...payload,
    article: { ...payload.article, url: absolute(payload.article.url) },
    ...(payload.entry && { entry: { ...payload.entry, url: absolute(payload.entry.url) } }),
  });
}
