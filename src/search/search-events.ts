import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import {
  RELATED_REFRESH_BATCH,
  RELATED_REFRESH_JOB,
  type RelatedRefreshPayload,
} from "./related/related.job.ts";
import { refreshRelated, storeRelated, storiesListing } from "./related/related-stories.ts";
import { removeFromIndex, syncArticleIndex } from "./search-index.ts";

/**
 * Keeps search and related stories in step with a change to a story (the search subscriber calls
 * it when the story's event is dispatched): the next search sees the change, and the story's own
 * related stories are computed from the text just analysed for the index, so its page pays
 * nothing for them. Other stories whose lists may change (those that list it, and those it now
 * resembles) are refreshed by a background job. A story being deleted is called with
 * `deleting`, inside the deletion, before the row goes.
 */
export async function keepSearchInStep(
  trx: Transaction<Database>,
  articleId: number,
  now: Date,
  change: "saved" | "deleting",
): Promise<void> {
  const listing = await storiesListing(trx, articleId);
  let resembling: number[] = [];
  if (change === "deleting") await removeFromIndex(trx, [articleId]);
  else {
    const indexed = await syncArticleIndex(trx, articleId);
    if (indexed) resembling = await refreshRelated(trx, articleId, now.toISOString(), indexed);
    else await storeRelated(trx, articleId, []);
  }
  const affected = [...new Set([...listing, ...resembling])].filter((id) => id !== articleId);
  for (let i = 0; i < affected.length; i += RELATED_REFRESH_BATCH) {
    await enqueueJob(trx, {
      kind: RELATED_REFRESH_JOB,
      payload: { articleIds: affected.slice(i, i + RELATED_REFRESH_BATCH) } satisfies RelatedRefreshPayload,
      runAt: now,
      now,
    });
  }
}

/**
 * Indexes stories an import wrote and leaves their related stories to background jobs. Computed as
 * each batch lands, an archive's early stories would be ranked against a fraction of it and then
 * again as it grew, a cost that grows with the square of the archive; a job computes each once,
 * against what is there when it runs (after the import, when no server runs during it).
 */
export async function indexImported(
  trx: Transaction<Database>,
  articleIds: readonly number[],
  now: Date,
): Promise<void> {
  for (const id of articleIds) await syncArticleIndex(trx, id);
  for (let i = 0; i < articleIds.length; i += RELATED_REFRESH_BATCH) {
    await enqueueJob(trx, {
      kind: RELATED_REFRESH_JOB,
      payload: { articleIds: articleIds.slice(i, i + RELATED_REFRESH_BATCH) } satisfies RelatedRefreshPayload,
      runAt: now,
      now,
    });
  }
}
