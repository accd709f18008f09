import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import {
  createDraft,
  deleteArticle,
  getEditableArticle,
  restoreRevision,
  saveEdit,
} from "../content/article.service.ts";
import { type EditableArticle, listEditableArticles } from "../content/article-editor.queries.ts";
import { assertReadable, readableCreator } from "../content/article-permissions.ts";
import { createTranslation } from "../content/article-translation.ts";
import { moveArticle, type WorkflowMove } from "../content/article-workflow.ts";
import { compareRevisions } from "../content/revision-diff.ts";
import { findRevision, listRevisions } from "../content/revisions.ts";
import { findAuthorBySlug, findSectionBySlug } from "../content/taxonomy.queries.ts";
import { AppError } from "../http/app-error.ts";
import { ParamId } from "../http/ids.ts";
import { withCurrentPhotoFallbacks } from "../media/photo-fallbacks.tsx";
import {
  ArticleJson,
  ArticleListQuery,
  ArticlePatchBody,
  IdParams,
  NewArticleBody,
  PreviewBody,
  RestoreBody,
  RevisionParams,
  ScheduleBody,
  TranslationBody,
} from "./article.schemas.ts";
import { storyPresenter } from "./article-actions.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { sendPreviewPage } from "./preview-answer.ts";

const RevisionJson = z.object({
  id: z.number(),
  number: z.number(),
  createdAt: z.string(),
  author: z.object({ id: z.number(), name: z.string() }).nullable(),
  summary: z.string(),
  significant: z.boolean(),
});

/** The moves with a route of their own and no body, by the path segment that names them. */
const MOVES = {
  submit: { move: "submit", summary: "Submit the story for review" },
  publish: { move: "publish", summary: "Publish the story now" },
  unpublish: { move: "unpublish", summary: "Take the story off the site" },
  "cancel-schedule": {
    move: "cancelSchedule",
    summary: "Cancel a scheduled story's publication (back to draft, or unpublished if it was live before)",
  },
} as const satisfies Record<string, { move: WorkflowMove; summary: string }>;

