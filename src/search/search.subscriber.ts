import { isArticleEvent } from "../events/domain-events.ts";
import type { Subscriber } from "../events/write-path.ts";
import { indexImported, keepSearchInStep } from "./search-events.ts";

/**
 * Search and related stories follow published stories. Indexing runs after commit; taking a
 * deleted story out runs inside the deletion, because the story's index rows go with it and the
 * term counts can only be corrected while its terms are still there.
 */
export const searchSubscriber: Subscriber = {
  name: "search",
  events: [
    "article.published",
    "article.updated",
    "article.unpublished",
    "article.deleted",
    "tag.changed",
    "articles.imported",
  ],
  async inTransaction(trx, event, now) {
    if (isArticleEvent(event) && event.type === "article.deleted")
      await keepSearchInStep(trx, event.article.id, now, "deleting");
  },
  async afterCommit(trx, event, now) {
    if (isArticleEvent(event) && event.type !== "article.deleted")
      await keepSearchInStep(trx, event.article.id, now, "saved");
    // Tag names are searched with the story: a renamed, merged or deleted tag changes what matches.
    if (event.type === "tag.changed")
      for (const id of event.articleIds) await keepSearchInStep(trx, id, now, "saved");
    if (event.type === "articles.imported") await indexImported(trx, event.articleIds, now);
  },
};
