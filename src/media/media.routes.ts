import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentSession } from "../api/access.ts";
import type { ApiDeps } from "../api/admin-api.ts";
import { MediaIdParams, MediaJson, MediaListQuery, MediaPage, MediaPatchBody } from "./media.schemas.ts";
import {
  deleteMedia,
  editMediaTexts,
  getMedia,
  listMedia,
  mediaFilter,
  uploadMedia,
} from "./media.service.ts";
import { mediaCropRoutes } from "./media-crop.routes.ts";
import { importMediaFromUrl, MediaImportBody } from "./media-import.ts";
import { readUploadForm } from "./media-upload.ts";

/**
 * Photo upload and the photo library: any logged-in newsroom member may add and describe pictures;
 * a picture that published stories show may be described only by who may edit those stories.
 */
export async function mediaRoutes(api: FastifyInstance, deps: ApiDeps) {
  // A child scope of the admin API (its gate and errors still apply) so that only these routes
  // accept multipart bodies: @fastify/multipart would otherwise add its parser to every feature.
  await api.register(async (scope) => {
    await scope.register(fastifyMultipart, { throwFileSizeLimit: true });
    mediaLibraryRoutes(scope, deps);
  });
}

function mediaLibraryRoutes(scope: FastifyInstance, deps: ApiDeps) {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const contributor = { access: "contributor" } as const;

  app.post(
    "/media",
    {
      config: contributor,
      schema: {
        tags: ["media"],
        summary: "Upload a photo",
        description:
          "multipart/form-data: `file` (JPEG, PNG, WebP or AVIF, at most 15 MB and 40 megapixels) and optional `caption`, `credit` and `alt`. Resized variants are made in the background.",
        consumes: ["multipart/form-data"],
        response: { 201: MediaJson },
      },
    },
    async (request, reply) => {
      const form = await readUploadForm(request);
      const media = await uploadMedia(deps.db, {
        bytes: form.bytes,
        texts: form.fields,
        originalName: form.fileName,
        storage: deps.media,
        now: deps.now(),
      });
      deps.pokeJobs();
      return reply.code(201).send(media);
    },
  );

  app.post(
    "/media/import",
    {
      config: contributor,
      schema: {
        tags: ["media"],
        summary: "Bring a picture from the web into the library",
        description:
          "For pictures pasted into a story from Word or Google Docs: the server fetches `url` (http or https, public addresses only, at most 15 MB, within 15 s) and stores it as an upload. 422 when the address is refused or unreachable or does not lead to a JPEG, PNG, WebP or AVIF picture, the problem's `reason` saying which (`address-refused`, `unreachable`, `not-a-picture`); 413 when it is too large. Nothing is stored on failure.",
        body: MediaImportBody,
        response: { 201: MediaJson },
      },
    },
    async (request, reply) => {
      const media = await importMediaFromUrl(
        {
          db: deps.db,
          storage: deps.media,
          allowedHosts: deps.config.mediaImportAllowedHosts ?? [],
          now: deps.now(),
        },
        request.body.url,
      );
      deps.pokeJobs();
      return reply.code(201).send(media);
    },
  );

  app.get(
    "/media",
    {
      config: contributor,
      schema: {
        tags: ["media"],
        summary: "The photo library, newest first; searched by caption, credit, file name and upload day",
        querystring: MediaListQuery,
        response: { 200: MediaPage },
      },
    },
    async (request) => {
      const { cursor, limit, ...search } = request.query;
      return listMedia(deps.db, { cursor, limit, filter: mediaFilter(search, deps.config.site.timeZone) });
    },
  );

  app.get(
    "/media/:id",
    {
      config: contributor,
      schema: {
        tags: ["media"],
        summary: "One photo",
        params: MediaIdParams,
        response: { 200: MediaJson },
      },
    },
    async (request) => getMedia(deps.db, request.params.id),
  );

  app.patch(
    "/media/:id",
    {
      config: contributor,
      schema: {
        tags: ["media"],
        summary: "Edit a photo's caption, credit or alt text, and its caption and alt text per edition",
        params: MediaIdParams,
        body: MediaPatchBody,
        response: { 200: MediaJson },
      },
    },
    async (request) => {
      const { site } = deps.config;
      const media = await editMediaTexts(deps.writes, request.params.id, request.body, {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
        // The default edition first: its texts are the photo's own.
        editions: [
          site.defaultEdition,
          ...site.editions.map((e) => e.code).filter((c) => c !== site.defaultEdition),
        ],
      });
      return media;
    },
  );
  mediaCropRoutes(scope, deps);
  app.delete(
    "/media/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: ["media"],
        summary: "Delete a photo nobody uses",
        description:
          "Refused with 409 `IN_USE`, naming them, while any story (of any status) or byline shows the photo. Its files are removed unless another photo shares them; audited.",
        params: MediaIdParams,
        response: { 204: z.null().describe("deleted") },
      },
    },
    async (request, reply) => {
      await deleteMedia(deps.writes, deps.media, request.params.id, {
        user: currentSession(request).user,
        ip: request.ip,
        now: deps.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
