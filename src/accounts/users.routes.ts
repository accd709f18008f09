import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { listAudit } from "../audit/audit.ts";
import { ParamId } from "../http/ids.ts";
import { NewUserBody, RoleChangeBody, UserJson } from "./account.schemas.ts";
import { createUser, setUserRole } from "./user.service.ts";
import { listUsers } from "./users.queries.ts";

const IdParams = z.object({ id: ParamId });

const AuditJson = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.number(), name: z.string() }).nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});

/** User management and the audit log: admins only. */
export function userRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const admin = { access: "admin" } as const;

  app.get(
    "/users",
    {
      config: admin,
      schema: {
        tags: ["users"],
        summary: "Every newsroom account",
        response: { 200: z.object({ items: z.array(UserJson) }) },
      },
    },
    async () => ({ items: await listUsers(deps.db) }),
  );

  app.post(
    "/users",
    {
      config: admin,
      schema: {
        tags: ["users"],
        summary: "Create an account",
        body: NewUserBody,
        response: { 201: UserJson },
      },
    },
    async (request, reply) => {
      const actor = { userId: currentSession(request).user.id, ip: request.ip };
      return reply.code(201).send(await createUser(deps.db, request.body, actor, deps.now()));
    },
  );

  app.patch(
    "/users/:id",
    {
      config: admin,
      schema: {
        tags: ["users"],
        summary: "Change an account's role (ends its sessions)",
        params: IdParams,
        body: RoleChangeBody,
        response: { 200: UserJson },
      },
    },
    async (request) => {
      const actor = { userId: currentSession(request).user.id, ip: request.ip };
      return setUserRole(deps.db, request.params.id, request.body.role, actor, deps.now());
    },
  );

  app.get(
    "/audit",
    {
      config: admin,
      schema: {
        tags: ["audit"],
        summary: "The audit log, newest first",
        querystring: z.strictObject({
          before: ParamId.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(AuditJson) }) },
      },
    },
    async (request) => ({ items: await listAudit(deps.db, request.query) }),
  );
}
