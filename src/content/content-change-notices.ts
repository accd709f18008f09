import { sql, type Transaction } from "kysely";
import pg from "pg";
import type { Logger } from "pino";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";

/**
 * PostgreSQL's LISTEN/NOTIFY channel on which a node tells the others that content changed, so
 * their cached pages go stale at once rather than at their next poll of the content version
 * (which stays the fallback for a notice lost while a listener reconnects). SQLite is one node.
 */
const CHANNEL = "dateline_content_changed";

/**
 * Tells every listening node that content changed. Call inside the writing transaction:
 * PostgreSQL delivers the notice when it commits, and never if it rolls back.
 */
export async function noticeContentChange(trx: Transaction<Database>): Promise<void> {
  if (dialectOf(trx) === "postgres") await sql`select pg_notify(${CHANNEL}, '')`.execute(trx);
}

export interface ContentChangeListener {
  close(): Promise<void>;
}

/** How long to wait before reconnecting after the listening connection broke, doubling to a cap. */
const RECONNECT_MS = { first: 100, max: 10_000 };

/**
 * Calls `onChange` whenever any node commits a content change, on a connection of its own (a
 * pooled one cannot hold LISTEN). A broken connection is reopened with back-off; `onChange` is
 * called after each reconnection too, since notices sent meanwhile were lost.
 */
export async function listenForContentChanges(
  databaseUrl: string,
  onChange: () => void,
  logger: Logger,
): Promise<ContentChangeListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    next.on("notification", () => onChange());
    next.on("error", (error) => {
      logger.warn({ err: error }, "lost the content-change listener's connection; reconnecting");
      reconnect(next);
    });
    next.on("end", () => reconnect(next));
    client = next;
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    delay = RECONNECT_MS.first;
  };

  const reconnect = (broken: pg.Client) => {
    if (closed || client !== broken || retry) return;
    client = undefined;
    void broken.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      connect()
        .then(onChange)
        .catch((error: unknown) => {
          logger.warn({ err: error }, "could not reopen the content-change listener");
          delay = Math.min(delay * 2, RECONNECT_MS.max);
          if (client) reconnect(client);
        });
    }, delay);
    retry.unref();
  };

  // Until it connects, pages follow other nodes' changes by polling alone.
  await connect().catch((error: unknown) => {
    logger.warn({ err: error }, "could not open the content-change listener; retrying");
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
