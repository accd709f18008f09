import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../api/admin-api.ts";
import { EventStreams, sseMessage } from "../http/event-stream.ts";
import type { DeskEvent } from "./desk-feed.ts";
import { wireItemSummary } from "./wire-items.queries.ts";

/**
 * The desk's live list: `GET /wire/events` is a server-sent event stream with an `item` event
 * (the item as the list shows it) for each item that comes or changes. A reader that reconnects
 * reloads the list, which holds whatever it missed. Each item is read once per node, however many
 * readers are connected.
 */
export function deskStreamRoutes(api: FastifyInstance, deps: ApiDeps) {
  let stopListening: (() => void) | undefined;
  const streams = new EventStreams<null>(api, {
    onFirst: () => {
      stopListening = deps.feeds.desk.listen((event) => {
        broadcast(event).catch((error: unknown) => api.log.error({ err: error }, "wire desk stream failed"));
      });
    },
    onNone: () => stopListening?.(),
  });
  const broadcast = async (event: DeskEvent) => {
    const item = await wireItemSummary(deps.db, event.itemId);
    if (!item) return;
    const message = sseMessage("item", { outcome: event.outcome, item }, item.id);
    streams.send(() => message);
  };

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
    async (request, reply) => streams.open(request, reply, null),
  );
}
