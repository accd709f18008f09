import type { Logger } from "pino";
import { z } from "zod";
import { dialectOf } from "../db/dialect.ts";
import { type ChannelListener, listenOnChannel, notifyChannel } from "../db/pg-channel.ts";
import type { EventOf } from "../events/domain-events.ts";
import type { Subscriber } from "../events/write-path.ts";

/** What the desk's live list is told: an item came or changed. */
export type DeskEvent = Pick<EventOf<"wire.item">, "itemId" | "outcome">;

/** The PostgreSQL channel on which the node that dispatched an item's event tells every node. */
const CHANNEL = "dateline_wire_desk";
const DeskEventSchema = z.object({ itemId: z.number().int(), outcome: z.enum(["new", "updated"]) });

/**
 * This node's desk readers (the newsroom's open event streams). Each event reaches every reader
 * from one announcement per node, never from each reader asking the database.
 */
export class DeskFeed {
  #readers = new Set<(event: DeskEvent) => void>();

  /** Adds a reader; answers the function that removes it. */
  listen(reader: (event: DeskEvent) => void): () => void {
    this.#readers.add(reader);
    return () => this.#readers.delete(reader);
  }

  announce(event: DeskEvent): void {
    for (const reader of this.#readers) reader(event);
  }

  /** On PostgreSQL: hears the items every node's dispatcher announces, its own included. */
  hearAllNodes(databaseUrl: string, logger: Logger): Promise<ChannelListener> {
    return listenOnChannel(
      databaseUrl,
      CHANNEL,
      {
        onMessage: (payload) => {
          const event = DeskEventSchema.safeParse(JSON.parse(payload ?? "null"));
          if (event.success) this.announce(event.data);
          else logger.warn({ payload: payload?.slice(0, 200) }, "unreadable wire desk notice; ignored");
        },
        onListening: () => undefined,
        onDeaf: () => undefined,
      },
      logger,
    );
  }
}

/**
 * Follows `wire.item` events for the desk. The event is dispatched on one node; on PostgreSQL it
 * is passed to every node by NOTIFY (sent when the dispatch commits), on SQLite, one node, at once.
 */
export function deskFeedSubscriber(feed: DeskFeed): Subscriber {
  return {
    name: "wire-desk",
    events: ["wire.item"],
    afterCommit: async (trx, event) => {
      if (event.type !== "wire.item") return;
      const told: DeskEvent = { itemId: event.itemId, outcome: event.outcome };
      if (dialectOf(trx) === "postgres") await notifyChannel(trx, CHANNEL, JSON.stringify(told));
      else feed.announce(told);
    },
  };
}
