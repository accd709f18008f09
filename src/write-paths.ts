import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { cacheSubscriber } from "./cache/cache.subscriber.ts";
import { cdnPurgeSubscriber } from "./cache/cdn-purge.ts";
import { NodeCache } from "./cache/node-cache.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config/load.ts";
import type { Database } from "./db/database.ts";
import { liveWebhooksSubscriber } from "./distribution/webhooks/live-webhooks.subscriber.ts";
import { webhooksSubscriber } from "./distribution/webhooks/webhooks.subscriber.ts";
import { type Subscriber, WritePath } from "./events/write-path.ts";
import { liveBlogFeedSubscriber } from "./live/live-blog-feed.ts";
import { createLiveFeeds, type LiveFeeds } from "./live-feeds.ts";
import { liveDeskFeedSubscriber, newsroomFeedSubscriber } from "./newsroom/live/newsroom-feed.ts";
import { notificationsSubscriber } from "./newsroom/notifications/notifications.subscriber.ts";
import { searchSubscriber } from "./search/search.subscriber.ts";
import { deskFeedSubscriber } from "./wire/desk-feed.ts";

/**
 * Who follows changes, in the order they run for each event: cached pages first, so a partner
 * told by a webhook already fetches the new page; then partners, as their wait is the one
 * measured; the CDN purge only when one is configured; readers' live blogs, the newsroom's live
 * lists and notifications last.
 */
export function subscribers(
  cache: NodeCache,
  config: Pick<Config, "cdnPurge">,
  feeds: LiveFeeds,
): Subscriber[] {
  return [
    cacheSubscriber(cache),
    webhooksSubscriber,
    liveWebhooksSubscriber,
    ...(config.cdnPurge ? [cdnPurgeSubscriber()] : []),
    searchSubscriber,
    liveBlogFeedSubscriber(feeds.liveBlogs),
    deskFeedSubscriber(feeds.desk),
    newsroomFeedSubscriber(feeds.newsroom),
    liveDeskFeedSubscriber(feeds.newsroom),
    notificationsSubscriber(feeds.newsroom),
  ];
}

/**
 * The composition root of the write path: once a follower's work commits, this process's cache
 * drops what it touched and its job runner acts at once (other nodes hear through PostgreSQL).
 */
export function createWritePath(deps: {
  db: Kysely<Database>;
  cache: NodeCache;
  config: Pick<Config, "cdnPurge">;
  /** This node's live readers; a write path without a server has its own. */
  feeds?: LiveFeeds;
  logger: Logger;
  now: Clock;
  wakeJobs: () => void;
}): WritePath {
  return new WritePath({
    db: deps.db,
    subscribers: subscribers(deps.cache, deps.config, deps.feeds ?? createLiveFeeds()),
    now: deps.now,
    logger: deps.logger,
    afterDispatch: () => {
      deps.cache.flush();
      deps.wakeJobs();
    },
  });
}

/**
 * The write path of a command (an import): followers run in the command's own process, so search
 * and related stories are ready when it ends. On PostgreSQL the keys it touched reach every
 * server's cache; a server on the same SQLite file hears nothing and serves what it had cached
 * until it expires (at most an hour) or restarts. Jobs the writes queue wait for a server's runner.
 */
export function commandWritePath(deps: {
  db: Kysely<Database>;
  config: Pick<Config, "cdnPurge">;
  logger: Logger;
  now: Clock;
}): WritePath {
  return createWritePath({ ...deps, cache: new NodeCache(deps.config), wakeJobs: () => undefined });
}
