import { isArticleEvent } from "../../events/domain-events.ts";
import type { Subscriber } from "../../events/write-path.ts";
import { queueArticleEvent, WEBHOOK_EVENTS } from "./webhook-events.ts";

/** Partners hear of every story event once, after the change has committed. */
export const webhooksSubscriber: Subscriber = {
  name: "webhooks",
  events: WEBHOOK_EVENTS,
  async afterCommit(trx, event, now) {
    if (isArticleEvent(event)) await queueArticleEvent(trx, event.type, event.article, now);
  },
};
