import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";

const EditionJson = z.object({
  code: z.string(),
  lang: z.string().meta({ description: "BCP 47 language tag of the edition's content" }),
  name: z.string().meta({ description: "The edition's name in its own script" }),
  dir: z.enum(["ltr", "rtl"]),
  default: z.boolean(),
  siteName: z.string().meta({ description: "The newspaper's name in this edition, as its pages show it" }),
  siteUrl: z
    .string()
    .meta({ description: "The public site's address, which search results and shares show" }),
});

/**
 * The editions the newsroom writes for and its time zone, from the site settings, so the newsroom
 * app needs no copy.
 * Public: the same list is on every page of the site, and the app reads it before anyone logs in.
 */
export function editionRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();
  const { editions, defaultEdition, name } = deps.config.site;
  const items = editions.map((e) => ({
    code: e.code,
    lang: e.lang,
    name: e.nativeName,
    dir: e.dir,
    default: e.code === defaultEdition,
    siteName: name[e.code] ?? name[defaultEdition] ?? "Dateline",
    siteUrl: deps.config.siteUrl,
  }));

  app.get(
    "/editions",
    {
      config: { access: "public" },
      schema: {
        tags: ["editions"],
        summary: "The newspaper's editions",
        response: {
          200: z.object({
            items: z.array(EditionJson),
            timeZone: z.string().meta({
              description: "The newsroom's IANA time zone: every time the newsroom shows or takes is in it",
            }),
          }),
        },
      },
    },
    async () => ({ items, timeZone: deps.config.site.timeZone }),
  );
}
