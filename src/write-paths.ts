import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "./clock.ts";
import { bumpContentVersion } from "./content/content.writes.ts";
import { noticeContentChange } from "./content/content-change-notices.ts";
import type { ContentVersionWatcher } from "./content/content-version.ts";
import type { Database } from "./db/database.ts";
import { webhooksSubscriber } from "./distribution/webhooks/webhooks.subscriber.ts";
import { type Subscriber, WritePath } from "./events/write-path.ts";
import { searchSubscriber } from "./search/search.subscriber.ts";

/** Who follows changes, in the order they run for each event: partners first, as their wait is the one measured. */
export const SUBSCRIBERS: readonly Subscriber[] = [webhooksSubscriber, searchSubscriber];

/**
 * The composition root of the write path: every dispatched event marks all nodes' cached pages
 * stale (the content version, and on PostgreSQL a notice that other nodes hear at commit) and, once
 * dispatched, this process's cache and job runner act at once.
 */
export function createWritePath(deps: {
  db: Kysely<Database>;
  contentVersion: ContentVersionWatcher;
  logger: Logger;
  now: Clock;
  wakeJobs: () => void;
}): WritePath {
  return new WritePath({
    db: deps.db,
    subscribers: SUBSCRIBERS,
    now: deps.now,
    logger: deps.logger,
    markStale: async (trx) => {
      await bumpContentVersion(trx);
      await noticeContentChange(trx);
    },
    afterDispatch: () => {
      deps.contentVersion.invalidate();
      deps.wakeJobs();
    },
  });
}
