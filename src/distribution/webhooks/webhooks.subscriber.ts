import { ARTICLE_EVENTS, isArticleEvent } from "../../events/domain-events.ts";
import type { Subscriber } from "../../events/write-path.ts";
import { queueDeliveries } from "./webhook-events.ts";

/** Partners hear of every story event once, after the change has committed. */
export const webhooksSubscriber: Subscriber = {
  name: "webhooks",
  events: ARTICLE_EVENTS,
  async afterCommit(trx, event, now) {
    if (!isArticleEvent(event)) return;
    const { id, edition, headline, url } = event.article;
    await queueDeliveries(trx, event.type, async () => ({ article: { id, edition, headline, url } }), now);
  },
};
