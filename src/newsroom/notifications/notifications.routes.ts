import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../../api/access.ts";
import type { ApiDeps } from "../../api/admin-api.ts";
import { BodyId, ParamId } from "../../http/ids.ts";
import { listNotifications, markRead } from "./notifications.queries.ts";
import { NOTIFICATION_KINDS } from "./notifications.tables.ts";

const Person = z.object({ id: z.number(), name: z.string() });

const NotificationJson = z.object({
  id: z.number(),
  kind: z.enum(NOTIFICATION_KINDS),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  story: z.object({ id: z.number(), edition: z.string(), headline: z.string(), status: z.string() }),
  actor: Person.nullable(),
  noteId: z.number().nullable(),
});

const ListQuery = z.strictObject({
  /** The id of the last notification of the page before (they come newest first). */
  cursor: ParamId.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const ReadBody = z.union([
  z.strictObject({ ids: z.array(BodyId).min(1).max(200) }),
  z.strictObject({ upTo: BodyId.meta({ description: "Every notification up to and including this id" }) }),
]);

/** Each signed-in person's own notifications: nobody reads or marks another's. */
export function notificationRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const anyone = { access: "contributor" } as const;
  const tags = ["notifications"];

  app.get(
    "/notifications",
    {
      config: anyone,
      schema: {
        tags,
        summary: "The signed-in user's notifications, newest first, with the unread count",
        querystring: ListQuery,
        response: {
          200: z.object({
            items: z.array(NotificationJson),
            unread: z.number(),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const { items, unread } = await listNotifications(deps.db, currentSession(request).user.id, {
        before: cursor,
        limit,
      });
      const last = items.at(-1);
      return { items, unread, nextCursor: items.length === limit && last ? String(last.id) : null };
    },
  );

  app.post(
    "/notifications/read",
    {
      config: anyone,
      schema: {
        tags,
        summary: "Mark the user's notifications read: the ones listed, or all up to an id",
        body: ReadBody,
        response: { 200: z.object({ unread: z.number() }) },
      },
    },
    async (request) => ({
      unread: await markRead(
        deps.db,
        deps.feeds.newsroom,
        currentSession(request).user.id,
        request.body,
        deps.now(),
      ),
    }),
  );
}
