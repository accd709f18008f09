import type { FastifyInstance } from "fastify";
import type { User } from "../../accounts/user.ts";
import { currentSession } from "../../api/access.ts";
import type { ApiDeps } from "../../api/admin-api.ts";
import { EventStreams, sseMessage } from "../../http/event-stream.ts";
import type { NewsroomSignal } from "./newsroom-feed.ts";

/**
 * Whether a signal may reach `user`: contributors see only their own stories (the same rule as
 * every story route), live blogs' entries, coverage and translation tasks included, and a notification only its addressee.
 */
function mayHear(user: User, signal: NewsroomSignal): boolean {
  switch (signal.kind) {
    case "story":
    case "presence":
    case "entry":
    case "coverage":
    case "entry-task":
      return user.role !== "contributor" || signal.ownerId === user.id;
    case "notification":
      return signal.userId === user.id;
  }
}

/** What the app is sent: the signal without whom the story belongs to. */
function messageOf(signal: NewsroomSignal): string {
  if (signal.kind === "notification") return sseMessage("notification", {});
  const { ownerId: _, ...told } = signal;
  return sseMessage(signal.kind, told);
}

/**
 * The newsroom's live stream, `GET /live`: one per open app, carrying `story` (a story was saved,
 * moved or deleted), `presence` (who has a story open changed), `entry` and `coverage` (a live
 * blog's entry was posted, corrected or removed; its coverage ended or reopened), `entry-task` (an
 * entry was sent to a live blog's desk to translate, or translated there) and `notification` events, and
 * `resync` when this node may have missed some (reload what is shown). Events name what changed;
 * the app reloads it through the ordinary routes, which apply every permission.
 */
export function newsroomStreamRoutes(api: FastifyInstance, deps: ApiDeps) {
  let stopListening: (() => void) | undefined;
  const streams = new EventStreams<User>(api, {
    onFirst: () => {
      stopListening = deps.feeds.newsroom.listen(
        (signal) => {
          const message = messageOf(signal);
          streams.send((user) => (mayHear(user, signal) ? message : undefined));
        },
        () => streams.send(() => sseMessage("resync", {})),
      );
    },
    onNone: () => stopListening?.(),
  });

  api.get(
    "/live",
    {
      config: { access: "contributor" },
      schema: {
        tags: ["newsroom"],
        summary:
          "Server-sent events for the newsroom: `story`, `presence`, `entry`, `coverage`, `entry-task`, `notification` and `resync`, each naming what to reload",
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => streams.open(request, reply, currentSession(request).user),
  );
}
