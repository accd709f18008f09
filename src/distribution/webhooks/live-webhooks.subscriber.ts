import type { Transaction } from "kysely";
import { anyEditionSummariesByIds } from "../../content/article.queries.ts";
import { summaryPath } from "../../content/content.ts";
import type { Database } from "../../db/database.ts";
import type { EventOf } from "../../events/domain-events.ts";
import type { Subscriber } from "../../events/write-path.ts";
import {
  entryPages,
  entryPath,
  entryTitle,
  findEntryOrTombstone,
  readCoverage,
} from "../../live/live-entries.public.ts";
import {
  type EntryRef,
  type LiveWebhookEvent,
  queueDeliveries,
  type WebhookDetails,
} from "./webhook-events.ts";

type Trx = Transaction<Database>;

/**
 * Partners hear of a live blog's entries and coverage once each, after the change has committed,
 * and only while readers may see the story: entries on a draft or an embargoed story stay inside.
 */
export const liveWebhooksSubscriber: Subscriber = {
  name: "webhooks-live",
  events: ["live.entry", "live.coverage"],
  async afterCommit(trx, event, now) {
    if (event.type === "live.entry") {
      await queueDeliveries(trx, `live.entry.${event.action}`, () => describeEntry(trx, event, now), now);
    } else if (event.type === "live.coverage") {
      const name: LiveWebhookEvent = event.ended ? "live.coverage.ended" : "live.coverage.reopened";
      await queueDeliveries(trx, name, () => describeCoverage(trx, event.articleId, now), now);
    }
  },
};

/** The story as a delivery names it, if readers may see it now. */
async function readableStory(trx: Trx, articleId: number, now: Date) {
  const [story] = await anyEditionSummariesByIds(trx, [articleId], now.toISOString());
  if (!story) return undefined;
  const path = summaryPath(story);
  return { path, ref: { id: story.id, edition: story.edition, headline: story.headline, url: path } };
}

async function describeEntry(
  trx: Trx,
  event: EventOf<"live.entry">,
  now: Date,
): Promise<WebhookDetails | undefined> {
  const story = await readableStory(trx, event.articleId, now);
  if (!story) return undefined;
  const found = await findEntryOrTombstone(trx, event.articleId, event.entryId);
  if (!found) return undefined;
  let entry: EntryRef;
  if ("entry" in found) {
    const page = (await entryPages(trx, event.articleId)).get(event.entryId);
    entry = {
      id: event.entryId,
      url: entryPath(story.path, event.entryId, page),
      headline: entryTitle(found.entry),
      postedAt: found.entry.postedAt,
      editedAt: found.entry.editedAt,
      deletedAt: null,
    };
  } else {
    entry = {
      id: event.entryId,
      url: null,
      headline: null,
      postedAt: null,
      editedAt: null,
      deletedAt: found.deletedAt,
    };
  }
  return { article: story.ref, entry };
}

async function describeCoverage(trx: Trx, articleId: number, now: Date): Promise<WebhookDetails | undefined> {
  const story = await readableStory(trx, articleId, now);
  if (!story) return undefined;
  const { endedAt } = await readCoverage(trx, articleId);
  return { article: story.ref, coverage: { live: endedAt === null, endedAt } };
}
