import type { SwaggerTransform, SwaggerTransformObject } from "@fastify/swagger";
import type { RouteOptions } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { SESSION_COOKIE } from "../accounts/sessions.ts";
import { CONTENT_API_PREFIX } from "../distribution/content-api/content-api.ts";
import { ERROR_CODES } from "../http/app-error.ts";
import { CSRF_HEADER, SAFE_METHODS } from "./access.ts";

/** How callers prove who they are: the newsroom's session and CSRF token, or a Content API key. */
export const SECURITY_SCHEMES = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "Set by POST /api/admin/v1/session.",
  },
  csrf: {
    type: "apiKey",
    in: "header",
    name: CSRF_HEADER,
    description:
      "The csrfToken from the login answer; required with the session on every state-changing request.",
  },
  contentApiKey: {
    type: "http",
    scheme: "bearer",
    description: "A Content API key (`dateline api-key create`).",
  },
  contentApiKeyQuery: {
    type: "apiKey",
    in: "query",
    name: "key",
    description: "The same key as a query parameter, for clients that cannot set headers.",
  },
} as const;

type SecurityRequirement = Partial<Record<keyof typeof SECURITY_SCHEMES, string[]>>;

/**
 * What a route asks of its caller, derived from what the gates enforce, so the document cannot
 * disagree with them: the admin gate reads `config.access`, the Content API checks a key.
 */
function securityOf(route: RouteOptions, url: string): SecurityRequirement[] {
  if (url.startsWith(CONTENT_API_PREFIX)) return [{ contentApiKey: [] }, { contentApiKeyQuery: [] }];
  const access = route.config?.access;
  if (access === undefined) throw new Error(`route ${url} declares no access`);
  if (access === "public") return [];
  const methods = [route.method].flat();
  const changesState = methods.some((method) => !SAFE_METHODS.has(method));
  return [changesState ? { session: [], csrf: [] } : { session: [] }];
}

/** A stable, unique operationId from the method and path, e.g. adminPostArticlesIdPublish. */
function operationIdOf(route: RouteOptions, url: string): string {
  const [scope, ...segments] = url
    .replace(/^\/api\//, "")
    .split("/")
    .filter((segment) => segment !== "v1");
  const words = [String([route.method].flat()[0]).toLowerCase(), ...segments]
    .map((segment) => segment.replace(/^:/, ""))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return scope + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };

/** Every API answers its errors as a problem document, whatever the route declared. */
function withProblemResponse(response: unknown): Record<string, unknown> {
  const declared = (response ?? {}) as Record<string, unknown>;
  if (Object.keys(declared).some((status) => status.startsWith("4"))) return declared;
  return {
    ...declared,
    "4XX": {
      description: "A problem document; `code` says what went wrong (docs/errors.md)",
      content: { "application/problem+json": { schema: PROBLEM_REF } },
    },
  };
}

/**
 * Describes the two JSON APIs and nothing else: the site's pages, feeds and assets are not an
 * API a client should generate code from (and their trailing-slash and wildcard paths are not
 * valid OpenAPI paths).
 */
export const openApiTransform: SwaggerTransform = (input) => {
  if (!input.url.startsWith("/api/")) return { schema: { hide: true }, url: input.url };
  const { schema, url } = jsonSchemaTransform(input);
  if ((schema as { hide?: boolean }).hide) return { schema, url };
  return {
    url,
    schema: {
      ...schema,
      operationId: operationIdOf(input.route, url),
      security: securityOf(input.route, url),
      response: withProblemResponse(schema.response),
    } as typeof schema,
  };
};

/** Adds the shared problem document schema that every error response refers to. */
export const openApiTransformObject: SwaggerTransformObject = (document) => {
  const transformed = jsonSchemaTransformObject(document) as {
    components?: { schemas?: Record<string, unknown> };
  };
  return {
    ...transformed,
    components: {
      ...transformed.components,
      schemas: { ...transformed.components?.schemas, Problem: PROBLEM_SCHEMA },
    },
  } as ReturnType<SwaggerTransformObject>;
};

const PROBLEM_SCHEMA = {
  type: "object",
  description: "An RFC 9457 problem document; some codes carry more members (docs/errors.md).",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string", enum: Object.keys(ERROR_CODES) },
  },
  additionalProperties: true,
};
