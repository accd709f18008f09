import type { FastifyReply } from "fastify";

/**
 * Sends a page the newsroom previews (a story's or a front page's, with unsaved changes): for the
 * editor who asked alone, so no shared or browser cache keeps it and no search engine indexes it.
 */
export function sendPreviewPage(reply: FastifyReply, html: string) {
  return reply
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("x-robots-tag", "noindex")
    .send(html);
}
