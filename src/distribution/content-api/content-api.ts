import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiDeps } from "../../api/admin-api.ts";
import { cacheKey } from "../../cache/cache-keys.ts";
import { listPublicAuthors, listPublicSections, listPublicTags } from "../../content/taxonomy.queries.ts";
import { AppError } from "../../http/app-error.ts";
import { ParamId } from "../../http/ids.ts";
import { sendProblem, toAppError } from "../../http/problem.ts";
import { countFailedKey, refuseThrottledAddress } from "./api-key-throttle.ts";
import { authenticateKey } from "./api-keys.ts";
import {
  type ApiArticle,
  apiSite,
  findArticles,
  listArticles,
  relatedTo,
  translationsOf,
} from "./content-api.articles.ts";
import { entriesOf } from "./content-api.entries.ts";
import { keyOf, matches } from "./content-api.http.ts";
import {
  type ArticleField,
  ArticleJson,
  ArticleListItemJson,
  ArticleListQuery,
  ArticleQuery,
  AUTH_NOTE,
  Edition,
  ERRORS,
  type ItemInclude,
  KeyParam,
} from "./content-api.schemas.ts";
import { countApiRequest } from "./rate-limit.ts";
import { searchRoute } from "./search.route.ts";

export const CONTENT_API_PREFIX = "/api/content/v1";

export type ContentApiDeps = Pick<ApiDeps, "db" | "config" | "now" | "cache">;

const JSON_TYPE = "application/json; charset=utf-8";
/**
 * Answers depend on the API key, which may be revoked at any time: shared caches keep them only
 * as long as browsers do, never the day a purged page may stay.
 */
const API_CACHE_CONTROL = "public, max-age=60";

/**
 * The public, read-only content API at /api/content/v1: API key, per-key rate limit, CORS,
 * ETag/304 and problem+json errors, in a scope of its own. Register after @fastify/swagger so
 * its routes appear in /api/docs.
 */
