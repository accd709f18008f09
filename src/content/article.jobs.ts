import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { PUBLISH_SCHEDULED_JOB, publishIfStillScheduled } from "./article-workflow.ts";

/** Publishes a scheduled story at its time; queued by the schedule move, so it survives restarts. */
export function publishScheduledJob(db: Kysely<Database>, onPublished: () => void, now: Clock) {
  return defineJob({
    kind: PUBLISH_SCHEDULED_JOB,
    payload: z.object({ articleId: z.number().int(), scheduledAt: z.string() }),
    maxAttempts: 5,
    async run({ articleId, scheduledAt }) {
      if (await publishIfStillScheduled(db, articleId, scheduledAt, now())) onPublished();
    },
  });
}
