import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { type ChannelListener, listenOnChannel, notifyChannel } from "../db/pg-channel.ts";

export type FeedReader<T> = (message: T) => void;

/**
 * A message every node's readers hear (a newsroom's open event streams): told once, on
 * PostgreSQL by NOTIFY to every node (itself included), on SQLite, one node, at once. Readers are
 * never told by each of them asking the database.
 */
export class NodeFeed<T> {
  #readers = new Set<FeedReader<T>>();
  #resyncs = new Set<() => void>();
  readonly #channel: string;
  readonly #schema: z.ZodType<T>;

  /** `channel` is a fixed identifier of this code; `schema` checks what arrives from other nodes. */
  constructor(channel: string, schema: z.ZodType<T>) {
    this.#channel = channel;
    this.#schema = schema;
  }

  /**
   * Adds a reader; `resync` runs when messages may have been lost (the listening connection broke
   * and is back), so the reader reloads what it shows. Answers the function that removes both.
   */
  listen(reader: FeedReader<T>, resync?: () => void): () => void {
    this.#readers.add(reader);
    if (resync) this.#resyncs.add(resync);
    return () => {
      this.#readers.delete(reader);
      if (resync) this.#resyncs.delete(resync);
    };
  }

  announce(message: T): void {
    for (const reader of this.#readers) reader(message);
  }

  /**
   * Tells every node. Inside a transaction, PostgreSQL delivers the message when it commits and
   * never if it rolls back.
   */
  async tell(db: Kysely<Database>, message: T): Promise<void> {
    if (dialectOf(db) !== "postgres") return this.announce(message);
    await notifyChannel(db, this.#channel, JSON.stringify(message));
  }

  /** On PostgreSQL: hears what every node tells, its own messages included. */
  hearAllNodes(databaseUrl: string, logger: Logger): Promise<ChannelListener> {
    let deaf = false;
    return listenOnChannel(
      databaseUrl,
      this.#channel,
      {
        onMessage: (payload) => {
          const message = this.#schema.safeParse(parseJson(payload));
          if (message.success) this.announce(message.data);
          else
            logger.warn(
              { payload: payload?.slice(0, 200) },
              `unreadable notice on ${this.#channel}; ignored`,
            );
        },
        onListening: () => {
          if (deaf) for (const resync of this.#resyncs) resync();
          deaf = false;
        },
        onDeaf: () => {
          deaf = true;
        },
      },
      logger,
    );
  }
}

function parseJson(payload: string | undefined): unknown {
  try {
    return JSON.parse(payload ?? "null");
  } catch {
    return null;
  }
}
