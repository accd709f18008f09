/**
 * The story vocabulary shared by storage, the newsroom, the site and its messages. It lives apart
 * from the table types so features that only name a kind or status (i18n, schemas) import no storage.
 */

export const ARTICLE_KINDS = ["news", "opinion", "analysis", "feature", "live"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_STATUSES = ["draft", "in_review", "scheduled", "published", "unpublished"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
