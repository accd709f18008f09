import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { MediaCropBody, MediaIdParams, MediaJson } from "./media.schemas.ts";
import { cropMedia } from "./media-crop.service.ts";

/** Cropping a library photo and setting its focal point: whoever may edit its texts. */
export function mediaCropRoutes(scope: FastifyInstance, deps: ApiDeps) {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.put(
    "/media/:id/crop",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["media"],
        summary: "Crop a photo and set its focal point",
        description:
          "Both replace what was set. A crop reaching past the picture or with a side under the smallest is refused with 422 naming the field, and nothing changes. A new crop remakes the variants in the background under new file names, removing the old files once the new ones are in place; pages show the old ones, at their own size, until then.",
        params: MediaIdParams,
        body: MediaCropBody,
        response: { 200: MediaJson },
      },
    },
    async (request) => {
      const media = await cropMedia(deps.writes, request.params.id, request.body, {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
      });
      deps.pokeJobs();
      return media;
    },
  );
}
