import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { AppError } from "../http/app-error.ts";
import { clearBanner, currentBanner, setBanner } from "./breaking.service.ts";
import { checkBanner } from "./breaking-input.ts";

const BannerJson = z.object({
  edition: z.string(),
  text: z.string(),
  url: z.string().meta({ description: "A path on this site" }),
  endsAt: z.string(),
  setAt: z.string(),
  setBy: z.number().nullable().meta({ description: "The id of the editor who set it" }),
});

const BannerBody = z.strictObject({
  text: z.string().max(2000).meta({ description: "1 to 200 characters (grapheme clusters) after trimming" }),
  url: z
    .string()
    .max(2000)
    .meta({ description: "A path on this site (`/en/...`) or an address whose origin is the site's" }),
  endsAt: z.string().max(64).meta({ description: "An ISO instant in the future, at most 48 hours ahead" }),
});

const Params = z.strictObject({ edition: z.string().max(32) });

/** The breaking-news banner each edition shows on every page until its end time; editors set it. */
export function breakingRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const tags = ["breaking"];
  const path = "/editions/:edition/breaking";

  function knownEdition(code: string): string {
    if (!deps.config.site.editions.some((e) => e.code === code))
      throw new AppError("NOT_FOUND", "There is no such edition.");
    return code;
  }

  app.get(
    path,
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "The edition's breaking-news banner while it lasts; 404 when there is none",
        params: Params,
        response: { 200: BannerJson },
      },
    },
    async (request) => {
      const banner = await currentBanner(deps.db, knownEdition(request.params.edition), deps.now());
      if (!banner) throw new AppError("NOT_FOUND", "The edition has no breaking-news banner.");
      return banner;
    },
  );

  app.put(
    path,
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary:
          "Set or replace the edition's breaking-news banner; it shows on every page until `endsAt`; audited",
        params: Params,
        body: BannerBody,
        response: { 200: BannerJson },
      },
    },
    async (request) => {
      const edition = knownEdition(request.params.edition);
      const now = deps.now();
      const banner = checkBanner(request.body, deps.config.siteUrl, now);
      return setBanner(deps.writes, edition, banner, {
        user: currentSession(request).user,
        ip: request.ip,
        now,
      });
    },
  );

  app.delete(
    path,
    {
      config: { access: "editor" },
      schema: {
        tags,
        summary: "Clear the edition's breaking-news banner (none to clear is fine); audited",
        params: Params,
        response: { 204: z.null().describe("cleared") },
      },
    },
    async (request, reply) => {
      const edition = knownEdition(request.params.edition);
      await clearBanner(deps.writes, edition, {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
