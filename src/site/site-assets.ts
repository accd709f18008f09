import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { LIVE_READER_SCRIPT } from "../live/live-reader-script.ts";

const ASSETS_DIR = new URL("./assets/", import.meta.url);
const IMMUTABLE = "public, max-age=31536000, immutable";

interface Asset {
  path: string;
  type: string;
  body: Buffer;
}

function fingerprinted(file: URL, type: string): Asset {
  const body = readFileSync(file);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const name = file.pathname.slice(file.pathname.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return { path: `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`, type, body };
}

/** The publisher logo that structured data points at; a stable URL, since search engines keep it. */
export const LOGO_PATH = "/assets/logo.png";

/**
 * The stylesheet and the live blogs' reader script (named by content hash, so browsers and CDNs
 * may keep them for a year), icon and logo.
 */
export function loadSiteAssets() {
  const stylesheet = fingerprinted(new URL("site.css", ASSETS_DIR), "text/css; charset=utf-8");
  const liveScript = fingerprinted(LIVE_READER_SCRIPT, "text/javascript; charset=utf-8");
  const icon = {
    path: "/favicon.svg",
    type: "image/svg+xml",
    body: readFileSync(new URL("favicon.svg", ASSETS_DIR)),
  };
  const logo = { path: LOGO_PATH, type: "image/png", body: readFileSync(new URL("logo.png", ASSETS_DIR)) };
  return {
    stylesheetPath: stylesheet.path,
    liveScriptPath: liveScript.path,
    register(app: FastifyInstance) {
      const named = [stylesheet, liveScript];
      for (const asset of [...named, icon, logo]) {
        app.get(asset.path, (_request, reply) => {
          reply
            .header("cache-control", named.includes(asset) ? IMMUTABLE : "public, max-age=86400")
            .type(asset.type);
          return reply.send(asset.body);
        });
      }
    },
  };
}

export type SiteAssets = ReturnType<typeof loadSiteAssets>;
