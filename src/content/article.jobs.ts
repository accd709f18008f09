import { z } from "zod";
import type { Clock } from "../clock.ts";
import type { WritePath } from "../events/write-path.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { PUBLISH_SCHEDULED_JOB, publishIfStillScheduled } from "./article-workflow.ts";

/** Publishes a scheduled story at its time; queued by the schedule move, so it survives restarts. */
export function publishScheduledJob(writes: WritePath, now: Clock) {
  return defineJob({
    kind: PUBLISH_SCHEDULED_JOB,
    payload: z.object({ articleId: z.number().int(), scheduledAt: z.string() }),
    maxAttempts: 5,
    async run({ articleId, scheduledAt }) {
      await publishIfStillScheduled(writes, articleId, scheduledAt, now());
    },
  });
}
