import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { BodyId } from "../http/ids.ts";
import { IdParams, StoryRefJson } from "./article.schemas.ts";
import { PIN_RELATED_ACCESS } from "./article-actions.ts";
import { pinRelated, readRelated } from "./related-pins.service.ts";

const RelatedJson = z.object({ pinned: z.array(StoryRefJson), computed: z.array(StoryRefJson) });
// No length limit here: how many may be pinned is a newsroom rule, answered with its own 422.
const PinsBody = z.strictObject({ ids: z.array(BodyId) });
/** Pinned stories change what readers see under a story: an editor's call. */

/** A story's related stories: anyone in the newsroom may look, editors pin the ones shown first. */
export function relatedRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["articles"];

  app.get(
    "/articles/:id/related",
    {
      config: { access: "contributor" },
      schema: {
        tags,
        summary: "The story's pinned related stories, then the computed ones, each in order",
        params: IdParams,
        response: { 200: RelatedJson },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      return readRelated(deps.db, request.params.id);
    },
  );

  app.put(
    "/articles/:id/related/pins",
    {
      config: { access: PIN_RELATED_ACCESS },
      schema: {
        tags,
        summary: "Replace the story's pinned related stories (published, same edition, at most 4)",
        params: IdParams,
        body: PinsBody,
        response: { 200: RelatedJson },
      },
    },
    async (request) => {
      const ctx = { user: currentSession(request).user, ip: request.ip, now: deps.now() };
      await pinRelated(deps.writes, request.params.id, request.body.ids, ctx);
      return readRelated(deps.db, request.params.id);
    },
  );
}
