import fastifyCookie from "@fastify/cookie";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
  LogController,
} from "fastify";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { passwordRoutes } from "./accounts/password.routes.ts";
import { sessionRoutes } from "./accounts/session.routes.ts";
import { userRoutes } from "./accounts/users.routes.ts";
import { type ApiDeps, type ApiRoutes, registerAdminApi } from "./api/admin-api.ts";
import { breakingRoutes } from "./breaking/breaking.routes.ts";
import { EarlyHits, serverAnsweringEarly } from "./cache/early-hits.ts";
import { NodeCache } from "./cache/node-cache.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Config } from "./config/load.ts";
import { createBodySanitizer } from "./content/body-sanitizer.ts";
import type { Database } from "./db/database.ts";
import { apiKeyRoutes } from "./distribution/content-api/api-key.routes.ts";
import { registerContentApi } from "./distribution/content-api/content-api.ts";
import { registerFeedRoutes } from "./distribution/feeds/feed.routes.ts";
import { registerSitemapRoutes } from "./distribution/sitemaps/sitemap.routes.ts";
import { webhookRoutes } from "./distribution/webhooks/webhooks.routes.ts";
import type { WritePath } from "./events/write-path.ts";
import { AppError } from "./http/app-error.ts";
import { answerClientError } from "./http/client-error.ts";
import { registerSecurityHeaders, securityHeaders } from "./http/security-headers.ts";
import { urlHoldsNul } from "./http/strict-query.ts";
import { entryTranslationRoutes } from "./live/entry-translations.routes.ts";
import { liveCoverageRoutes } from "./live/live-coverage.routes.ts";
import { liveEntryRoutes } from "./live/live-entries.routes.ts";
import { registerLiveStreamRoutes } from "./live/live-stream.routes.ts";
import { createLiveFeeds, type LiveFeeds } from "./live-feeds.ts";
import { redactSecrets } from "./logger.ts";
import { mediaRoutes } from "./media/media.routes.ts";
import { registerMediaFiles } from "./media/media-files.ts";
import { type ChosenMediaStorage, createMediaStorage } from "./media/media-storage.ts";
import { articleNotesRoutes } from "./newsroom/article-notes.routes.ts";
import { articleRoutes } from "./newsroom/articles.routes.ts";
import { editionRoutes } from "./newsroom/editions.routes.ts";
import { frontPageRoutes } from "./newsroom/front-pages.routes.ts";
import { newsroomStreamRoutes } from "./newsroom/live/newsroom-stream.routes.ts";
import { registerNewsroomApp } from "./newsroom/newsroom-app.ts";
import { notificationRoutes } from "./newsroom/notifications/notifications.routes.ts";
import { presenceRoutes } from "./newsroom/presence/presence.routes.ts";
import { relatedRoutes } from "./newsroom/related.routes.ts";
import { taxonomyRoutes } from "./newsroom/taxonomy.routes.ts";
import { translationParityRoutes } from "./newsroom/translation-parity.routes.ts";
import { registerOps, type ServerState } from "./ops/ops.ts";
import { redirectRoutes } from "./redirects/redirects.routes.ts";
import { renderFrontPreview, renderPreview } from "./site/preview.ts";
import {
  BadPageRequest,
  editionForPath,
  registerSiteRoutes,
  sendNotFound,
  sendPage,
} from "./site/site.routes.ts";
import { loadSiteAssets } from "./site/site-assets.ts";
import { type PageDeps, renderErrorPage } from "./site/site-pages.tsx";
import { agencyCopyRoutes } from "./wire/agency-copy.routes.ts";
import { deskStreamRoutes } from "./wire/desk-stream.routes.ts";
import { wireRoutes } from "./wire/wire.routes.ts";
import { wireFilesRoutes } from "./wire/wire-files.routes.ts";
import { wireLiveRoutes } from "./wire/wire-live.routes.ts";
import { createWritePath } from "./write-paths.ts";

export interface AppDeps {
  config: Config;
  db: Kysely<Database>;
  /** Where photos are stored; `startServer` chooses it once from the configuration. */
  media?: ChosenMediaStorage;
  /** This node's cache of public answers; apps built without a server get one of their own. */
  cache?: NodeCache;
  logger: Logger;
  /** Wakes the job runner after a request queued work; tests without a runner leave it out. */
  pokeJobs?: () => void;
  /** The one source of "now" for every route; `startServer` passes its clock. */
  now?: Clock;
  /** How content is written; `startServer` passes the one its jobs share, tests may leave it out. */
  writes?: WritePath;
  /** This node's live readers (wire desk, newsroom lists), which the write path's followers tell. */
  feeds?: LiveFeeds;
  /**
   * Mounts /healthz, /readyz and /metrics, which need the server's migrations and shutdown state;
   * apps built without a server (the OpenAPI document, a test) leave it out.
   */
  server?: ServerState;
}

/** Every feature's admin API routes, mounted under /api/admin/v1. */
const ADMIN_FEATURES: ApiRoutes[] = [
  sessionRoutes,
  passwordRoutes,
  userRoutes,
  editionRoutes,
  articleRoutes,
  relatedRoutes,
  translationParityRoutes,
  frontPageRoutes,
  taxonomyRoutes,
  mediaRoutes,
  apiKeyRoutes,
  webhookRoutes,
  wireRoutes,
  agencyCopyRoutes,
  deskStreamRoutes,
  wireFilesRoutes,
  newsroomStreamRoutes,
  articleNotesRoutes,
  notificationRoutes,
  presenceRoutes,
  redirectRoutes,
  breakingRoutes,
  liveEntryRoutes,
  liveCoverageRoutes,
  entryTranslationRoutes,
  wireLiveRoutes,
];

