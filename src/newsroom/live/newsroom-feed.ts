import { z } from "zod";
import { NodeFeed } from "../../events/node-feed.ts";
import type { Subscriber } from "../../events/write-path.ts";

const Id = z.number().int();

/**
 * What the newsroom's open streams are told. Each signal says only what changed; the app reloads
 * what it shows, so a missed signal is repaired by the next reload, and no text of a story is
 * ever sent to someone who may not read it.
 */
export const NewsroomSignalSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("story"),
    articleId: Id,
    edition: z.string(),
    status: z.string(),
    version: Id,
    ownerId: Id.nullable(),
    byUserId: Id.nullable(),
  }),
  /** Who has a story open changed. */
  z.object({ kind: z.literal("presence"), articleId: Id, ownerId: Id.nullable() }),
  /** A user has a new notification, or read some. */
  z.object({ kind: z.literal("notification"), userId: Id }),
]);

export type NewsroomSignal = z.infer<typeof NewsroomSignalSchema>;

export type NewsroomFeed = NodeFeed<NewsroomSignal>;

export function createNewsroomFeed(): NewsroomFeed {
  return new NodeFeed("dateline_newsroom", NewsroomSignalSchema);
}

/** Tells every node's newsroom of each story change, once it has committed. */
export function newsroomFeedSubscriber(feed: NewsroomFeed): Subscriber {
  return {
    name: "newsroom-live",
    events: ["story.changed"],
    afterCommit: async (trx, event) => {
      if (event.type !== "story.changed") return;
      // The move is for the notifications; the app reloads what it shows from the status.
      const { id, move: _, ...story } = event.story;
      await feed.tell(trx, { kind: "story", articleId: id, ...story });
    },
  };
}
