import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../../api/admin-api.ts";
import { ParamId } from "../../http/ids.ts";
import { WEBHOOK_EVENTS } from "./webhook-events.ts";
import {
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  registerWebhook,
  resendDelivery,
  updateWebhook,
} from "./webhooks.service.ts";

const tags = ["webhooks"];
const IdParams = z.object({ id: ParamId });
const DeliveryParams = IdParams.extend({ deliveryId: ParamId });
const Events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length * 2);

const WebhookJson = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  createdAt: z.string(),
});

const DeliveryJson = z.object({
  id: z.number().int(),
  webhookId: z.number().int(),
  event: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

/** Webhook endpoints and their delivery log: admins only. */
export function webhookRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const admin = { access: "admin" } as const;

  app.get(
    "/webhooks",
    {
      config: admin,
      schema: {
        tags,
        summary: "Registered webhook endpoints (never their secrets)",
        response: { 200: z.object({ items: z.array(WebhookJson) }) },
      },
    },
    async () => ({ items: await listWebhooks(deps.db) }),
  );

  app.post(
    "/webhooks",
    {
      config: admin,
      schema: {
        tags,
        summary: "Registers an endpoint; the answer shows its signing secret, this once",
        body: z.strictObject({ url: z.string().trim().min(1).max(2000), events: Events }),
        response: { 201: WebhookJson.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const created = await registerWebhook(
        deps.db,
        request.body,
        deps.config.webhookAllowedHosts ?? [],
        deps.now(),
      );
      return reply.code(201).send(created);
    },
  );

  app.patch(
    "/webhooks/:id",
    {
      config: admin,
      schema: {
        tags,
        summary: "Pause, resume or change the events of an endpoint",
        params: IdParams,
        body: z.strictObject({ active: z.boolean().optional(), events: Events.optional() }),
        response: { 200: WebhookJson },
      },
    },
    async (request) => updateWebhook(deps.db, request.params.id, request.body),
  );

  app.delete(
    "/webhooks/:id",
    {
      config: admin,
      schema: { tags, summary: "Remove an endpoint", params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteWebhook(deps.db, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/webhooks/:id/deliveries",
    {
      config: admin,
      schema: {
        tags,
        summary: "An endpoint's delivery log, newest first",
        params: IdParams,
        querystring: z.strictObject({
          before: ParamId.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(DeliveryJson) }) },
      },
    },
    async (request) => ({ items: await listDeliveries(deps.db, request.params.id, request.query) }),
  );

  app.post(
    "/webhooks/:id/deliveries/:deliveryId/resend",
    {
      config: admin,
      schema: {
        tags,
        summary: "Send a delivery again, with a fresh set of attempts",
        params: DeliveryParams,
        response: { 202: DeliveryJson },
      },
    },
    async (request, reply) => {
      const delivery = await resendDelivery(
        deps.db,
        request.params.id,
        request.params.deliveryId,
        deps.now(),
      );
      deps.pokeJobs();
      return reply.code(202).send(delivery);
    },
  );
}
