import type { User } from "../accounts/user.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import { assertMayChangeMedia, getMedia, recordMediaEdit } from "./media.service.ts";
import { lockMediaRow, type MediaRecord, updateMediaCrop } from "./media-admin.queries.ts";
import {
  type Crop,
  cropIssues,
  cropOfRow,
  effectiveCrop,
  type FocalPoint,
  focalPointOfRow,
  sameCrop,
} from "./media-crop.ts";
import { MEDIA_VARIANTS_JOB } from "./variants.job.ts";

/**
 * Sets a photo's crop and focal point, with the same rights as editing its texts. A new crop
 * queues the variants job in the same transaction; until it has run, pages keep the old variants
 * at their own size. The row is locked first, so of two editors saving at once one wins whole,
 * and the job queued last cuts the crop that stands. Audited when stories or bylines show it.
 */
export async function cropMedia(
  writes: WritePath,
  id: number,
  change: { crop: Crop | null; focalPoint: FocalPoint | null },
  ctx: { user: User; ip: string | null; now: Date },
): Promise<MediaRecord> {
  await writes.run(async (uow) => {
    const row = await lockMediaRow(uow.trx, id);
    if (!row) throw new AppError("NOT_FOUND", `There is no picture ${id}.`);
    const users = await assertMayChangeMedia(uow.trx, ctx.user, id);
    const issues = change.crop ? cropIssues(change.crop, row.width, row.height) : [];
    if (issues.length > 0) {
      const errors = issues.map((i) => ({ path: `body.${i.path}`, message: i.message }));
      const summary = errors.map((e) => `${e.path}: ${e.message}`).join("; ");
      throw new AppError("UNPROCESSABLE", summary, { extra: { errors } });
    }
    const crop = effectiveCrop(change.crop, row.width, row.height);
    await updateMediaCrop(uow.trx, id, crop, change.focalPoint);
    if (!sameCrop(cropOfRow(row), crop))
      await enqueueJob(uow.trx, {
        kind: MEDIA_VARIANTS_JOB,
        payload: { mediaId: id },
        runAt: ctx.now,
        now: ctx.now,
      });
    if (users.shown)
      await recordMediaEdit(
        uow.trx,
        id,
        users,
        {
          before: { crop: cropOfRow(row), focalPoint: focalPointOfRow(row) },
          after: { crop, focalPoint: change.focalPoint },
        },
        ctx,
      );
    // Focal points show at once; a new crop shows when its variants are made (the job records it again).
    await uow.record({ type: "media.changed", mediaId: id });
  });
  return getMedia(writes.db, id);
}
