import type { FastifyInstance } from "fastify";

/**
 * Security headers, one onSend hook per area of the app:
 * - the admin API (`/api/admin/`): never cached (the `/session` answer holds the CSRF token), never
 *   sniffed or framed, and no content may load from it as a document;
 * - the newsroom SPA (`/newsroom`): a CSP with scripts from this origin only;
 * - the public site, everything else that is not an API: pages, previews' stylesheet and photos,
 *   media: a CSP with no inline script or style at all; feeds and sitemaps (XML): nothing at all
 *   may run or load.
 * Every answer also gets `nosniff` and a referrer policy, and HSTS when SITE_URL is https.
 */
const SITE_DIRECTIVES = [
  "default-src 'self'",
  // No inline script: JSON-LD is `<script type="application/ld+json">`, data a browser never runs,
  // so script-src does not apply to it (the browser tests check the console stays clean).
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export const SITE_CSP = SITE_DIRECTIVES.join("; ");

/** The site's policy with one directive replaced. */
function siteWith(directive: string): string {
  const name = directive.split(" ")[0] ?? "";
  return SITE_DIRECTIVES.map((d) => (d.startsWith(`${name} `) ? directive : d)).join("; ");
}

/**
 * The newsroom SPA: Vite writes index.html with external module scripts only, and TipTap's base
 * styles ship in the SPA's CSS file (injectCSS is off); React and ProseMirror set styles through
 * the CSSOM, which CSP allows. The preview tab is a blob: document that inherits this policy.
 */
export const NEWSROOM_CSP = siteWith("img-src 'self' data: blob:");

/**
 * The Swagger UI under /api/docs: its scripts are files, so no inline script runs. It sets inline
 * styles while it renders; those are allowed here only, on a page that shows our own API document,
 * not anything a newsroom user wrote.
 */
export const API_DOCS_CSP = siteWith("style-src 'self' 'unsafe-inline'");

/**
 * Feeds and sitemaps: no script may run (XML can carry XHTML script elements) and nothing may
 * load, but for the inline styles and data: arrows of the browser's own XML viewer, which the
 * site's policy would refuse.
 */
export const XML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

const isXml = (contentType: unknown) => /[/+]xml\b/.test(String(contentType ?? ""));

/** Admin API answers are JSON (and preview HTML fetched by script): nothing may load from them. */
export const ADMIN_API_CSP = "default-src 'none'; frame-ancestors 'none'";

const HSTS = "max-age=31536000";

type Area = "admin-api" | "newsroom" | "other-api" | "site";

export function areaOf(url: string): Area {
  if (url.startsWith("/api/admin/")) return "admin-api";
  if (url === "/newsroom" || url.startsWith("/newsroom/") || url.startsWith("/newsroom?")) return "newsroom";
  // The public Content API and the OpenAPI document and pages (whose policy the Swagger UI plugin sets).
  if (url.startsWith("/api/")) return "other-api";
  return "site";
}

type Headers = Readonly<Record<string, string>>;

/** The security headers of an answer, chosen from its URL and media type. */
export type SecurityHeaders = (url: string, contentType: unknown) => Headers;

/** Every area's headers, built once: an answer only picks its set. */
export function securityHeaders(config: { siteUrl: string }): SecurityHeaders {
  const https = config.siteUrl.startsWith("https:");
  const common = (referrer: string): Headers => ({
    "x-content-type-options": "nosniff",
    "referrer-policy": referrer,
    ...(https ? { "strict-transport-security": HSTS } : {}),
  });
  const byArea = {
    "admin-api": {
      ...common("no-referrer"),
      "cache-control": "no-store",
      "content-security-policy": ADMIN_API_CSP,
      "x-frame-options": "DENY",
    },
    newsroom: {
      ...common("same-origin"),
      "content-security-policy": NEWSROOM_CSP,
      "x-frame-options": "DENY",
    },
    "other-api": { ...common("strict-origin-when-cross-origin"), "x-frame-options": "DENY" },
    site: {
      ...common("strict-origin-when-cross-origin"),
      "content-security-policy": SITE_CSP,
      "x-frame-options": "DENY",
    },
  } as const satisfies Record<Area, Headers>;
  const siteXml: Headers = { ...byArea.site, "content-security-policy": XML_CSP };
  return (url, contentType) => {
    const area = areaOf(url);
    return area === "site" && isXml(contentType) ? siteXml : byArea[area];
  };
}

/** Adds the headers of each area; call before any route is registered. */
export function registerSecurityHeaders(app: FastifyInstance, headersFor: SecurityHeaders): void {
  // One hook for every answer (each hook is a step of every request, cache hits included).
  app.addHook("onSend", async (request, reply) => {
    reply.headers(headersFor(request.url, reply.getHeader("content-type")));
  });
}
