import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { assertEdition, getEditableArticle } from "../content/article.service.ts";
import { assertReadable } from "../content/article-permissions.ts";
import { htmlToPlainText } from "../content/plain-text.ts";
import { translationParity } from "../content/translation-parity.ts";
import { sourceChangesSince, translationSourceId } from "../content/translation-source.ts";
import { AppError } from "../http/app-error.ts";
import { IdParams } from "./article.schemas.ts";

const DAY_MS = 86_400_000;
const Line = z.object({ id: z.number().int(), headline: z.string(), edition: z.string() });
const Words = z.array(z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) }));

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

  app.get(
    "/articles/:id/translation-source",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["articles"],
        summary:
          "The story this translation was made from, and what changed in it since the translation was last saved",
        description:
          "`changes` lists the fields a translator carries across that the source changed after `savedAt`, with word diffs of the prose (the body as its plain text); empty when the translation is current. 404 for a story that is not a translation.",
        params: IdParams,
        response: {
          200: z.object({
            source: Line.extend({
              status: z.string(),
              standfirst: z.string(),
              bodyText: z.string().meta({ description: "The source's body as plain text, a line per block" }),
              leadMediaId: z.number().int().nullable(),
              modifiedAt: z.string(),
            }),
            savedAt: z.string().meta({ description: "When the translation was last saved" }),
            changes: z.array(
              z.object({ field: z.string(), from: z.unknown(), to: z.unknown(), words: Words.optional() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { user } = currentSession(request);
      const story = await getEditableArticle(deps.db, request.params.id);
      assertReadable(user, story);
      const sourceId = await translationSourceId(deps.db, story);
      if (sourceId === undefined)
        throw new AppError("NOT_FOUND", `Story ${story.id} was not translated from another edition.`);
      const source = await getEditableArticle(deps.db, sourceId);
      // The source is its own story: someone who may not see it learns nothing of it here either.
      assertReadable(user, source);
      return {
        source: {
          id: source.id,
          edition: source.edition,
          status: source.status,
          headline: source.headline,
          standfirst: source.standfirst,
          bodyText: htmlToPlainText(source.body),
          leadMediaId: source.leadMediaId,
          modifiedAt: source.modifiedAt,
        },
        savedAt: story.modifiedAt,
        changes: await sourceChangesSince(deps.db, source, story.modifiedAt),
      };
    },
  );
}
