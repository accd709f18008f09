import { randomBytes } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { Database } from "../../db/database.ts";
import { resolveOutboundTarget, webhookPolicy } from "../../http/address-guard.ts";
import { AppError } from "../../http/app-error.ts";
import { enqueueJob } from "../../jobs/job-queue.ts";
import type { WebhookDeliveryTable, WebhookTable } from "../distribution.tables.ts";
import {
  type DeliverJobPayload,
  WEBHOOK_DELIVER_JOB,
  WEBHOOK_MAX_ATTEMPTS,
  type WebhookEvent,
  type WebhookPayload,
} from "./webhook-events.ts";

type Db = Kysely<Database>;

export interface Webhook {
  id: number;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
}

export interface WebhookDelivery {
  id: number;
  webhookId: number;
  event: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: WebhookPayload & Record<string, unknown>;
}

const toWebhook = (row: Selectable<WebhookTable>): Webhook => ({
  id: row.id,
  url: row.url,
  events: JSON.parse(row.events) as WebhookEvent[],
  active: row.active === 1,
  createdAt: row.created_at,
});

const toDelivery = (row: Selectable<WebhookDeliveryTable>): WebhookDelivery => ({
  id: row.id,
  webhookId: row.webhook_id,
  event: row.event,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
  payload: JSON.parse(row.payload) as WebhookDelivery["payload"],
});

const unique = (events: readonly WebhookEvent[]) => [...new Set(events)];

/** Stores an endpoint with a new signing secret, without checking its URL (see `registerWebhook`). */
export async function insertWebhook(
  db: Db,
  input: { url: string; events: readonly WebhookEvent[] },
  now: Date,
): Promise<Webhook & { secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("hex")}`;
  const row = await db
    .insertInto("webhooks")
    .values({
      url: input.url,
      events: JSON.stringify(unique(input.events)),
      secret,
      active: 1,
      created_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...toWebhook(row), secret };
}

/** Registers an endpoint after the address guard accepts its URL; the secret is shown only here. */
export async function registerWebhook(
  db: Db,
  input: { url: string; events: readonly WebhookEvent[] },
  allowedHosts: readonly string[],
  now: Date,
): Promise<Webhook & { secret: string }> {
  const target = await resolveOutboundTarget(input.url, webhookPolicy(allowedHosts));
  return insertWebhook(db, { ...input, url: target.url.toString() }, now);
}

export async function listWebhooks(db: Db): Promise<Webhook[]> {
  return (await db.selectFrom("webhooks").selectAll().orderBy("id").execute()).map(toWebhook);
}

async function findWebhookRow(db: Db, id: number): Promise<Selectable<WebhookTable>> {
  const row = await db.selectFrom("webhooks").where("id", "=", id).selectAll().executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `There is no webhook ${id}.`);
  return row;
}

export async function updateWebhook(
  db: Db,
  id: number,
  patch: { active?: boolean | undefined; events?: readonly WebhookEvent[] | undefined },
): Promise<Webhook> {
  const row = await findWebhookRow(db, id);
  const updated = await db
    .updateTable("webhooks")
    .set({
      active: patch.active === undefined ? row.active : patch.active ? 1 : 0,
      events: patch.events === undefined ? row.events : JSON.stringify(unique(patch.events)),
    })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toWebhook(updated);
}

/** Removes an endpoint and its delivery log; its queued jobs find nothing and end. */
export async function deleteWebhook(db: Db, id: number): Promise<void> {
  await findWebhookRow(db, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("webhook_deliveries").where("webhook_id", "=", id).execute();
    await trx.deleteFrom("webhooks").where("id", "=", id).execute();
  });
}

/** An endpoint's deliveries, newest first. */
export async function listDeliveries(
  db: Db,
  webhookId: number,
  options: { limit: number; before?: number | undefined },
): Promise<WebhookDelivery[]> {
  await findWebhookRow(db, webhookId);
  let query = db.selectFrom("webhook_deliveries").where("webhook_id", "=", webhookId);
  if (options.before !== undefined) query = query.where("id", "<", options.before);
  const rows = await query.selectAll().orderBy("id", "desc").limit(options.limit).execute();
  return rows.map(toDelivery);
}

/** Sends a delivery again with a fresh set of attempts; refused while it is still being tried. */
export async function resendDelivery(
  db: Db,
  webhookId: number,
  deliveryId: number,
  now: Date,
): Promise<WebhookDelivery> {
  const hook = await findWebhookRow(db, webhookId);
  if (hook.active !== 1)
    throw new AppError("UNPROCESSABLE", `Webhook ${webhookId} is inactive; activate it to resend.`);
  return db.transaction().execute(async (trx) => {
    const delivery = await trx
      .selectFrom("webhook_deliveries")
      .where("id", "=", deliveryId)
      .where("webhook_id", "=", webhookId)
      .selectAll()
      .executeTakeFirst();
    if (!delivery) throw new AppError("NOT_FOUND", `Webhook ${webhookId} has no delivery ${deliveryId}.`);
    const updated = await trx
      .updateTable("webhook_deliveries")
      .set({ status: "pending", delivered_at: null })
      .where("id", "=", deliveryId)
      .where("status", "!=", "pending")
      .returningAll()
      .executeTakeFirst();
    if (!updated) {
      throw new AppError("INVALID_TRANSITION", `Delivery ${deliveryId} is still being sent.`, {
        extra: { status: delivery.status },
      });
    }
    await enqueueJob(trx, {
      kind: WEBHOOK_DELIVER_JOB,
      payload: {
        deliveryId,
        giveUpAt: delivery.attempts + WEBHOOK_MAX_ATTEMPTS,
      } satisfies DeliverJobPayload,
      runAt: now,
      now,
    });
    return toDelivery(updated);
  });
}
