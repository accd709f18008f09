import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { ARTICLE_STATUSES } from "../content/article.kinds.ts";
import { getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { ParamId } from "../http/ids.ts";
import { IdParams } from "../newsroom/article.schemas.ts";
import { listOpenTasks } from "./entry-tasks.queries.ts";
import { TASK_STATUSES } from "./entry-translations.tables.ts";
import { completeEntryTranslation, requestEntryTranslation } from "./entry-translations.ts";
import { listOpenLiveBlogs } from "./live-blogs.queries.ts";
import { EntryJson, NewEntryBody } from "./live-entries.routes.ts";

const TaskJson = z.object({
  id: z.number(),
  status: z.enum(TASK_STATUSES),
  edition: z.string(),
  sourceArticleId: z.number(),
  targetArticleId: z.number(),
  requestedAt: z.string(),
  requestedBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  source: z.object({
    edition: z.string(),
    entryId: z.number(),
    postedAt: z.string(),
    headline: z.string().nullable(),
    bodyHtml: z.string(),
  }),
});
/** A task as its sender is answered: `created` false when the entry had been sent there already. */
const SentTaskJson = TaskJson.extend({ created: z.boolean() });
const LiveBlogJson = z.object({
  id: z.number(),
  edition: z.string(),
  headline: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  url: z.string().nullable(),
  modifiedAt: z.string(),
});

/** Live blogs across editions: the pickers' list, and entries sent to the other edition's desk. */
export function entryTranslationRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const writer = { access: "author" } as const;
  const tags = ["live"];
  const editions = deps.config.site.editions.map((e) => e.code);

  app.get(
    "/live-blogs",
    {
      config: writer,
      schema: {
        tags,
        summary: "An edition's live blogs whose coverage has not ended, last changed first",
        querystring: z.strictObject({ edition: z.string().min(1).max(20) }),
        response: { 200: z.object({ items: z.array(LiveBlogJson) }) },
      },
    },
    async (request) => ({ items: await listOpenLiveBlogs(deps.db, request.query.edition) }),
  );

  app.post(
    "/articles/:id/entries/:entryId/translation-tasks",
    {
      config: writer,
      schema: {
        tags,
        summary:
          "Send an entry to the desk of the live blog's translation in another edition (201; 200 when already sent; 422 without a live translation there)",
        params: z.object({ id: ParamId, entryId: ParamId }),
        body: z.strictObject({ edition: z.string().min(1).max(20) }),
        response: { 200: SentTaskJson, 201: SentTaskJson },
      },
    },
    async (request, reply) => {
      const { task, created } = await requestEntryTranslation(
        deps.writes,
        editions,
        request.params.id,
        request.params.entryId,
        request.body.edition,
        currentSession(request).user,
        deps.now(),
      );
      return reply.code(created ? 201 : 200).send({ ...task, created });
    },
  );

  app.get(
    "/articles/:id/translation-tasks",
    {
      config: writer,
      schema: {
        tags,
        summary: "A live blog's open translation tasks, oldest first, with the source entries' text",
        params: IdParams,
        response: { 200: z.object({ items: z.array(TaskJson) }) },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      return { items: await listOpenTasks(deps.db, story.id) };
    },
  );

  app.post(
    "/articles/:id/translation-tasks/:taskId/entries",
    {
      config: writer,
      schema: {
        tags,
        summary:
          "Post the translated entry on this live blog and mark the task done (409 when someone did it first)",
        params: z.object({ id: ParamId, taskId: ParamId }),
        body: NewEntryBody,
        response: { 201: EntryJson },
      },
    },
    async (request, reply) => {
      const entry = await completeEntryTranslation(
        deps.writes,
        deps.cleanBody,
        request.params.id,
        request.params.taskId,
        currentSession(request).user,
        request.body,
        deps.now(),
      );
      return reply.code(201).send(entry);
    },
  );
}
