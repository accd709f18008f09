import { z } from "zod";
import { NodeFeed } from "../events/node-feed.ts";
import type { Subscriber } from "../events/write-path.ts";

/** What each node's live-blog readers are told: that story changed; they read what, once per node. */
export interface LiveBlogSignal {
  articleId: number;
}

export type LiveBlogFeed = NodeFeed<LiveBlogSignal>;

export function createLiveBlogFeed(): LiveBlogFeed {
  return new NodeFeed("dateline_live_blogs", z.object({ articleId: z.number().int() }));
}

/** The node that dispatches an entry's or a coverage change's event tells every node, after commit. */
export function liveBlogFeedSubscriber(feed: LiveBlogFeed): Subscriber {
  return {
    name: "live-readers",
    events: ["live.entry", "live.coverage"],
    afterCommit: async (trx, event) => {
      if (event.type !== "live.entry" && event.type !== "live.coverage") return;
      await feed.tell(trx, { articleId: event.articleId });
    },
  };
}
