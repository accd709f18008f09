import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { recordAudit } from "../audit/audit.ts";
import { AppError } from "../http/app-error.ts";
import { LoginBody, SessionJson } from "./account.schemas.ts";
import { beginPasswordAttempt } from "./login-throttle.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import {
  createSession,
  deleteExpiredSessions,
  deleteSessionByToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from "./sessions.ts";
import { findUserWithHash } from "./users.queries.ts";

/** POST logs in, GET says who is logged in, DELETE logs out. */
export function sessionRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const secure = deps.config.siteUrl.startsWith("https:");

  function setCookie(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure,
      maxAge: SESSION_TTL_MS / 1000,
    });
  }

  app.post(
    "/session",
    {
      config: { access: "public" },
      schema: { tags: ["session"], summary: "Log in", body: LoginBody, response: { 200: SessionJson } },
    },
    async (request, reply) => {
      const now = deps.now();
      const { email, password } = request.body;
      const attempt = await beginPasswordAttempt(deps.db, email, request.ip, now);
      const user = await findUserWithHash(deps.db, email);
      const valid = await verifyPassword(user?.password_hash ?? (await decoyHash()), password);
      if (!user || !valid) {
        await recordAudit(deps.db, {
          action: "login.failed",
          actorUserId: user?.id ?? null,
          subjectType: "session",
          subjectId: null,
          details: { email },
          ip: request.ip,
          now: now.toISOString(),
        });
        throw new AppError("BAD_CREDENTIALS", "Wrong email or password.");
      }
      await rotateAway(request);
      // Logins are rare enough to sweep expired sessions here instead of in a scheduled job.
      await deleteExpiredSessions(deps.db, now);
      const session = await createSession(deps.db, user.id, now);
      await attempt.succeeded();
      await recordAudit(deps.db, {
        action: "login",
        actorUserId: user.id,
        subjectType: "session",
        subjectId: null,
        ip: request.ip,
        now: now.toISOString(),
      });
      setCookie(reply, session.token);
      const { password_hash: _hash, ...publicUser } = user;
      return { user: publicUser, csrfToken: session.csrfToken };
    },
  );

  /** A login always starts a new session: the one the browser brought, if any, ends. */
  async function rotateAway(request: FastifyRequest) {
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await deleteSessionByToken(deps.db, previous);
  }

  app.get(
    "/session",
    {
      config: { access: "contributor" },
      schema: { tags: ["session"], summary: "The logged-in user", response: { 200: SessionJson } },
    },
    async (request) => {
      const session = request.session as NonNullable<typeof request.session>;
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.delete(
    "/session",
    {
      config: { access: "contributor" },
      schema: { tags: ["session"], summary: "Log out", response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSessionByToken(deps.db, token);
      await recordAudit(deps.db, {
        action: "logout",
        actorUserId: request.session?.user.id ?? null,
        subjectType: "session",
        subjectId: null,
        ip: request.ip,
        now: deps.now().toISOString(),
      });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );
}
