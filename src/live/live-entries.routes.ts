import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { BodyId, ParamId } from "../http/ids.ts";
import { IdParams } from "../newsroom/article.schemas.ts";
import { decodeCursor, encodeCursor } from "../newsroom/cursor.ts";
import { listEntries } from "./live-entries.queries.ts";
import {
  correctEntry,
  ENTRY_HEADLINE_MAX,
  postEntry,
  removeEntry,
  setCoverageEnded,
} from "./live-entries.service.ts";

/** A body as large as a story's may be: photos and embeds included. */
const BODY_MAX = 200_000;

export const EntryJson = z.object({
  id: z.number(),
  articleId: z.number(),
  postedAt: z.string(),
  headline: z.string().nullable(),
  bodyHtml: z.string(),
  keyEvent: z.boolean(),
  pinned: z.boolean(),
  editedAt: z.string().nullable(),
  version: z.number(),
  postedBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  byline: z.object({ name: z.string(), authorSlug: z.string().nullable() }).nullable(),
});

const Headline = z.string().max(ENTRY_HEADLINE_MAX).nullable().optional().meta({
  description: "A short headline over the entry; empty or null for none",
});
const Body = z.string().max(BODY_MAX).meta({ description: "HTML, cleaned as a story body is" });

export const NewEntryBody = z.strictObject({
  headline: Headline,
  bodyHtml: Body,
  keyEvent: z.boolean().optional(),
  pinned: z.boolean().optional(),
});
const EntryPatchBody = z.strictObject({
  version: BodyId,
  headline: Headline,
  bodyHtml: Body.optional(),
  keyEvent: z.boolean().optional(),
  pinned: z.boolean().optional(),
});
const EntryParams = z.object({ id: ParamId, entryId: ParamId });
const EntryListQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Live blogs in the newsroom: posting, correcting and removing entries, and ending the coverage. */
export function liveEntryRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const writer = { access: "author" } as const;
  const tags = ["live"];

  app.get(
    "/articles/:id/entries",
    {
      config: writer,
      schema: {
        tags,
        summary: "A live blog's entries, newest first, removed ones left out",
        params: IdParams,
        querystring: EntryListQuery,
        response: { 200: z.object({ items: z.array(EntryJson), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      const { cursor, limit } = request.query;
      const items = await listEntries(deps.db, story.id, {
        cursor: cursor ? decodeCursor(cursor) : undefined,
        limit,
      });
      const last = items.at(-1);
      return {
        items,
        nextCursor: items.length === limit && last ? encodeCursor({ at: last.postedAt, id: last.id }) : null,
      };
    },
  );

  app.post(
    "/articles/:id/entries",
    {
      config: writer,
      schema: {
        tags,
        summary: "Post an entry on a live blog (422 on a story that is not one)",
        params: IdParams,
        body: NewEntryBody,
        response: { 201: EntryJson },
      },
    },
    async (request, reply) => {
      const entry = await postEntry(
        deps.writes,
        deps.cleanBody,
        request.params.id,
        currentSession(request).user,
        request.body,
        deps.now(),
      );
      return reply.code(201).send(entry);
    },
  );

  app.patch(
    "/articles/:id/entries/:entryId",
    {
      config: writer,
      schema: {
        tags,
        summary: "Correct an entry (shown as edited); 409 when someone changed it since `version`",
        params: EntryParams,
        body: EntryPatchBody,
        response: { 200: EntryJson },
      },
    },
    async (request) =>
      correctEntry(
        deps.writes,
        deps.cleanBody,
        request.params.id,
        request.params.entryId,
        currentSession(request).user,
        request.body,
        deps.now(),
      ),
  );

  app.delete(
    "/articles/:id/entries/:entryId",
    {
      config: writer,
      schema: { tags, summary: "Remove an entry (kept as a tombstone)", params: EntryParams },
    },
    async (request, reply) => {
      await removeEntry(
        deps.writes,
        request.params.id,
        request.params.entryId,
        currentSession(request).user,
        deps.now(),
      );
      return reply.code(204).send();
    },
  );

  app.put(
    "/articles/:id/live",
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "End a live blog's coverage, or reopen it",
        params: IdParams,
        body: z.strictObject({ ended: z.boolean() }),
        response: { 200: z.object({ endedAt: z.string().nullable() }) },
      },
    },
    async (request) =>
      setCoverageEnded(
        deps.writes,
        request.params.id,
        currentSession(request).user,
        request.body.ended,
        deps.now(),
      ),
  );
}