/** Stories in the newsroom: create, edit with optimistic versions, move through the workflow, revisions. */
export function articleRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const editions = deps.config.site.editions.map((e) => e.code);
  const writer = { access: "contributor" } as const;
  const tags = ["articles"];
  const present = storyPresenter(editions, deps.now);
  /**
   * One story as the editor loads it, after every change too (it rebases on what it gets back):
   * its inline photos' fallbacks carry the library's current texts (media/photo-fallbacks.tsx).
   */
  const presentOne = async (request: FastifyRequest, article: EditableArticle) =>
    present(request, {
      ...article,
      body: await withCurrentPhotoFallbacks(deps.db, article.body, article.edition),
    });
  /** The story, if this user may see it; otherwise 404, as if there were none. */
  const readable = async (request: FastifyRequest, id: number) => {
    const article = await getEditableArticle(deps.db, id);
    assertReadable(currentSession(request).user, article);
    return article;
  };

  app.get(
    "/articles",
    {
      config: writer,
      schema: {
        tags,
        summary: "Stories in the newsroom, last changed (or last published) first, with cursor paging",
        querystring: ArticleListQuery,
        response: { 200: z.object({ items: z.array(ArticleJson), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const q = request.query;
      const session = currentSession(request);
      const section =
        q.section && q.edition ? await findSectionBySlug(deps.db, q.edition, q.section) : undefined;
      const author = q.author
        ? await findAuthorBySlug(deps.db, q.edition ?? deps.config.site.defaultEdition, q.author)
        : undefined;
      if ((q.section && !section) || (q.author && !author)) return { items: [], nextCursor: null };
      const items = await listEditableArticles(
        deps.db,
        {
          edition: q.edition,
          sectionId: section?.id,
          status: q.status,
          authorId: author?.id,
          createdBy: q.mine === "true" ? session.user.id : readableCreator(session.user),
          text: q.q,
        },
        { cursor: q.cursor ? decodeCursor(q.cursor) : undefined, limit: q.limit, order: q.order },
      );
      const last = items.at(-1);
      const lastAt = q.order === "published" ? last?.publishedAt : last?.modifiedAt;
      return {
        items: items.map((article) => present(request, article)),
        nextCursor:
          items.length === q.limit && last && lastAt ? encodeCursor({ at: lastAt, id: last.id }) : null,
      };
    },
  );

  app.post(
    "/articles",
    {
      config: writer,
      schema: { tags, summary: "Start a draft", body: NewArticleBody, response: { 201: ArticleJson } },
    },
    async (request, reply) => {
      const created = await createDraft(
        deps.writes,
        deps.cleanBody,
        request.body,
        currentSession(request).user,
        editions,
        deps.now(),
      );
      return reply.code(201).send(await presentOne(request, created));
    },
  );

  app.get(
    "/articles/:id",
    {
      config: writer,
      schema: {
        tags,
        summary: "One story, with what the current user may do with it",
        params: IdParams,
        response: { 200: ArticleJson },
      },
    },
    async (request) => presentOne(request, await readable(request, request.params.id)),
  );

  app.patch(
    "/articles/:id",
    {
      config: writer,
      schema: {
        tags,
        summary: "Save the fields changed since a version (409 only when someone changed one of them too)",
        params: IdParams,
        body: ArticlePatchBody,
        response: { 200: ArticleJson },
      },
    },
    async (request) => {
      const saved = await saveEdit(
        deps.writes,
        deps.cleanBody,
        request.params.id,
        request.body,
        currentSession(request).user,
        deps.now(),
      );
      return presentOne(request, saved);
    },
  );

  app.delete(
    "/articles/:id",
    {
      config: writer,
      schema: { tags, summary: "Delete a story", params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteArticle(
        deps.writes,
        request.params.id,
        currentSession(request).user,
        request.ip,
        deps.now(),
      );
      return reply.code(204).send(null);
    },
  );

  for (const [path, { move, summary }] of Object.entries(MOVES)) {
    app.post(
      `/articles/:id/${path}`,
      {
        config: writer,
        schema: { tags, summary, params: IdParams, response: { 200: ArticleJson } },
      },
      async (request) => {
        const moved = await moveArticle(deps.writes, request.params.id, move, {
          user: currentSession(request).user,
          ip: request.ip,
          now: deps.now(),
        });
        return presentOne(request, moved);
      },
    );
  }

  app.post(
    "/articles/:id/schedule",
    {
      config: writer,
      schema: {
        tags,
        summary: "Schedule the story to be published at a given time",
        params: IdParams,
        body: ScheduleBody,
        response: { 200: ArticleJson },
      },
    },
    async (request) => {
      const ctx = {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
        at: new Date(request.body.at),
      };
      const moved = await moveArticle(deps.writes, request.params.id, "schedule", ctx);
      // The publication job is queued with the move, which records no event to wake the runner.
      deps.pokeJobs();
      return presentOne(request, moved);
    },
  );

  app.post(
    "/articles/:id/translations",
    {
      config: writer,
      schema: {
        tags,
        summary: "Start a translation: a draft of the story in another edition",
        params: IdParams,
        body: TranslationBody,
        response: { 201: ArticleJson },
      },
    },
    async (request, reply) => {
      const user = currentSession(request).user;
      return reply
        .code(201)
        .send(
          await presentOne(
            request,
            await createTranslation(
              deps.writes,
              request.params.id,
              request.body.edition,
              user,
              editions,
              deps.now(),
            ),
          ),
        );
    },
  );

  app.post(
    "/articles/:id/preview",
    {
      config: writer,
      schema: {
        tags,
        summary: "The story's public page with the editor's unsaved fields, as HTML",
        description:
          "Takes the fields of a save (without version) and renders the stored story with them laid over it. Writes nothing: readers keep seeing the stored story.",
        params: IdParams,
        body: PreviewBody,
        produces: ["text/html"],
        response: { 200: z.string().meta({ description: "The rendered page" }) },
      },
    },
    async (request, reply) => {
      await readable(request, request.params.id);
      const html = await deps.renderPreview(request.params.id, request.body);
      if (html === undefined) throw new AppError("NOT_FOUND", `There is no story ${request.params.id}.`);
      return sendPreviewPage(reply, html);
    },
  );

  app.get(
    "/articles/:id/revisions",
    {
      config: writer,
      schema: {
        tags,
        summary: "The story's revisions, newest first",
        params: IdParams,
        response: { 200: z.object({ items: z.array(RevisionJson) }) },
      },
    },
    async (request) => {
      await readable(request, request.params.id);
      return { items: await listRevisions(deps.db, request.params.id) };
    },
  );

  app.get(
    "/articles/:id/revisions/compare",
    {
      config: writer,
      schema: {
        tags,
        summary: "What changed between two revisions",
        params: IdParams,
        querystring: z.strictObject({
          from: ParamId,
          to: ParamId,
        }),
        response: {
          200: z.object({
            changes: z.array(
              z.object({
                field: z.string(),
                from: z.unknown(),
                to: z.unknown(),
                words: z
                  .array(z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) }))
                  .optional()
                  .meta({
                    description:
                      "For prose fields: the words removed and added, in reading order (the body compared as its plain text)",
                  }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      await readable(request, request.params.id);
      const changes = await compareRevisions(
        deps.db,
        request.params.id,
        request.query.from,
        request.query.to,
      );
      if (!changes) throw new AppError("NOT_FOUND", `Story ${request.params.id} has no such revisions.`);
      return { changes };
    },
  );

  app.get(
    "/articles/:id/revisions/:revisionId",
    {
      config: writer,
      schema: {
        tags,
        summary: "One revision, with the story as it was then",
        params: RevisionParams,
        response: { 200: RevisionJson.extend({ snapshot: z.record(z.string(), z.unknown()) }) },
      },
    },
    async (request) => {
      await readable(request, request.params.id);
      const revision = await findRevision(deps.db, request.params.id, request.params.revisionId);
      if (!revision)
        throw new AppError(
          "NOT_FOUND",
          `Story ${request.params.id} has no revision ${request.params.revisionId}.`,
        );
      return revision;
    },
  );

  app.post(
    "/articles/:id/revisions/:revisionId/restore",
    {
      config: writer,
      schema: {
        tags,
        summary: "Put a revision's text back as a new save, against the story's version",
        description:
          "Restores the whole story, or with `fields` only the fields named (422 naming any a revision cannot restore).",
        params: RevisionParams,
        body: RestoreBody,
        response: { 200: ArticleJson },
      },
    },
    async (request) => {
      const { id, revisionId } = request.params;
      const restored = await restoreRevision(
        deps.writes,
        id,
        revisionId,
        request.body,
        currentSession(request).user,
        deps.now(),
      );
      return presentOne(request, restored);
    },
  );
}