export async function registerContentApi(app: FastifyInstance, deps: ContentApiDeps): Promise<void> {
  await app.register(
    async (scope) => {
      const api = scope.withTypeProvider<ZodTypeProvider>();
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);

      api.addHook("onRequest", async (request, reply) => {
        reply.header("access-control-allow-origin", "*");
        reply.header(
          "access-control-expose-headers",
          "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
        );
        reply.header("vary", "Authorization");
        if (request.method === "OPTIONS" || request.is404) return;
        const key = keyOf(request);
        if (!key) {
          throw new AppError(
            "NOT_AUTHENTICATED",
            "This API needs a key: send Authorization: Bearer KEY or ?key=KEY.",
            { headers: { "www-authenticate": 'Bearer realm="content-api"' } },
          );
        }
        const now = deps.now();
        await refuseThrottledAddress(deps.db, request.ip, now);
        const found = await authenticateKey(deps.db, key, now);
        if (!found) {
          await countFailedKey(deps.db, request.ip, now);
          throw new AppError("NOT_AUTHENTICATED", "This API key is unknown or has been revoked.", {
            headers: { "www-authenticate": 'Bearer realm="content-api", error="invalid_token"' },
          });
        }
        // The window measures how fast a client sends requests, elapsed time that no reader ever
        // sees, so it stays on real time whatever clock runs the app.
        const limit = await countApiRequest(deps.db, found.id, Date.now());
        if (!limit.allowed) {
          throw new AppError("TOO_MANY_ATTEMPTS", "Too many requests with this API key; slow down.", {
            headers: { "retry-after": String(limit.retryAfterSeconds) },
          });
        }
        reply.header("x-ratelimit-limit", String(limit.limit));
        reply.header("x-ratelimit-remaining", String(limit.remaining));
      });

      // ETag from the body of every successful GET, and 304 when the client already has it.
      api.addHook("onSend", async (request, reply, payload) => {
        if (request.method !== "GET" || reply.statusCode !== 200 || typeof payload !== "string")
          return payload;
        const etag = `"${createHash("sha256").update(payload).digest("base64url").slice(0, 32)}"`;
        reply.header("etag", etag);
        reply.header("cache-control", API_CACHE_CONTROL);
        if (matches(request.headers["if-none-match"], etag)) {
          reply.code(304);
          reply.removeHeader("content-type");
          reply.removeHeader("content-length");
          return "";
        }
        return payload;
      });

      api.setErrorHandler((error, request, reply) => {
        reply.header("cache-control", "no-store");
        return sendProblem(reply, toAppError(error, request));
      });
      api.setNotFoundHandler((request, reply) =>
        sendProblem(
          reply,
          new AppError("NOT_FOUND", `No content API route ${request.method} ${request.url}`),
        ),
      );

      api.options("/*", { schema: { hide: true } }, async (_request, reply) =>
        reply
          .code(204)
          .header("access-control-allow-methods", "GET, OPTIONS")
          .header("access-control-allow-headers", "Authorization, If-None-Match")
          .header("access-control-max-age", "86400")
          .send(),
      );

      const now = () => deps.now().toISOString();
      const siteUrl = deps.config.siteUrl;
      const editions = deps.config.site.editions.map((e) => e.code);
      const checkEdition = (edition: string | undefined) => {
        if (edition !== undefined && !editions.includes(edition)) {
          throw new AppError("VALIDATION_FAILED", `Unknown edition ${edition}; use ${editions.join(", ")}.`);
        }
      };

      searchRoute(scope, deps, checkEdition);

      /**
       * Answers from this node's cache after the key and its rate limit were checked, named by
       * route, parameters and validated query (the API key aside), and tagged with `keysOf` it.
       */
      async function cachedJson(
        request: FastifyRequest,
        reply: FastifyReply,
        build: () => Promise<{ body: unknown; keys: string[] }>,
      ) {
        const { key: _key, ...query } = (request.query ?? {}) as Record<string, unknown>;
        const id = JSON.stringify(["content-api", request.routeOptions.url, request.params, query]);
        const served = await deps.cache.through(id, async () => {
          const { body, keys } = await build();
          return { answer: { status: 200, type: JSON_TYPE, body: JSON.stringify(body) }, keys };
        });
        return deps.cache.deliver(request, reply, served, API_CACHE_CONTROL);
      }
      /** The stream filters and orders by section, tag, author and update time: any story change may alter it. */
      const anyStory = (edition: string | undefined) =>
        (edition ? [edition] : editions).map(cacheKey.stories);

      async function present(
        row: ApiArticle,
        fields: ArticleField[] | undefined,
        include: ItemInclude[] | undefined,
      ) {
        const json: Record<string, unknown> = fields
          ? Object.fromEntries([["id", row.json.id], ...fields.map((f) => [f, row.json[f]])])
          : { ...row.json };
        if (include?.includes("related")) json.related = await relatedTo(deps.db, siteUrl, row, now());
        if (include?.includes("translations"))
          json.translations = await translationsOf(deps.db, siteUrl, row, now());
        return json as z.infer<typeof ArticleJson>;
      }

      api.get(
        "/articles",
        {
          schema: {
            tags: ["content API"],
            summary: "Published stories, newest first, with cursor paging",
            description: AUTH_NOTE,
            querystring: ArticleListQuery,
            response: {
              200: z.object({ items: z.array(ArticleListItemJson), nextCursor: z.string().nullable() }),
              ...ERRORS,
            },
          },
        },
        async (request, reply) => {
          const { cursor, limit, fields, include, key: _key, ...filter } = request.query;
          checkEdition(filter.edition);
          return cachedJson(request, reply, async () => {
            const page = await listArticles(
              deps.db,
              apiSite(deps.config),
              filter,
              { limit, ...(cursor === undefined ? {} : { cursor }) },
              now(),
            );
            const items: z.infer<typeof ArticleJson>[] = [];
            const keys = anyStory(filter.edition);
            for (const row of page.items) {
              const item = await present(row, fields, include);
              items.push(item);
              keys.push(...articleKeys(row, item));
            }
            return { body: { items, nextCursor: page.nextCursor }, keys };
          });
        },
      );

      api.get(
        "/articles/:id",
        {
          schema: {
            tags: ["content API"],
            summary: "One published story; with include=entries, a live blog's entries too",
            description: AUTH_NOTE,
            params: z.object({ id: ParamId }),
            querystring: ArticleQuery,
            response: { 200: ArticleJson, ...ERRORS },
          },
        },
        (request, reply) =>
          cachedJson(request, reply, async () => {
            const [row] = await findArticles(deps.db, apiSite(deps.config), [request.params.id], now());
            if (!row) throw new AppError("NOT_FOUND", `No published article ${request.params.id}.`);
            const { fields, include, entriesCursor: cursor, entriesLimit: limit } = request.query;
            const body = await present(row, fields, include);
            // The story's key covers its entries: each `live.entry` and `live.coverage` event drops it.
            const live = include?.includes("entries")
              ? await entriesOf(deps.db, apiSite(deps.config), row, { cursor, limit })
              : undefined;
            return {
              body: live ? { ...body, entries: live.json } : body,
              keys: [...articleKeys(row, body), ...(live?.mediaIds.map(cacheKey.media) ?? [])],
            };
          }),
      );

      const EditionQuery = z.strictObject({ key: KeyParam, edition: Edition.optional() });
      api.get(
        "/sections",
        {
          schema: {
            tags: ["content API"],
            summary: "Sections, in navigation order per edition",
            description: AUTH_NOTE,
            querystring: EditionQuery,
            response: {
              200: z.object({
                items: z.array(
                  z.object({
                    edition: z.string(),
                    key: z.string(),
                    slug: z.string(),
                    name: z.string(),
                    position: z.number(),
                  }),
                ),
              }),
              ...ERRORS,
            },
          },
        },
        (request, reply) => {
          checkEdition(request.query.edition);
          return cachedJson(request, reply, async () => ({
            body: { items: await listPublicSections(deps.db, request.query.edition) },
            keys: [cacheKey.sections],
          }));
        },
      );

      api.get(
        "/tags",
        {
          schema: {
            tags: ["content API"],
            summary: "Tags per edition",
            description: AUTH_NOTE,
            querystring: EditionQuery,
            response: {
              200: z.object({
                items: z.array(z.object({ edition: z.string(), slug: z.string(), name: z.string() })),
              }),
              ...ERRORS,
            },
          },
        },
        (request, reply) => {
          const { edition } = request.query;
          checkEdition(edition);
          // A tag is new when a story brings it or the newsroom adds it: both touch the edition's stories key.
          return cachedJson(request, reply, async () => ({
            body: { items: await listPublicTags(deps.db, edition) },
            keys: anyStory(edition),
          }));
        },
      );

      api.get(
        "/authors",
        {
          schema: {
            tags: ["content API"],
            summary: "Authors, with name and title per edition",
            description: AUTH_NOTE,
            querystring: z.strictObject({ key: KeyParam }),
            response: {
              200: z.object({
                items: z.array(
                  z.object({
                    slug: z.string(),
                    kind: z.enum(["staff", "columnist"]),
                    name: z.record(z.string(), z.string()),
                    title: z.record(z.string(), z.string()),
                  }),
                ),
              }),
              ...ERRORS,
            },
          },
        },
        (request, reply) =>
          cachedJson(request, reply, async () => ({
            body: { items: await listPublicAuthors(deps.db) },
            keys: [cacheKey.authors],
          })),
      );

      api.get(
        "/editions",
        {
          schema: {
            tags: ["content API"],
            summary: "The newspaper's editions",
            description: AUTH_NOTE,
            querystring: z.strictObject({ key: KeyParam }),
            response: {
              200: z.object({
                items: z.array(
                  z.object({
                    code: z.string(),
                    lang: z.string(),
                    name: z.string(),
                    siteName: z.string(),
                    dir: z.enum(["ltr", "rtl"]),
                    url: z.string(),
                    default: z.boolean(),
                  }),
                ),
              }),
              ...ERRORS,
            },
          },
        },
        async () => ({
          items: deps.config.site.editions.map((e) => ({
            code: e.code,
            lang: e.lang,
            name: e.nativeName,
            siteName: deps.config.site.name[e.code] ?? "",
            dir: e.dir,
            url: `${siteUrl.replace(/\/+$/, "")}/${e.code}/`,
            default: e.code === deps.config.site.defaultEdition,
          })),
        }),
      );
    },
    { prefix: CONTENT_API_PREFIX },
  );
}

/** A story in an answer: itself, its bylines and pictures, and what `include=` added. */
function articleKeys(row: ApiArticle, json: { related?: { id: number }[] }): string[] {
  const { summary } = row;
  return [
    cacheKey.article(summary.id),
    ...summary.authors.map((a) => cacheKey.byline(a.slug)),
    ...row.mediaIds.map(cacheKey.media),
    ...(json.related
      ? [cacheKey.related(summary.id), ...json.related.map((r) => cacheKey.article(r.id))]
      : []),
    ...(summary.translationGroup ? [cacheKey.translations(summary.translationGroup)] : []),
  ];
}
