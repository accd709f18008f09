import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { NodeCache } from "../cache/node-cache.ts";
import type { Config } from "../config/load.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { FrontPageCuration } from "../content/front-page.queries.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { sendProblem, toAppError } from "../http/problem.ts";
import { API_DOCS_CSP } from "../http/security-headers.ts";
import { holdsNul } from "../http/strict-query.ts";
import type { LiveFeeds } from "../live-feeds.ts";
import type { MediaStorage } from "../media/media-storage.ts";
import type { PreviewDraft } from "../site/preview.ts";
import { accessControl, CSRF_HEADER } from "./access.ts";
import { openApiTransform, openApiTransformObject, SECURITY_SCHEMES } from "./openapi.ts";

export const ADMIN_API_PREFIX = "/api/admin/v1";

export interface ApiDeps {
  db: Kysely<Database>;
  config: Config;
  /** Where photos are stored (MEDIA_STORAGE). */
  media: MediaStorage;
  now: () => Date;
  /** Runs queued jobs soon; call after committing a transaction that queued one. */
  pokeJobs: () => void;
  /** Content writes: a transaction with an outbox, dispatched to followers after commit. */
  writes: WritePath;
  /** This node's cache of public answers, which the Content API answers from. */
  cache: NodeCache;
  /** This node's live readers, for the wire desk's and the newsroom's event streams. */
  feeds: LiveFeeds;
  /** Story bodies are cleaned here, off the event loop (content/body-sanitizer.ts). */
  cleanBody: CleanBody;
  /** The public page of any story as HTML with the editor's unsaved fields, for previews. */
  renderPreview: (articleId: number, draft: PreviewDraft) => Promise<string | undefined>;
  /** An edition's public front page as HTML with an unsaved arrangement; undefined: no such edition. */
  renderFrontPreview: (edition: string, arranged: FrontPageCuration) => Promise<string | undefined>;
}

/** A feature's admin routes: registered inside the API scope, so they share its gate and errors. */
export type ApiRoutes = (api: FastifyInstance, deps: ApiDeps) => void | Promise<void>;

/**
 * Mounts the admin API: zod-validated JSON routes under /api/admin/v1, problem+json errors,
 * the access gate, and the OpenAPI description at /api/docs.
 */
export async function registerAdminApi(
  app: FastifyInstance,
  deps: ApiDeps,
  features: ApiRoutes[],
): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Dateline admin API",
        version: "1",
        description: `The newsroom's admin API and the public Content API. Log in with POST /api/admin/v1/session; send the returned csrfToken as ${CSRF_HEADER} on every state-changing request.`,
      },
      servers: [{ url: "/", description: "This server" }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: API_DOCS_CSP });
  app.get("/api/docs/openapi.json", { schema: { hide: true } }, () => app.swagger());

  await app.register(
    async (api) => {
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);
      api.decorateRequest("session", null);
      api.addHook("onRequest", accessControl(deps.db, deps.now));
      // PostgreSQL cannot store U+0000 in text: refused in any JSON string before it reaches a query.
      api.addHook("preValidation", async (request) => {
        if (holdsNul(request.body))
          throw new AppError("VALIDATION_FAILED", "The request body holds a NUL character (\\u0000).");
      });
      api.setErrorHandler((error, request, reply) => sendProblem(reply, toAppError(error, request)));
      api.setNotFoundHandler((request, reply) =>
        sendProblem(reply, new AppError("NOT_FOUND", `No admin API route ${request.method} ${request.url}`)),
      );
      for (const feature of features) await feature(api.withTypeProvider<ZodTypeProvider>(), deps);
    },
    { prefix: ADMIN_API_PREFIX },
  );
}
