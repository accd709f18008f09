import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { type Role, roleAtLeast } from "../accounts/roles.ts";
import { findSession, SESSION_COOKIE, type Session } from "../accounts/sessions.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";

/** Who may call a route: anyone, or a logged-in user with at least this role. */
export type Access = "public" | Role;

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    session: Session | null;
  }
}

/** Methods that change nothing, so they need no CSRF token. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-csrf-token";

/**
 * The single gate of the admin API: resolves the session cookie, then enforces the route's
 * declared access and, for state-changing requests, the CSRF token.
 */
export function accessControl(db: Kysely<Database>, now: () => Date) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? ((await findSession(db, token, now())) ?? null) : null;
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) throw new Error(`route ${request.routeOptions.url} declares no access`);
    if (access === "public") return;
    const session = request.session;
    if (!session) throw new AppError("NOT_AUTHENTICATED", "This needs a newsroom login.");
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new AppError(
        "CSRF_TOKEN_MISSING",
        "Send the CSRF token from the login answer in the x-csrf-token header.",
      );
    }
    if (!roleAtLeast(session.user.role, access)) {
      throw new AppError(
        "FORBIDDEN",
        `This needs the ${access} role or higher; you are ${session.user.role}.`,
      );
    }
  };
}

/** The logged-in user of a route that declared a role; the gate has already checked it. */
export function currentSession(request: FastifyRequest): Session {
  if (!request.session) throw new AppError("NOT_AUTHENTICATED", "This needs a newsroom login.");
  return request.session;
}
