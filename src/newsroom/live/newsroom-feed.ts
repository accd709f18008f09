import type { Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import type { DomainEvent } from "../../events/domain-events.ts";
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
  /** An entry on a live blog was posted, corrected or removed: open desks reload the stream. */
  z.object({
    kind: z.literal("entry"),
    articleId: Id,
    entryId: Id,
    action: z.enum(["posted", "edited", "deleted"]),
    ownerId: Id.nullable(),
  }),
  /** A live blog's coverage ended or reopened. */
  z.object({ kind: z.literal("coverage"), articleId: Id, ended: z.boolean(), ownerId: Id.nullable() }),
  /** An entry was sent to this live blog's desk to translate (`opened`), or translated there (`done`). */
  z.object({
    kind: z.literal("entry-task"),
    articleId: Id,
    taskId: Id,
    action: z.enum(["opened", "done"]),
    ownerId: Id.nullable(),
  }),
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

/** Who created a story, so a contributor hears only of their own; undefined once it is gone. */
async function ownerOf(trx: Transaction<Database>, articleId: number): Promise<number | null | undefined> {
  const row = await trx
    .selectFrom("articles")
    .select("created_by")
    .where("id", "=", articleId)
    .executeTakeFirst();
  return row?.created_by;
}

async function liveSignalOf(
  trx: Transaction<Database>,
  event: DomainEvent,
): Promise<NewsroomSignal | undefined> {
  if (event.type !== "live.entry" && event.type !== "live.coverage" && event.type !== "live.translation-task")
    return undefined;
  // A task's story is the live blog it is to be translated on: that desk's translators hear of it.
  const ownerId = await ownerOf(trx, event.articleId);
  // A story deleted before this ran has no desk left to tell.
  if (ownerId === undefined) return undefined;
  if (event.type === "live.coverage") {
    return { kind: "coverage", articleId: event.articleId, ended: event.ended, ownerId };
  }
  if (event.type === "live.translation-task") {
    const { articleId, taskId, action } = event;
    return { kind: "entry-task", articleId, taskId, action, ownerId };
  }
  const { articleId, entryId, action } = event;
  return { kind: "entry", articleId, entryId, action, ownerId };
}

/**
 * Tells every node's open live desks of each entry, coverage and translation-task change, once it
 * has committed.
 * Only ids travel: the desk rereads the entries through `GET …/entries`, which applies the rules.
 */
export function liveDeskFeedSubscriber(feed: NewsroomFeed): Subscriber {
  return {
    name: "newsroom-live-desk",
    events: ["live.entry", "live.coverage", "live.translation-task"],
    afterCommit: async (trx, event) => {
      const signal = await liveSignalOf(trx, event);
      if (signal) await feed.tell(trx, signal);
    },
  };
}
