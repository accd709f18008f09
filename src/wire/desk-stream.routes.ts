import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../api/admin-api.ts";
import type { DeskEvent } from "./desk-feed.ts";
import { wireItemSummary } from "./wire-items.queries.ts";

/** A comment line now and then keeps proxies and load balancers from cutting an idle stream. */
const HEARTBEAT_MS = 20_000;
/** How long a browser waits before reconnecting a dropped stream. */
const RETRY_MS = 3000;

/**
 * The desk's live list: `GET /wire/events` is a server-sent event stream with an `item` event
 * (the item as the list shows it) for each item that comes or changes. A reader that reconnects
 * reloads the list, which holds whatever it missed. Each item is read once per node, however many
 * readers are connected.
 */
export function deskStreamRoutes(api: FastifyInstance, deps: ApiDeps) {
  const open = new Set<ServerResponse>();
  let stopListening: (() => void) | undefined;

  const broadcast = async (event: DeskEvent) => {
    const item = await wireItemSummary(deps.db, event.itemId);
    if (!item) return;
    const message = `event: item\nid: ${item.id}\ndata: ${JSON.stringify({ outcome: event.outcome, item })}\n\n`;
    for (const response of open) response.write(message);
  };
  const follow = () => {
    stopListening ??= deps.deskFeed.listen((event) => {
      broadcast(event).catch((error: unknown) => api.log.error({ err: error }, "wire desk stream failed"));
    });
  };
  const forget = (response: ServerResponse) => {
    open.delete(response);
    if (open.size === 0) {
      stopListening?.();
      stopListening = undefined;
    }
  };
  // A stream never ends by itself: close them before the server waits for its connections.
  api.addHook("preClose", async () => {
    for (const response of open) response.end();
  });

  api.get(
    "/wire/events",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["wire"],
        summary: "Server-sent events: an `item` event for each agency item that comes or changes",
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        // nginx and others buffer answers unless told not to; events must leave at once.
        "x-accel-buffering": "no",
      });
      response.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      open.add(response);
      follow();
      const heartbeat = setInterval(() => response.write(": keep-alive\n\n"), HEARTBEAT_MS);
      heartbeat.unref();
      request.raw.on("close", () => {
        clearInterval(heartbeat);
        forget(response);
      });
    },
  );
}
