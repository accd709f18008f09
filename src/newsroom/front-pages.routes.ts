import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { findFrontPage, saveFrontPage } from "../content/front-page.queries.ts";
import { AppError } from "../http/app-error.ts";
import { BodyId } from "../http/ids.ts";

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
