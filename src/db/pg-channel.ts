import { type Kysely, sql } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import type { Database } from "./database.ts";

/**
 * PostgreSQL's LISTEN/NOTIFY, by which a node tells every node (itself included) of a change the
 * moment it commits. Channel names are fixed identifiers of this code, never user input.
 */

/**
 * Sends `payload` on `channel`. Sent inside a writing transaction, PostgreSQL delivers it when
 * the transaction commits, and never if it rolls back; outside one, at once.
 */
export async function notifyChannel(trx: Kysely<Database>, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(trx);
}

export interface ChannelHandlers {
  onMessage(payload: string | undefined): void;
  /** Listening (again): messages sent while it was not were lost. */
  onListening(): void;
  /** The connection broke; messages may be missed until `onListening`. */
  onDeaf(): void;
}

export interface ChannelListener {
  close(): Promise<void>;
}

/** How long to wait before reconnecting after the listening connection broke, doubling to a cap. */
const RECONNECT_MS = { first: 100, max: 10_000 };

/**
 * Hears a channel on a connection of its own (a pooled one cannot hold LISTEN). A broken
 * connection is reopened with back-off; between `onDeaf` and `onListening` messages may be lost.
 */
export async function listenOnChannel(
  databaseUrl: string,
  channel: string,
  handlers: ChannelHandlers,
  logger: Logger,
): Promise<ChannelListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    next.on("notification", (message) => handlers.onMessage(message.payload));
    next.on("error", (error) => {
      logger.warn({ err: error }, `lost the connection listening on ${channel}; reconnecting`);
      reconnect(next);
    });
    next.on("end", () => reconnect(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    delay = RECONNECT_MS.first;
    handlers.onListening();
  };

  const reconnect = (broken: pg.Client) => {
    if (closed || client !== broken || retry) return;
    handlers.onDeaf();
    client = undefined;
    void broken.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: unknown) => {
        logger.warn({ err: error }, `could not listen on ${channel} again`);
        delay = Math.min(delay * 2, RECONNECT_MS.max);
        if (client) reconnect(client);
      });
    }, delay);
    retry.unref();
  };

  await connect().catch((error: unknown) => {
    logger.warn({ err: error }, `could not listen on ${channel}; retrying`);
    if (client) reconnect(client);
  });
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
