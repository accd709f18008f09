/** What a story event tells about the story; `url` is its public path, made absolute by whoever sends it. */
export interface ArticleRef {
  id: number;
  edition: string;
  headline: string;
  url: string | null;
}

export const ARTICLE_EVENTS = [
  "article.published",
  "article.updated",
  "article.unpublished",
  "article.deleted",
] as const;

export type ArticleEventType = (typeof ARTICLE_EVENTS)[number];

export interface ArticleEvent {
  type: ArticleEventType;
  article: ArticleRef;
  /** The cache keys the change touched (content/article-cache-keys.ts), named by the write that knows them. */
  keys: string[];
}

/**
 * A story as the newsroom's lists show it, after any write (a draft's save or a move as much as
 * a publication): `status` is "deleted" once it is gone. Only the newsroom follows it.
 */
export interface StoryChange {
  id: number;
  edition: string;
  status: string;
  version: number;
  /** Who created the story: a contributor is told only of their own. */
  ownerId: number | null;
  /** Who made the change; null for the scheduled-publication job. */
  byUserId: number | null;
  /** The workflow move that made it (`submit`, `return`, `publish`…), when a move did. */
  move?: string;
}

/** A note written on a story (never public); `mentions` are the users it names. */
export interface StoryNote {
  id: number;
  articleId: number;
  authorId: number;
  mentions: number[];
}

/**
 * A change readers can see, as the write that made it records it. Followers (search, related
 * stories, webhooks, page caches) subscribe to these instead of being called by the writer;
 * every dispatched event marks cached pages stale.
 */
export type DomainEvent =
  | ArticleEvent
  | { type: "media.changed"; mediaId: number }
  | { type: "section.changed" | "author.changed"; key: string }
  | { type: "front-page.changed"; edition: string }
  | { type: "tag.added"; edition: string }
  /** A tag renamed, merged into another or deleted: its pages, and the stories that carried it. */
  | { type: "tag.changed"; edition: string; tagIds: number[]; articleIds: number[] }
  | { type: "related.changed"; articleIds: number[] }
  /** A static page created or changed (src/pages): its own page, and the edition's list of pages. */
  | { type: "static-page.changed"; edition: string; pageId: number }
  /**
   * Stories an import wrote in one transaction (src/importers). One event for the batch, and not a
   * story event: an archive of thousands must not reach partners' webhooks as fresh news.
   */
  | { type: "articles.imported"; edition: string; articleIds: number[] }
  | { type: "day.changed"; day: string }
  /** An edition's breaking-news banner set, replaced, cleared or ended (src/breaking): every page of it shows it. */
  | { type: "breaking.changed"; edition: string }
  | { type: "wire.item"; itemId: number; outcome: "new" | "updated" }
  | { type: "story.changed"; story: StoryChange }
  | { type: "story.noted"; note: StoryNote }
  /** An entry on a live blog posted, corrected or removed (src/live): its story's page drops. */
  | { type: "live.entry"; articleId: number; entryId: number; action: "posted" | "edited" | "deleted" }
  /** A live blog's coverage ended or reopened: its Live/Ended label changes. */
  | { type: "live.coverage"; articleId: number; ended: boolean }
  /**
   * An entry sent to the desk of its live blog's translation (`opened`), or translated there
   * (`done`): the newsroom's alone, for telling the other edition's desk.
   */
  | {
      type: "live.translation-task";
      taskId: number;
      articleId: number;
      sourceArticleId: number;
      edition: string;
      action: "opened" | "done";
    };

export function isArticleEvent(event: DomainEvent): event is ArticleEvent {
  return (ARTICLE_EVENTS as readonly string[]).includes(event.type);
}

export type DomainEventType = DomainEvent["type"];

export type EventOf<K extends DomainEventType> = Extract<DomainEvent, { type: K }>;
