import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { findFrontPage, saveFrontPage } from "../content/front-page.queries.ts";
import { AppError } from "../http/app-error.ts";
import { BodyId } from "../http/ids.ts";
import { sendPreviewPage } from "./preview-answer.ts";

const Curation = z.strictObject({
  lead: BodyId.nullable(),
  slots: z.array(BodyId).max(30),
});
const EditionParams = z.object({ edition: z.string().min(1).max(20) });

/** Front page curation per edition: editors choose the lead and the ordered slots. */
export function frontPageRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const known = (edition: string) => {
    if (!deps.config.site.editions.some((e) => e.code === edition))
      throw new AppError("NOT_FOUND", `There is no edition "${edition}".`);
  };

  app.get(
    "/front-pages/:edition",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["front pages"],
        summary: "An edition's curated front page",
        params: EditionParams,
        response: { 200: Curation },
      },
    },
    async (request) => {
      known(request.params.edition);
      return findFrontPage(deps.db, request.params.edition);
    },
  );

  app.post(
    "/front-pages/:edition/preview",
    {
      config: { access: "editor" },
      schema: {
        tags: ["front pages"],
        summary: "The edition's public front page with an unsaved arrangement, as HTML",
        description:
          "Takes the arrangement of a save and renders the public front page with it, under a preview banner. Writes nothing and caches nothing: readers keep seeing the saved page. 422 for an arrangement a save would refuse.",
        params: EditionParams,
        body: Curation,
        produces: ["text/html"],
        response: { 200: z.string().meta({ description: "The rendered page" }) },
      },
    },
    async (request, reply) => {
      const html = await deps.renderFrontPreview(request.params.edition, request.body);
      if (html === undefined)
        throw new AppError("NOT_FOUND", `There is no edition "${request.params.edition}".`);
      return sendPreviewPage(reply, html);
    },
  );

  app.put(
    "/front-pages/:edition",
    {
      config: { access: "editor" },
      schema: {
        tags: ["front pages"],
        summary: "Replace an edition's curated front page",
        params: EditionParams,
        body: Curation,
        response: { 200: Curation },
      },
    },
    async (request) => {
      known(request.params.edition);
      await saveFrontPage(deps.writes, request.params.edition, request.body);
      return findFrontPage(deps.db, request.params.edition);
    },
  );
}
