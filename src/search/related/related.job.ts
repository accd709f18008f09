import { z } from "zod";
import type { Clock } from "../../clock.ts";
import type { WritePath } from "../../events/write-path.ts";
import { defineJob } from "../../jobs/job-runner.ts";
import { listComputed } from "./related-pins.ts";
import { refreshRelated } from "./related-stories.ts";

export const RELATED_REFRESH_JOB = "related.refresh";

/** Stories per job: a job is one transaction, so it must stay short. */
export const RELATED_REFRESH_BATCH = 50;

const Payload = z.object({ articleIds: z.array(z.number().int()).max(RELATED_REFRESH_BATCH) });
export type RelatedRefreshPayload = z.infer<typeof Payload>;

/** Recomputes the related stories of stories another story's change may have altered. */
export function relatedRefreshJob(writes: WritePath, clock: Clock) {
  return defineJob({
    kind: RELATED_REFRESH_JOB,
    payload: Payload,
    maxAttempts: 3,
    async run({ articleIds }) {
      const now = clock().toISOString();
      await writes.run(async (uow) => {
        // Only stories whose list changed have pages to refresh; most refreshes change nothing.
        const changed: number[] = [];
        for (const id of articleIds) {
          const before = await listComputed(uow.trx, id);
          const after = await refreshRelated(uow.trx, id, now);
          if (before.join() !== after.join()) changed.push(id);
        }
        if (changed.length > 0) await uow.record({ type: "related.changed", articleIds: changed });
      });
    },
  });
}
