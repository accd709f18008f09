import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { AppError } from "../http/app-error.ts";
import { ParamId } from "../http/ids.ts";
import { StoryRefJson } from "../newsroom/article.schemas.ts";
import { acknowledgeAgencyCopy, agencyCopyOf, killAlerts } from "./agency-copy.ts";

const tags = ["wire"];
const StoryParams = z.object({ articleId: ParamId });
const WireStatusJson = z.enum(["usable", "withheld", "canceled"]);

const AgencyCopyJson = z.object({
  itemId: z.number().int(),
  sourceName: z.string(),
  kind: z.enum(["adopt", "translate"]),
  status: WireStatusJson,
  seenVersion: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  updated: z
    .boolean()
    .meta({ description: "A version came after the one the desk last saw: agency copy updated" }),
  receivedAt: z.string(),
  text: z.object({
    language: z.string().nullable(),
    headline: z.string(),
    standfirst: z.string(),
    body: z.string().meta({ description: "The body as plain text, one block per line" }),
  }),
  changes: z.array(
    z.object({
      field: z.string(),
      from: z.string(),
      to: z.string(),
      parts: z.array(z.object({ text: z.string(), change: z.enum(["same", "added", "removed"]) })),
    }),
  ),
});

/** What the agency changed in a story's copy, and editors' alerts for killed copy that is live. */
export function agencyCopyRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const answer = (articleId: number) => (copy: z.infer<typeof AgencyCopyJson> | undefined) => {
    if (!copy) throw new AppError("NOT_FOUND", `Story ${articleId} was not made from a wire item.`);
    return copy;
  };

  app.get(
    "/wire/stories/:articleId",
    {
      config: { access: "contributor" },
      schema: {
        tags,
        summary: "The agency copy a story was made from, with what changed since the desk last looked",
        params: StoryParams,
        response: { 200: AgencyCopyJson },
      },
    },
    async (request) => agencyCopyOf(deps.db, request.params.articleId).then(answer(request.params.articleId)),
  );

  app.post(
    "/wire/stories/:articleId/acknowledge",
    {
      config: { access: "author" },
      schema: {
        tags,
        summary: "Marks the agency's newest version of a story's copy as seen",
        params: StoryParams,
        response: { 200: AgencyCopyJson },
      },
    },
    async (request) =>
      acknowledgeAgencyCopy(deps.db, request.params.articleId).then(answer(request.params.articleId)),
  );

  app.get(
    "/wire/alerts",
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "Published stories whose agency copy was withheld or canceled since the desk last looked",
        response: {
          200: z.object({
            items: z.array(
              z.object({
                story: StoryRefJson,
                itemId: z.number().int(),
                sourceName: z.string(),
                status: WireStatusJson,
                receivedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await killAlerts(deps.db) }),
  );
}
