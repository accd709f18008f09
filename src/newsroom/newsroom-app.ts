import { existsSync, readFileSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `npm run build:newsroom` (run by `npm install`) writes the SPA. */
export const NEWSROOM_DIST = new URL("../../admin/dist/", import.meta.url);

const NOT_BUILT =
  "<!doctype html><html lang=en><title>Newsroom not built</title><h1>The newsroom app is not built</h1>" +
  "<p>Run <code>npm run build:newsroom</code> (it runs as part of <code>npm install</code>), then reload.</p></html>";

/**
 * Serves the newsroom SPA at /newsroom/: hashed assets with long cache lifetimes, and index.html
 * for every client-side route so deep links and reloads work.
 */
export async function registerNewsroomApp(app: FastifyInstance): Promise<void> {
  const indexFile = new URL("index.html", NEWSROOM_DIST);
  const built = existsSync(indexFile);
  const index = built ? readFileSync(indexFile) : undefined;
  if (built) {
    await app.register(fastifyStatic, {
      root: new URL("assets/", NEWSROOM_DIST).pathname,
      prefix: "/newsroom/assets/",
      decorateReply: false,
      immutable: true,
      maxAge: "365d",
      index: false,
    });
  }
  app.get("/newsroom", (_request, reply) => reply.redirect("/newsroom/", 301));
  app.get("/newsroom/*", (_request, reply) => {
    reply.header("cache-control", "no-cache").header("x-frame-options", "DENY");
    if (!index) return reply.code(503).type("text/html; charset=utf-8").send(NOT_BUILT);
    return reply.type("text/html; charset=utf-8").send(index);
  });
}
