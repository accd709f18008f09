import { z } from "zod";
import type { Clock } from "../clock.ts";
import type { WritePath } from "../events/write-path.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { BREAKING_EXPIRE_JOB, expireBanner } from "./breaking.service.ts";

/** Takes a banner down at its end time; queued when it is set, so it survives restarts. */
export function breakingExpireJob(writes: WritePath, now: Clock) {
  return defineJob({
    kind: BREAKING_EXPIRE_JOB,
    payload: z.object({ edition: z.string(), setAt: z.string(), endsAt: z.string() }),
    maxAttempts: 5,
    async run(queued) {
      await expireBanner(writes, queued, now());
    },
  });
}
