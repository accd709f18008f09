import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { getEditableArticle } from "../content/article.service.ts";
import {
  listNotes,
  mentionableUsers,
  NOTE_MAX_LENGTH,
  NOTE_MAX_MENTIONS,
  writeNote,
} from "../content/article-notes.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { moveArticle } from "../content/article-workflow.ts";
import { BodyId } from "../http/ids.ts";
import { ArticleJson, IdParams } from "./article.schemas.ts";
import { storyPresenter } from "./article-actions.ts";

const Person = z.object({ id: z.number(), name: z.string() });

const NoteJson = z.object({
  id: z.number(),
  body: z.string(),
  createdAt: z.string(),
  author: Person.nullable(),
  mentions: z.array(Person),
});

/** Empty text is refused by the write (422) with the story untouched; only the shape is checked here. */
const NoteText = z.string().max(NOTE_MAX_LENGTH);
const Mentions = z
  .array(BodyId)
  .max(NOTE_MAX_MENTIONS)
  .optional()
  .meta({ description: "Users the note names; each must be someone who may see the story" });

const NoteBody = z.strictObject({ body: NoteText, mentions: Mentions });
const ReturnBody = z.strictObject({ note: NoteText, mentions: Mentions });

/**
 * Talking to writers: a story's notes (the newsroom's alone, never on any public page, feed or
 * API) and sending a submitted story back to its writer with one.
 */
export function articleNotesRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const editions = deps.config.site.editions.map((e) => e.code);
  const present = storyPresenter(editions, deps.now);
  const writer = { access: "contributor" } as const;
  const tags = ["articles"];

  app.post(
    "/articles/:id/return",
    {
      config: writer,
      schema: {
        tags,
        summary: "Send a story in review back to its writer as a draft, with a note saying why (required)",
        params: IdParams,
        body: ReturnBody,
        response: { 200: ArticleJson },
      },
    },
    async (request) => {
      const { note, mentions } = request.body;
      const moved = await moveArticle(deps.writes, request.params.id, "return", {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
        note: { body: note, mentions },
      });
      return present(request, moved);
    },
  );

  app.get(
    "/articles/:id/notes",
    {
      config: writer,
      schema: {
        tags,
        summary: "A story's notes, oldest first, and who a new note may name",
        params: IdParams,
        response: { 200: z.object({ items: z.array(NoteJson), mentionable: z.array(Person) }) },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      const [items, mentionable] = await Promise.all([
        listNotes(deps.db, story.id),
        mentionableUsers(deps.db, story),
      ]);
      return { items, mentionable };
    },
  );

  app.post(
    "/articles/:id/notes",
    {
      config: writer,
      schema: {
        tags,
        summary: "Write a note on a story; the people it names are notified",
        params: IdParams,
        body: NoteBody,
        response: { 201: NoteJson },
      },
    },
    async (request, reply) => {
      const note = await writeNote(
        deps.writes,
        request.params.id,
        currentSession(request).user,
        request.body,
        deps.now(),
      );
      return reply.code(201).send(note);
    },
  );
}
