import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../../clock.ts";
import { bumpContentVersion } from "../../content/content.writes.ts";
import type { Database } from "../../db/database.ts";
import { defineJob } from "../../jobs/job-runner.ts";
import { refreshRelated } from "./related-stories.ts";

export const RELATED_REFRESH_JOB = "related.refresh";

/** Stories per job: a job is one transaction, so it must stay short. */
export const RELATED_REFRESH_BATCH = 50;

const Payload = z.object({ articleIds: z.array(z.number().int()).max(RELATED_REFRESH_BATCH) });
export type RelatedRefreshPayload = z.infer<typeof Payload>;

/** Recomputes the related stories of stories another story's change may have altered. */
export function relatedRefreshJob(db: Kysely<Database>, onChanged: () => void, clock: Clock) {
  return defineJob({
    kind: RELATED_REFRESH_JOB,
    payload: Payload,
    maxAttempts: 3,
    async run({ articleIds }) {
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const id of articleIds) await refreshRelated(trx, id, now);
        await bumpContentVersion(trx);
      });
      onChanged();
    },
  });
}
