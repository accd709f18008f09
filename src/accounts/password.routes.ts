import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { PASSWORD_MIN_LENGTH } from "./password.ts";
import { changeOwnPassword } from "./password-change.ts";

const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  // The strength rules are checked by the handler so a weak password is a 422 naming the rule.
  newPassword: z.string().describe(`At least ${PASSWORD_MIN_LENGTH} characters, at most 1024.`),
});

/** The logged-in user's own password. */
export function passwordRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/session/password",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["session"],
        summary: "Change your own password",
        description:
          "Needs the current password. Ends every other session of the account; this one stays signed in with the same CSRF token. A wrong current password answers WRONG_PASSWORD (403) and counts as a failed login; a weak or unchanged new password answers UNPROCESSABLE (422) with field newPassword.",
        body: PasswordChangeBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(deps.db, currentSession(request), request.body, request.ip, deps.now());
      return reply.code(204).send(null);
    },
  );
}
