import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../../api/admin-api.ts";
import { ParamId } from "../../http/ids.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.ts";

const ApiKeyJson = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

/** Content API keys in the newsroom: admins list, create (secret shown once) and revoke them. */
export function apiKeyRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const admin = { access: "admin" } as const;
  const tags = ["api keys"];

  app.get(
    "/api-keys",
    {
      config: admin,
      schema: {
        tags,
        summary: "Content API keys (never their secrets)",
        response: { 200: z.object({ items: z.array(ApiKeyJson) }) },
      },
    },
    async () => ({ items: await listApiKeys(deps.db) }),
  );

  app.post(
    "/api-keys",
    {
      config: admin,
      schema: {
        tags,
        summary: "Create a key; the answer is the only time its secret is shown",
        body: z.strictObject({ name: z.string().trim().min(1).max(120) }),
        response: { 201: ApiKeyJson.extend({ key: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createApiKey(deps.db, request.body.name, deps.now())),
  );

  app.delete(
    "/api-keys/:id",
    {
      config: admin,
      schema: {
        tags,
        summary: "Revoke a key; requests with it get 401 from then on",
        params: z.object({ id: ParamId }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeApiKey(deps.db, request.params.id, deps.now());
      return reply.code(204).send(null);
    },
  );
}
