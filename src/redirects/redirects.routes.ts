import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { ParamId } from "../http/ids.ts";
import { listRedirects } from "./redirects.queries.ts";
import { deleteRedirect } from "./redirects.service.ts";

const PAGE_SIZE = 50;

const RedirectJson = z.object({
  id: z.number(),
  from: z.string().describe("The old address as stored: path and significant query, escaped"),
  source: z.string(),
  createdAt: z.string(),
  target: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("story"),
      articleId: z.number(),
      headline: z.string(),
      edition: z.string(),
      status: z.string(),
      path: z.string().nullable().describe("The story's public URL; null while readers cannot see it"),
    }),
    z.object({ kind: z.literal("path"), path: z.string() }),
  ]),
});

const ListQuery = z.strictObject({
  q: z.string().max(500).optional(),
  /** The id of the last redirect of the page before (they come newest first). */
  cursor: ParamId.optional(),
});

/** Old addresses of another site (a WordPress import) that answer 301: editors look after them. */
export function redirectRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["redirects"];

  app.get(
    "/redirects",
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "Redirects from old addresses, newest first; `q` finds those whose old address holds it",
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(RedirectJson), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { q, cursor } = request.query;
      const items = await listRedirects(deps.db, {
        q: q?.trim(),
        beforeId: cursor,
        limit: PAGE_SIZE,
        now: deps.now().toISOString(),
      });
      const last = items.at(-1);
      return { items, nextCursor: items.length === PAGE_SIZE && last ? String(last.id) : null };
    },
  );

  app.delete(
    "/redirects/:id",
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "Delete a redirect: its old address answers 404 from then on; audited",
        params: z.strictObject({ id: ParamId }),
        response: { 204: z.null().describe("deleted") },
      },
    },
    async (request, reply) => {
      await deleteRedirect(deps.writes, request.params.id, {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