/** Longest URL we route; longer ones are refused with 400 before any work is done. */
const MAX_URL_LENGTH = 4096;

/** Builds the whole HTTP application without listening, so tests can start it on any port. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const logRequest = requestLogger(deps.logger);
  const cache = deps.cache ?? new NodeCache(deps.config);
  const headersFor = securityHeaders(deps.config);
  const earlyHits = new EarlyHits({
    cache,
    extraHeaders: headersFor,
    // Reported like every answer; `metrics` is set below, before the server can take a request.
    answered: ({ route, url, status, ms }) => {
      logRequest(deps.logger, { method: "GET", url, status, ms });
      metrics?.countAnswer({ route, method: "GET", status, seconds: ms / 1000 });
    },
  });
  const app = Fastify({
    loggerInstance: deps.logger as FastifyServerOptions["loggerInstance"],
    // Fastify's two lines per request are replaced by the single onResponse line below.
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler: answerClientError,
    // request.ip is the client every throttle counts; only a configured proxy may name it.
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    routerOptions: { maxParamLength: MAX_URL_LENGTH },
    serverFactory: serverAnsweringEarly(earlyHits),
    frameworkErrors: (error, request, reply) => {
      request.log.info({ err: error.message }, "framework rejected request");
      renderErrorPage(pageDeps, editionForPath(pageDeps, request.url), 400).then(
        (page) => sendPage(request, reply, page),
        () => (reply as FastifyReply).code(400).type("text/plain; charset=utf-8").send("Bad request"),
      );
    },
  });
  const assets = loadSiteAssets();
  const pageDeps: PageDeps = {
    db: deps.db,
    cache,
    earlyHits,
    config: deps.config,
    stylesheetPath: assets.stylesheetPath,
    liveScriptPath: assets.liveScriptPath,
    now: deps.now ?? systemClock,
  };

  app.addHook("onRequest", async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) {
      return sendPage(request, reply, await renderErrorPage(pageDeps, editionForPath(pageDeps, "/"), 400));
    }
    // Answered by the route's own error handler: a 400 page on the site, problem+json in the APIs.
    if (urlHoldsNul(request.url))
      throw new AppError("VALIDATION_FAILED", "The URL holds a NUL character (%00).");
  });
  registerSecurityHeaders(app, headersFor);
  app.addHook("preClose", async () => earlyHits.close());
  const metrics =
    deps.server &&
    registerOps(app, {
      db: deps.db,
      logger: deps.logger,
      now: pageDeps.now,
      metricsToken: deps.config.metricsToken,
      server: deps.server,
    });
  // One log line per request, written when the response is done.
  app.addHook("onResponse", async (request, reply) => {
    const { method, url } = request;
    logRequest(request.log, { method, url, status: reply.statusCode, ms: reply.elapsedTime });
  });

  await app.register(fastifyCookie);
  const bodies = createBodySanitizer();
  app.addHook("onClose", () => bodies.close());
  // An app built without a server (the OpenAPI document, a test) opens its own, closed with it.
  const media = deps.media ?? createMediaStorage(deps.config);
  if (!deps.media) app.addHook("onClose", () => media.close());
  const feeds = deps.feeds ?? createLiveFeeds();
  const apiDeps: ApiDeps = {
    db: deps.db,
    config: deps.config,
    media,
    now: pageDeps.now,
    pokeJobs: deps.pokeJobs ?? (() => undefined),
    cache: pageDeps.cache,
    writes:
      deps.writes ??
      createWritePath({
        db: deps.db,
        cache: pageDeps.cache,
        feeds,
        config: deps.config,
        logger: deps.logger,
        now: pageDeps.now,
        wakeJobs: deps.pokeJobs ?? (() => undefined),
      }),
    feeds,
    cleanBody: bodies.clean,
    renderPreview: (id, draft) => renderPreview(pageDeps, bodies.clean, id, draft),
    renderFrontPreview: (edition, arranged) => renderFrontPreview(pageDeps, edition, arranged),
  };
  await registerAdminApi(app, apiDeps, ADMIN_FEATURES);
  await registerContentApi(app, apiDeps);
  await registerNewsroomApp(app);
  assets.register(app);
  await registerMediaFiles(app, media);
  registerFeedRoutes(app, pageDeps);
  registerSitemapRoutes(app, pageDeps);
  if (metrics) pageDeps.cache.countWith(metrics.pageCache);
  registerLiveStreamRoutes(app, { ...pageDeps, feed: feeds.liveBlogs });
  registerSiteRoutes(app, pageDeps);

  app.setNotFoundHandler((request, reply) => sendNotFound(pageDeps, request, reply));
  app.setErrorHandler(async (error, request, reply) => {
    const status =
      (error as { statusCode?: number }).statusCode ?? (error instanceof AppError ? error.status : 500);
    if (error instanceof BadPageRequest || (status >= 400 && status < 500)) {
      return sendPage(
        request,
        reply,
        await renderErrorPage(pageDeps, editionForPath(pageDeps, request.url), 400),
      );
    }
    request.log.error({ err: error }, "request failed");
    return reply.code(500).type("text/plain; charset=utf-8").send("Internal server error");
  });
  return app;
}

interface RequestLine {
  method: string;
  url: string;
  status: number;
  ms: number;
}

/** Writes a request's log line to `logger` (the request's own, or the app's), unless info lines are off. */
function requestLogger(appLogger: Logger) {
  return (logger: FastifyBaseLogger, line: RequestLine) => {
    // Redacting the URL is most of the line's cost: skipped when no line is written.
    if (!appLogger.isLevelEnabled("info")) return;
    const { method, url, status, ms } = line;
    logger.info({ method, url: redactSecrets(url).slice(0, 300), status, ms: Math.round(ms) }, "request");
  };
}
