import type { Logger } from "pino";
import type { ChannelListener } from "./db/pg-channel.ts";
import { createLiveBlogFeed, type LiveBlogFeed } from "./live/live-blog-feed.ts";
import { createNewsroomFeed, type NewsroomFeed } from "./newsroom/live/newsroom-feed.ts";
import { createDeskFeed, type DeskFeed } from "./wire/desk-feed.ts";

/** This node's live readers: the wire desk's, the newsroom's and the live blogs' open event streams. */
export interface LiveFeeds {
  desk: DeskFeed;
  newsroom: NewsroomFeed;
  liveBlogs: LiveBlogFeed;
}

export function createLiveFeeds(): LiveFeeds {
  return { desk: createDeskFeed(), newsroom: createNewsroomFeed(), liveBlogs: createLiveBlogFeed() };
}

/** On PostgreSQL, every feed hears what every node tells it. */
export function hearAllNodes(
  feeds: LiveFeeds,
  databaseUrl: string,
  logger: Logger,
): Promise<ChannelListener[]> {
  return Promise.all([
    feeds.desk.hearAllNodes(databaseUrl, logger),
    feeds.newsroom.hearAllNodes(databaseUrl, logger),
    feeds.liveBlogs.hearAllNodes(databaseUrl, logger),
  ]);
}
