import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { IdParams } from "../newsroom/article.schemas.ts";

/**
 * `GET /articles/:id/live`: whether a live blog's coverage has ended, for the newsroom's desk,
 * which shows the Live/Ended label and offers editors End or Reopen. No row means Live.
 */
export function liveCoverageRoutes(api: FastifyInstance, deps: ApiDeps) {
  api.withTypeProvider<ZodTypeProvider>().get(
    "/articles/:id/live",
    {
      config: { access: "author" },
      schema: {
        tags: ["live"],
        summary: "A live blog's coverage: when it ended, or null while it is live",
        params: IdParams,
        response: { 200: z.object({ endedAt: z.string().nullable() }) },
      },
    },
    async (request) => {
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(currentSession(request).user, story);
      const row = await deps.db
        .selectFrom("live_coverage")
        .select("ended_at")
        .where("article_id", "=", story.id)
        .executeTakeFirst();
      return { endedAt: row?.ended_at ?? null };
    },
  );
}
