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
 * Every change readers can see, as the write that made it records it. Followers (search, related
 * stories, webhooks, page caches) subscribe to these instead of being called by the writer.
 */
export type DomainEvent =
  | { type: ArticleEventType; article: ArticleRef }
  | { type: "media.changed"; mediaId: number }
  | { type: "taxonomy.changed"; kind: "section" | "tag" | "author"; id: number }
  | { type: "related-pins.changed"; articleId: number }
  | { type: "front-page.changed"; edition: string }
  | { type: "related.refreshed"; articleIds: number[] };

export type DomainEventType = DomainEvent["type"];

export type EventOf<K extends DomainEventType> = Extract<DomainEvent, { type: K }>;
