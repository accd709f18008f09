import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { renderToString } from "preact-render-to-string";
import type { Database } from "../db/database.ts";
import type { EditionContext } from "../site/edition-context.ts";
import { KeyEvent, LiveEntryView } from "./live-blog.view.tsx";
import { changesAfter, type LiveChanges } from "./live-changes.queries.ts";
import { entryPath, entryTitle } from "./live-entries.public.ts";

/** A comment this often keeps proxies (nginx and load balancers cut idle streams at 60 s) from closing. */
const HEARTBEAT_MS = 15_000;
/** More changes than this since a reader's last: reloading the page is quicker than replaying them. */
const MAX_REPLAY = 100;
/** A reader this far behind (a stalled phone) is cut off; it comes back and resumes from its last change. */
const MAX_BUFFERED_BYTES = 1 << 20;
/** Readers per node; past this a new one is asked to come back later (503). */
export const MAX_READERS = 20_000;

/** A live blog's stream as the route found it: the published story, its path and its edition's words. */
export interface FollowedStory {
  id: number;
  path: string;
  ctx: EditionContext;
}

interface Reader {
  response: ServerResponse;
  /** The last change this reader has: it is sent only later ones. */
  lastSeq: number;
  /** Its replay has run: from then on, catch-ups write to it. */
  joined: boolean;
  gone: boolean;
}

/** One story's readers on this node, and the work done for them one piece at a time. */
interface StoryReaders {
  story: FollowedStory;
  /** Every open connection, from its arrival (before its replay has run). */
  readers: Set<Reader>;
  /** The last change sent to the story's readers; -1 until the first reader's replay has read it. */
  seq: number;
  ended: boolean;
  work: Promise<void>;
  catchUpQueued: boolean;
}

/** One event as written, with the change it carries, so each reader is sent only what it lacks. */
interface Outgoing {
  seq: number;
  text: string;
}

/**
 * This node's readers of live blogs. A change is read from the database once per node and
 * story, rendered once, and written to every reader of that story; replays and catch-ups of one
 * story run one after another, so a reader never misses a change nor gets one out of order.
 */
export class LiveReaders {
  readonly #stories = new Map<number, StoryReaders>();
  readonly #db: Kysely<Database>;
  readonly #log: FastifyBaseLogger;
  readonly #heartbeatMs: number;
  #count = 0;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(db: Kysely<Database>, log: FastifyBaseLogger, options: { heartbeatMs?: number } = {}) {
    this.#db = db;
    this.#log = log;
    this.#heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  }

  get count(): number {
    return this.#count;
  }

