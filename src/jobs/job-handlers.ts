import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { breakingExpireJob } from "../breaking/breaking.job.ts";
import { cdnPurgeJob } from "../cache/cdn-purge.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config/load.ts";
import { publishScheduledJob } from "../content/article.jobs.ts";
import type { Database } from "../db/database.ts";
import { webhookDeliveryJob } from "../distribution/webhooks/webhook.job.ts";
import { WEBHOOK_DELIVER_JOB } from "../distribution/webhooks/webhook-events.ts";
import type { WritePath } from "../events/write-path.ts";
import { cleanStoredOriginalJob } from "../media/clean-stored-original.job.ts";
import type { MediaStorage } from "../media/media-storage.ts";
import { mediaVariantsJob } from "../media/variants.job.ts";
import { relatedRefreshJob } from "../search/related/related.job.ts";
import type { JobHandler } from "./job-runner.ts";

export interface JobDeps {
  db: Kysely<Database>;
  writes: WritePath;
  config: Config;
  media: MediaStorage;
  logger: Logger;
  now: Clock;
}

/** Webhook deliveries run in a lane of their own: a partner never waits behind a slow job. */
export const OWN_JOB_LANES = [[WEBHOOK_DELIVER_JOB]];

/** Every kind of background job the app runs; each feature contributes its own. */
export function jobHandlers(deps: JobDeps): JobHandler<unknown>[] {
  return [
    publishScheduledJob(deps.writes, deps.now),
    mediaVariantsJob(deps),
    cleanStoredOriginalJob(deps),
    webhookDeliveryJob(deps),
    relatedRefreshJob(deps.writes, deps.now),
    breakingExpireJob(deps.writes, deps.now),
    ...(deps.config.cdnPurge ? [cdnPurgeJob(deps.config.cdnPurge, deps.now)] : []),
  ];
}
