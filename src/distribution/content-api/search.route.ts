import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../http/app-error.ts";
import { MalformedQuery, strictQuery } from "../../http/strict-query.ts";
import { searchArticles } from "../../search/search.service.ts";
import { MAX_SEARCH_PAGE } from "../../search/search.types.ts";
import { apiSite, findArticles } from "./content-api.articles.ts";
import { AUTH_NOTE, ERRORS, SearchQuery, SearchResultsJson } from "./content-api.schemas.ts";
import type { ContentApiDeps } from "./content-api.ts";

/** `GET /search`: the site's full-text search of one edition, with the matched words marked. */
export function searchRoute(
  scope: FastifyInstance,
  deps: ContentApiDeps,
  checkEdition: (edition: string) => void,
): void {
  const api = scope.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/search",
    {
      schema: {
        tags: ["content API"],
        summary: "Full-text search of an edition's published stories, best match or newest first",
        description: `${AUTH_NOTE} Words in \`q\` are all looked for; \`highlights\` shows where they matched.`,
        querystring: SearchQuery,
        response: { 200: SearchResultsJson, ...ERRORS },
      },
      // The framework's parser keeps a bad escape as literal text; a search must refuse it instead.
      preValidation: async (request) => {
        try {
          (request as { query: unknown }).query = strictQuery(request.url);
        } catch (error) {
          if (error instanceof MalformedQuery) throw new AppError("BAD_REQUEST", error.message);
          throw error;
        }
      },
    },
    async (request) => {
      const { key: _key, edition, pageSize, ...params } = request.query;
      checkEdition(edition);
      const now = deps.now().toISOString();
      const results = await searchArticles(
        deps.db,
        edition,
        params,
        now,
        pageSize,
        deps.config.site.timeZone,
      );
      const rows = await findArticles(
        deps.db,
        apiSite(deps.config),
        results.hits.map((hit) => hit.article.id),
        now,
      );
      const hits = new Map(results.hits.map((hit) => [hit.article.id, hit]));
      return {
        items: rows.flatMap(({ json: { bodyHtml: _body, ...story } }) => {
          const hit = hits.get(story.id);
          return hit ? [{ ...story, highlights: { headline: hit.headline, snippet: hit.snippet } }] : [];
        }),
        total: results.total,
        totalIsCapped: results.totalIsCapped,
        page: results.page,
        pageSize: results.pageSize,
        // Pages past MAX_SEARCH_PAGE are refused, so they are not counted as reachable.
        pageCount: Math.min(results.pageCount, MAX_SEARCH_PAGE),
      };
    },
  );
}