  /**
   * Holds `response` open as the story's event stream, first sending what changed after `since`
   * (the reader's Last-Event-ID, or the change its page was rendered at); without one, it starts now.
   */
  open(
    story: FollowedStory,
    request: IncomingMessage,
    response: ServerResponse,
    since: number | undefined,
  ): void {
    const group = this.#storyReaders(story);
    this.#count++;
    this.#startHeartbeat();
    const reader: Reader = { response, lastSeq: -1, joined: false, gone: false };
    group.readers.add(reader);
    request.on("close", () => this.#leave(group, reader));
    this.#queue(group, () => this.#join(group, reader, since));
  }

  /** A story changed on some node: its readers here are sent what changed. */
  changed(articleId: number): void {
    const group = this.#stories.get(articleId);
    if (!group || group.catchUpQueued) return;
    group.catchUpQueued = true;
    this.#queue(group, () => {
      group.catchUpQueued = false;
      return this.#catchUp(group);
    });
  }

  /** Notices may have been lost (the listening connection dropped): every story catches up. */
  catchUpAll(): void {
    for (const articleId of this.#stories.keys()) this.changed(articleId);
  }

  /** Ends every stream, so a stopping server need not wait for readers who never leave. */
  closeAll(): void {
    for (const group of this.#stories.values()) for (const reader of group.readers) reader.response.end();
  }

  #storyReaders(story: FollowedStory): StoryReaders {
    let group = this.#stories.get(story.id);
    if (!group) {
      group = {
        story,
        readers: new Set(),
        seq: -1,
        ended: false,
        work: Promise.resolve(),
        catchUpQueued: false,
      };
      this.#stories.set(story.id, group);
    }
    return group;
  }

  #queue(group: StoryReaders, task: () => Promise<void>): void {
    group.work = group.work.then(task).catch((error: unknown) => {
      this.#log.error({ err: error, articleId: group.story.id }, "live blog stream failed");
    });
  }

  async #join(group: StoryReaders, reader: Reader, since: number | undefined): Promise<void> {
    if (reader.gone) return;
    const changes = await changesAfter(
      this.#db,
      group.story.id,
      since ?? Number.MAX_SAFE_INTEGER,
      MAX_REPLAY,
    );
    if (group.seq < 0) {
      group.seq = changes.seq;
      group.ended = changes.endedAt !== null;
    }
    if (reader.gone) return;
    if (since !== undefined) {
      // A change the story never reached (another database, or a made-up id) cannot be resumed from.
      const events =
        since > changes.seq
          ? [resetEvent(changes.seq)]
          : [...this.#render(group.story, changes), coverageEvent(group.story, changes)];
      if (since !== changes.seq) this.#write(reader, events.map((e) => e.text).join(""));
    }
    // What the story's later catch-ups send is after this; a replay that read further is not sent twice.
    reader.lastSeq = changes.seq;
    reader.joined = true;
  }

  async #catchUp(group: StoryReaders): Promise<void> {
    if (group.seq < 0) return;
    const changes = await changesAfter(this.#db, group.story.id, group.seq, MAX_REPLAY);
    if (changes.seq <= group.seq) return;
    const events = this.#render(group.story, changes);
    const ended = changes.endedAt !== null;
    if (ended !== group.ended) events.push(coverageEvent(group.story, changes));
    const previous = group.seq;
    group.seq = changes.seq;
    group.ended = ended;
    const all = events.map((e) => e.text).join("");
    for (const reader of group.readers) {
      if (!reader.joined) continue;
      // Readers that joined since the last catch-up may have had some of these in their replay.
      const text =
        reader.lastSeq === previous
          ? all
          : events
              .filter((e) => e.seq > reader.lastSeq)
              .map((e) => e.text)
              .join("");
      this.#write(reader, text);
      reader.lastSeq = Math.max(reader.lastSeq, changes.seq);
    }
  }

  /** The changes as events, each entry rendered as the page shows it. */
  #render(story: FollowedStory, changes: LiveChanges): Outgoing[] {
    if (changes.tooMany) return [resetEvent(changes.seq)];
    const { ctx } = story;
    const events = changes.standing.map((entry) => ({
      seq: entry.seq,
      text: sse("entry", entry.seq, {
        id: entry.id,
        postedAt: entry.postedAt,
        pinned: entry.pinned,
        keyEvent: entry.keyEvent,
        html: renderToString(<LiveEntryView ctx={ctx} entry={entry} />),
        keyEventHtml: entry.keyEvent
          ? renderToString(<KeyEvent ctx={ctx} entry={entry} href={entryPath(story.path, entry.id)} />)
          : null,
        announce: entry.editedAt === null ? ctx.t.liveBlog.newUpdate(entryTitle(entry)) : null,
      }),
    }));
    const removals = changes.removed.map(({ id, seq }) => ({ seq, text: sse("removed", seq, { id }) }));
    return [...events, ...removals].sort((a, b) => a.seq - b.seq);
  }

  #write(reader: Reader, text: string): void {
    if (text === "" || reader.gone) return;
    if (reader.response.writableLength > MAX_BUFFERED_BYTES) {
      reader.response.destroy();
      return;
    }
    reader.response.write(text);
  }

  #leave(group: StoryReaders, reader: Reader): void {
    if (reader.gone) return;
    reader.gone = true;
    group.readers.delete(reader);
    this.#count--;
    if (group.readers.size === 0) this.#stories.delete(group.story.id);
    if (this.#count === 0) this.#stopHeartbeat();
  }

  #startHeartbeat(): void {
    if (this.#heartbeat) return;
    this.#heartbeat = setInterval(() => {
      for (const group of this.#stories.values())
        for (const reader of group.readers) this.#write(reader, ":\n\n");
    }, this.#heartbeatMs);
    this.#heartbeat.unref();
  }

  #stopHeartbeat(): void {
    clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}

function sse(event: string, id: number, data: unknown): string {
  return `event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

function coverageEvent(story: FollowedStory, changes: LiveChanges): Outgoing {
  const ended = changes.endedAt !== null;
  const { liveBlog } = story.ctx.t;
  return {
    seq: changes.seq,
    text: sse("coverage", changes.seq, { ended, label: ended ? liveBlog.ended : liveBlog.live }),
  };
}

/** Too much changed to replay, or the reader's last change is unknown: it reloads the page. */
function resetEvent(seq: number): Outgoing {
  return { seq, text: sse("reset", seq, {}) };
}
