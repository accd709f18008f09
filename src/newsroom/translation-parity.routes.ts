import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { assertEdition } from "../content/article.service.ts";
import { translationParity } from "../content/translation-parity.ts";

const DAY_MS = 86_400_000;
const Line = z.object({ id: z.number().int(), headline: z.string(), edition: z.string() });

/** The desk that keeps the editions level: what is untranslated, and what has gone stale. */
export function translationParityRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const editions = deps.config.site.editions.map((e) => e.code);

  app.get(
    "/translations/parity",
    {
      config: { access: "author" },
      schema: {
        tags: ["articles"],
        summary:
          "Stories published in other editions in the last `days` with no version in this edition (oldest first), and this edition's versions whose source changed since they were saved",
        querystring: z.strictObject({
          edition: z.string().min(1).max(20),
          days: z.coerce.number().int().min(1).max(90).default(7),
        }),
        response: {
          200: z.object({
            edition: z.string(),
            behind: z.number().int(),
            missing: z.array(Line.extend({ publishedAt: z.string(), waitingSeconds: z.number().int() })),
            stale: z.array(
              z.object({
                story: Line,
                source: Line,
                sourceChangedAt: z.string(),
                changedFields: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { edition, days } = request.query;
      assertEdition(edition, editions);
      const now = deps.now();
      return translationParity(deps.db, edition, new Date(now.getTime() - days * DAY_MS), now);
    },
  );
}
