import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { IdParams } from "../newsroom/article.schemas.ts";
import { readDeskState } from "./live-desk.queries.ts";
import { EntryJson } from "./live-entries.routes.ts";

/**
 * `GET /articles/:id/live`: what the newsroom's desk shows above the stream: whether coverage has
 * ended (no row means Live) and the pinned entry, which readers see on top however old it is,
 * while the desk pages the stream from the newest.
 */
export function liveCoverageRoutes(api: FastifyInstance, deps: ApiDeps) {
  api.withTypeProvider<ZodTypeProvider>().get(
    "/articles/:id/live",
    {
      config: { access: "author" },
      schema: {
        tags: ["live"],
        summary: "A live blog's coverage (when it ended, or null while live) and its pinned entry",
        params: IdParams,
        response: { 200: z.object({ endedAt: z.string().nullable(), pinned: EntryJson.nullable() }) },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      return readDeskState(deps.db, story.id);
    },
  );
}
