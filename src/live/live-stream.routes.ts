import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findPublishedArticle } from "../content/article.queries.ts";
import { summaryPath } from "../content/content.ts";
import { nfcParams } from "../http/route-params.ts";
import { editionContext, findEdition } from "../site/edition-context.ts";
import type { PageDeps } from "../site/site-pages.tsx";
import type { LiveBlogFeed } from "./live-blog-feed.ts";
import { type FollowedStory, LiveReaders, MAX_READERS } from "./live-readers.tsx";

/** How long a browser waits before reconnecting; each stream is told a slightly different time, so
 * readers cut off together (a deploy) do not all come back in the same instant. */
const RETRY_MS = 3000;
const CHANGE_NUMBER = /^\d{1,15}$/;

class BadResumePoint extends Error {}

/**
 * `GET {story URL}/live`: a published live blog's server-sent events (`entry`, `removed`,
 * `coverage`, `reset`), each with its change number as `id`, resumed with `Last-Event-ID` or, for
 * the page's first connection, `?since=` (the change the page was rendered at).
 */
export function registerLiveStreamRoutes(
  app: FastifyInstance,
  deps: PageDeps & { feed: LiveBlogFeed },
): void {
  const readers = new LiveReaders(deps.db, app.log);
  const stopListening = deps.feed.listen(
    ({ articleId }) => readers.changed(articleId),
    () => readers.catchUpAll(),
  );
  app.addHook("preClose", async () => {
    stopListening();
    readers.closeAll();
  });

  app.get("/:edition/:section/:slug/live", async (request, reply) => {
    const story = await followedStory(deps, request.params as Record<string, string>);
    if (!story) return reply.callNotFound();
    let since: number | undefined;
    try {
      since = resumePoint(request);
    } catch (error) {
      if (!(error instanceof BadResumePoint)) throw error;
      return sendText(reply, 400, error.message);
    }
    if (readers.count >= MAX_READERS) {
      return sendText(
        reply.header("retry-after", "30"),
        503,
        "Too many readers on this server; try again shortly.",
      );
    }
    reply.hijack();
    reply.raw.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: a compressing proxy would hold events back to fill its buffer.
      "cache-control": "no-cache, no-transform",
      "x-content-type-options": "nosniff",
      // nginx and others buffer answers unless told not to; events must leave at once.
      "x-accel-buffering": "no",
    });
    reply.raw.write(`retry: ${RETRY_MS + Math.floor(Math.random() * RETRY_MS)}\n\n`);
    readers.open(story, request.raw, reply.raw, since);
  });
}

async function followedStory(
  deps: PageDeps,
  raw: Record<string, string>,
): Promise<FollowedStory | undefined> {
  const params = nfcParams(raw);
  const edition = findEdition(deps.config, params.edition ?? "");
  if (!edition) return undefined;
  const now = deps.now().toISOString();
  const article = await findPublishedArticle(
    deps.db,
    edition.code,
    params.section ?? "",
    params.slug ?? "",
    now,
  );
  if (article?.kind !== "live") return undefined;
  return { id: article.id, path: summaryPath(article), ctx: editionContext(deps.config, edition) };
}

/** The reader's last change: a reconnecting browser's `Last-Event-ID`, else the page's `?since=`. */
function resumePoint(request: FastifyRequest): number | undefined {
  const header = request.headers["last-event-id"];
  const query = (request.query as { since?: unknown }).since;
  const given = typeof header === "string" && header !== "" ? header : query;
  if (given === undefined) return undefined;
  if (typeof given !== "string" || !CHANGE_NUMBER.test(given)) {
    throw new BadResumePoint("since and Last-Event-ID must be a change number (digits only).");
  }
  return Number(given);
}

function sendText(reply: FastifyReply, status: number, text: string) {
  return reply.code(status).type("text/plain; charset=utf-8").header("cache-control", "no-store").send(text);
}
