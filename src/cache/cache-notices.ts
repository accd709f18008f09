import { sql, type Transaction } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";

/**
 * PostgreSQL's LISTEN/NOTIFY channel on which a node tells the others which cache keys a change
 * touched, so each drops exactly those answers at once. SQLite is one node and needs none.
 */
const CHANNEL = "dateline_cache_keys";
/** Stands for "every key": a change touching more than a notice can carry drops everything. */
export const EVERY_KEY = "*";
/** PostgreSQL refuses a payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900;

/** What a notice carries: the keys, and which node sent it (which has dropped them already). */
export interface CacheNotice {
  from: string;
  keys: string[];
}

/**
 * Tells every listening node that `keys` changed. Call inside the writing transaction:
 * PostgreSQL delivers the notice when it commits, and never if it rolls back.
 */
export async function noticeKeys(trx: Transaction<Database>, notice: CacheNotice): Promise<void> {
  if (dialectOf(trx) !== "postgres" || notice.keys.length === 0) return;
  let payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES)
    payload = JSON.stringify({ ...notice, keys: [EVERY_KEY] });
  await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(trx);
}

export interface CacheNoticeHandlers {
  /** Keys a node changed; its own notices come back too. */
  onNotice(notice: CacheNotice): void;
  /** Listening (again): notices sent while it was not were lost. */
  onListening(): void;
  /** The connection broke; notices may be missed until `onListening`. */
  onDeaf(): void;
}

export interface CacheNoticeListener {
  close(): Promise<void>;
}

/** How long to wait before reconnecting after the listening connection broke, doubling to a cap. */
const RECONNECT_MS = { first: 100, max: 10_000 };

/**
 * Hears every node's cache notices on a connection of its own (a pooled one cannot hold LISTEN).
 * A broken connection is reopened with back-off.
 */
export async function listenForCacheNotices(
  databaseUrl: string,
  handlers: CacheNoticeHandlers,
  logger: Logger,
): Promise<CacheNoticeListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    next.on("notification", (message) => handlers.onNotice(readNotice(message.payload, logger)));
    next.on("error", (error) => {
      logger.warn({ err: error }, "lost the cache notice listener's connection; reconnecting");
      reconnect(next);
    });
    next.on("end", () => reconnect(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
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
        logger.warn({ err: error }, "could not reopen the cache notice listener");
        delay = Math.min(delay * 2, RECONNECT_MS.max);
        if (client) reconnect(client);
      });
    }, delay);
    retry.unref();
  };

  await connect().catch((error: unknown) => {
    logger.warn({ err: error }, "could not open the cache notice listener; retrying");
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

const NoticeSchema = z.object({ from: z.string(), keys: z.array(z.string()) });

/** A payload this code did not write (another program on the channel) drops everything, to be safe. */
function readNotice(payload: string | undefined, logger: Logger): CacheNotice {
  try {
    const notice = NoticeSchema.safeParse(JSON.parse(payload ?? ""));
    if (notice.success) return notice.data;
  } catch {
    // Reported below.
  }
  logger.warn({ payload: payload?.slice(0, 200) }, "unreadable cache notice; dropping every cached answer");
  return { from: "", keys: [EVERY_KEY] };
}
