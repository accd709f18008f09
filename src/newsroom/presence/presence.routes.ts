import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../../api/access.ts";
import type { ApiDeps } from "../../api/admin-api.ts";
import { assertReadable, readableCreator } from "../../content/article-permissions.ts";
import { AppError } from "../../http/app-error.ts";
import { IdParams } from "../article.schemas.ts";
import { beat, leave, presenceOf, storyOwners, sweepExpired } from "./presence.queries.ts";

const tags = ["presence"];

const PersonJson = z.object({
  userId: z.number().int(),
  name: z.string(),
  typing: z.boolean(),
  openedAt: z.string(),
});
const PeopleJson = z.object({ people: z.array(PersonJson) });
const HeartbeatBody = z.strictObject({
  typing: z.boolean().meta({ description: "Whether they typed in the story in the last few seconds" }),
});

/**
 * Who has which story open in the newsroom: the editor's heartbeat (PUT, every 15 s and when typing
 * starts or stops), leaving (DELETE), one story's people and every story's (GET). Whoever may see a
 * story may be seen in it and see who else is there; others are answered 404, as by the story
 * routes. Each change of who is there or typing is told on the newsroom's live stream as a
 * `presence` event.
 *
 * Expiry: a row counts as gone once its heartbeat is PRESENCE_TTL_MS old (on the injected clock).
 * Every presence request first removes expired rows and tells of them, so a closed tab disappears
 * from others' screens within a heartbeat of anyone's open editor, and the app's lists ask again
 * every 30 s while open, which does the same when no editor is open.
 */
export function presenceRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const access = { access: "contributor" } as const;

  const tell = async (ids: readonly number[]) => {
    for (const story of await storyOwners(deps.db, ids))
      await deps.feeds.newsroom.tell(deps.db, {
        kind: "presence",
        articleId: story.id,
        ownerId: story.ownerId,
      });
  };
  const sweep = async (now: Date) => tell(await sweepExpired(deps.db, now));
  /** The story, if this user may see it; otherwise 404, as if there were none. */
  const readable = async (request: FastifyRequest, id: number) => {
    const [story] = await storyOwners(deps.db, [id]);
    if (!story) throw new AppError("NOT_FOUND", `There is no story ${id}.`);
    assertReadable(currentSession(request).user, {
      id,
      status: story.status,
      createdBy: story.ownerId === null ? null : { id: story.ownerId, name: "" },
    });
  };
  const peopleIn = async (articleId: number, now: Date) => ({
    people: (await presenceOf(deps.db, now, { articleId }))[0]?.people ?? [],
  });

  app.get(
    "/presence",
    {
      config: access,
      schema: {
        tags,
        summary: "Who has stories open, for every story the user may see that someone has open",
        response: {
          200: z.object({
            items: z.array(z.object({ articleId: z.number().int(), people: z.array(PersonJson) })),
          }),
        },
      },
    },
    async (request) => {
      const now = deps.now();
      await sweep(now);
      const createdBy = readableCreator(currentSession(request).user);
      return { items: await presenceOf(deps.db, now, createdBy === undefined ? {} : { createdBy }) };
    },
  );

  app.get(
    "/articles/:id/presence",
    {
      config: access,
      schema: {
        tags,
        summary: "Who has this story open, and who of them is typing",
        params: IdParams,
        response: { 200: PeopleJson },
      },
    },
    async (request) => {
      await readable(request, request.params.id);
      const now = deps.now();
      await sweep(now);
      return peopleIn(request.params.id, now);
    },
  );

  app.put(
    "/articles/:id/presence",
    {
      config: access,
      schema: {
        tags,
        summary:
          "Heartbeat: the user has this story open (send every 15 s and when typing starts or stops); answers who is there",
        params: IdParams,
        body: HeartbeatBody,
        response: { 200: PeopleJson },
      },
    },
    async (request) => {
      const { id } = request.params;
      await readable(request, id);
      const now = deps.now();
      await sweep(now);
      const visit = { articleId: id, userId: currentSession(request).user.id, typing: request.body.typing };
      if (await beat(deps.db, visit, now)) await tell([id]);
      return peopleIn(id, now);
    },
  );

  app.delete(
    "/articles/:id/presence",
    {
      config: access,
      schema: { tags, summary: "The user closed the story", params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { id } = request.params;
      await readable(request, id);
      if (await leave(deps.db, id, currentSession(request).user.id)) await tell([id]);
      return reply.code(204).send(null);
    },
  );
}
