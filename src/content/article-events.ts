import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import {
  type ArticleRef,
  queueArticleEvent,
  type WebhookEvent,
} from "../distribution/webhooks/webhook-events.ts";
import { keepSearchInStep } from "../search/search-events.ts";

/**
 * Tells the features that follow stories about a change readers can see: search reindexes the
 * story and its related stories, webhooks queue a delivery. Call inside the change's transaction;
 * for a deletion, call before the row goes.
 */
export async function announceArticleChange(
  trx: Transaction<Database>,
  event: WebhookEvent,
  article: ArticleRef,
  now: Date,
): Promise<void> {
  await keepSearchInStep(trx, article.id, now, event === "article.deleted" ? "deleting" : "saved");
  await queueArticleEvent(trx, event, article, now);
}
