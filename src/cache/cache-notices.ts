import type { Transaction } from "kysely";
import type { Logger } from "pino";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { type ChannelListener, listenOnChannel, notifyChannel } from "../db/pg-channel.ts";

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
  await notifyChannel(trx, CHANNEL, payload);
}

export interface CacheNoticeHandlers {
  /** Keys a node changed; its own notices come back too. */
  onNotice(notice: CacheNotice): void;
  /** Listening (again): notices sent while it was not were lost. */
  onListening(): void;
  /** The connection broke; notices may be missed until `onListening`. */
  onDeaf(): void;
}

export type CacheNoticeListener = ChannelListener;

/** Hears every node's cache notices (see db/pg-channel.ts); a broken connection is reopened. */
export function listenForCacheNotices(
  databaseUrl: string,
  handlers: CacheNoticeHandlers,
  logger: Logger,
): Promise<CacheNoticeListener> {
  return listenOnChannel(
    databaseUrl,
    CHANNEL,
    {
      onMessage: (payload) => handlers.onNotice(readNotice(payload, logger)),
      onListening: handlers.onListening,
      onDeaf: handlers.onDeaf,
    },
    logger,
  );
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
