import { z } from "zod";
import type { EventOf } from "../events/domain-events.ts";
import { NodeFeed } from "../events/node-feed.ts";
import type { Subscriber } from "../events/write-path.ts";

/** What the desk's live list is told: an item came or changed. */
export type DeskEvent = Pick<EventOf<"wire.item">, "itemId" | "outcome">;

const DeskEventSchema = z.object({ itemId: z.number().int(), outcome: z.enum(["new", "updated"]) });

/** This node's desk readers (the newsroom's open desk streams), told by every node's dispatcher. */
export type DeskFeed = NodeFeed<DeskEvent>;

export function createDeskFeed(): DeskFeed {
  return new NodeFeed("dateline_wire_desk", DeskEventSchema);
}

/** Follows `wire.item` events for the desk: the node that dispatches an item's event tells every node. */
export function deskFeedSubscriber(feed: DeskFeed): Subscriber {
  return {
    name: "wire-desk",
    events: ["wire.item"],
    afterCommit: async (trx, event) => {
      if (event.type !== "wire.item") return;
      await feed.tell(trx, { itemId: event.itemId, outcome: event.outcome });
    },
  };
}
