import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { BodyId, ParamId } from "../http/ids.ts";
import { EntryJson } from "../live/live-entries.routes.ts";
import { postWireItemToLiveBlog } from "./wire-live-entry.ts";

/** "Post to the live blog" on the wire desk. */
export function wireLiveRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/wire/items/:id/live-entry",
    {
      config: { access: "author" },
      schema: {
        tags: ["wire", "live"],
        summary:
          "Posts the item's headline and body, with the agency's credit, as an entry on a live blog (422 when the story is not live or has ended)",
        params: z.object({ id: ParamId }),
        body: z.strictObject({ articleId: BodyId }),
        response: { 201: EntryJson },
      },
    },
    async (request, reply) => {
      const entry = await postWireItemToLiveBlog(
        deps.writes,
        deps.cleanBody,
        request.params.id,
        request.body.articleId,
        currentSession(request).user,
        deps.now(),
      );
      return reply.code(201).send(entry);
    },
  );
}
