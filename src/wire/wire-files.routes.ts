import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../api/admin-api.ts";
import { AppError } from "../http/app-error.ts";
import { ParamId } from "../http/ids.ts";
import { keptFile, listFailedFiles } from "./wire-failures.ts";

const tags = ["wire"];

/** A safe download name: the file's own base name in plain characters, else its id. */
function downloadName(name: string | null, id: number): string {
  const base = (name ?? "").split(/[/\\]/).pop() ?? "";
  const plain = base.replace(/[^\w.-]+/g, "_").slice(0, 100);
  return plain && plain !== "." && plain !== ".." ? plain : `wire-file-${id}`;
}

/** The files sources sent that could not be read, and any kept file's raw bytes. */
export function wireFilesRoutes(api: FastifyInstance, deps: ApiDeps) {
  const app = api.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/wire/failures",
    {
      config: { access: "contributor" },
      schema: {
        tags,
        summary: "Files that could not be read, newest first, with the reason",
        querystring: z.strictObject({
          before: ParamId.optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                sourceName: z.string(),
                fileName: z.string().nullable(),
                failure: z.string(),
                bytes: z.number().int(),
                receivedAt: z.string(),
              }),
            ),
            nextBefore: z.number().int().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const { before, limit } = request.query;
      const items = await listFailedFiles(deps.db, { ...(before === undefined ? {} : { before }), limit });
      return { items, nextBefore: items.length === limit ? (items.at(-1)?.id ?? null) : null };
    },
  );

  app.get(
    "/wire/files/:id/raw",
    {
      config: { access: "contributor" },
      schema: {
        tags,
        summary: "A kept wire file's bytes exactly as the source sent them, as a download",
        params: z.object({ id: ParamId }),
        produces: ["application/octet-stream"],
      },
    },
    async (request, reply) => {
      const file = await keptFile(deps.db, request.params.id);
      if (!file) throw new AppError("NOT_FOUND", `No wire file ${request.params.id}.`);
      // Never rendered: agency bytes may be anything, markup included.
      return reply
        .type("application/octet-stream")
        .header("content-disposition", `attachment; filename="${downloadName(file.name, request.params.id)}"`)
        .header("x-content-type-options", "nosniff")
        .send(file.raw);
    },
  );
}
