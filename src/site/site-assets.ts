import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

const ASSETS_DIR = new URL("./assets/", import.meta.url);
const IMMUTABLE = "public, max-age=31536000, immutable";

interface Asset {
  path: string;
  type: string;
  body: Buffer;
}

function fingerprinted(file: string, type: string): Asset {
  const body = readFileSync(new URL(file, ASSETS_DIR));
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const dot = file.lastIndexOf(".");
  return { path: `/assets/${file.slice(0, dot)}.${hash}${file.slice(dot)}`, type, body };
}

/** The publisher logo that structured data points at; a stable URL, since search engines keep it. */
export const LOGO_PATH = "/assets/logo.png";

/** The stylesheet (named by content hash, so browsers and CDNs may keep it for a year), icon and logo. */
export function loadSiteAssets() {
  const stylesheet = fingerprinted("site.css", "text/css; charset=utf-8");
  const icon = {
    path: "/favicon.svg",
    type: "image/svg+xml",
    body: readFileSync(new URL("favicon.svg", ASSETS_DIR)),
  };
  const logo = { path: LOGO_PATH, type: "image/png", body: readFileSync(new URL("logo.png", ASSETS_DIR)) };
  return {
    stylesheetPath: stylesheet.path,
    register(app: FastifyInstance) {
      for (const asset of [stylesheet, icon, logo]) {
        app.get(asset.path, (_request, reply) => {
          reply
            .header("cache-control", asset === stylesheet ? IMMUTABLE : "public, max-age=86400")
            .type(asset.type);
          return reply.send(asset.body);
        });
      }
    },
  };
}

export type SiteAssets = ReturnType<typeof loadSiteAssets>;
