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

/**
 * A change readers can see, as the write that made it records it. Followers (search, related
 * stories, webhooks, page caches) subscribe to these instead of being called by the writer.
 * Stories only, so far: photo, taxonomy, front-page and pin writes still mark pages stale themselves.
 */
export type DomainEvent = { type: ArticleEventType; article: ArticleRef };

export type DomainEventType = DomainEvent["type"];

export type EventOf<K extends DomainEventType> = Extract<DomainEvent, { type: K }>;
