import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { planVariants, writeVariants } from "./image-store.ts";
import { findMediaRow, lockMediaRow, replaceVariants, unreferencedFiles } from "./media-admin.queries.ts";
import { cropOfRow, croppedSize, cropTag, sameCrop } from "./media-crop.ts";
import type { MediaStorage } from "./media-storage.ts";

export const MEDIA_VARIANTS_JOB = "media.variants";

interface VariantsDeps {
  db: Kysely<Database>;
  writes: WritePath;
  media: MediaStorage;
}

/** Every format a newsroom upload gets, smallest files first. */
const UPLOAD_VARIANT_FORMATS = ["avif", "webp", "jpeg"] as const;

/**
 * Resizes an uploaded original, cut to its crop, into AVIF, WebP and JPEG variants. It runs in the
 * background because AVIF encoding takes seconds; until it finishes, pages show the original (or,
 * after a new crop, the previous variants).
 */
export function mediaVariantsJob(deps: VariantsDeps) {
  return defineJob({
    kind: MEDIA_VARIANTS_JOB,
    payload: z.object({ mediaId: z.number().int().positive() }),
    maxAttempts: 3,
    run: ({ mediaId }) => makeVariants(deps, mediaId),
  });
}

async function makeVariants(deps: VariantsDeps, mediaId: number) {
  const media = await findMediaRow(deps.db, mediaId);
  // The picture may have been deleted while the job waited; nothing is left to do.
  if (!media) return;
  const original = await deps.media.read(media.file_name);
  // The upload stores the original before its row and job commit, so a missing one is an error.
  if (!original) throw new Error(`the original of picture ${mediaId} (${media.file_name}) is not stored`);
  const baseName = media.file_name.replace(/\.[^./]+$/, "");
  // A runner that died while writing this picture left hidden temporary files; nobody renames them now.
  await deps.media.clearAbandonedWrites(baseName);
  const crop = cropOfRow(media);
  const size = croppedSize(crop, media.width, media.height);
  const variants = planVariants(baseName + cropTag(crop), size.width, size.height, UPLOAD_VARIANT_FORMATS);
  await writeVariants(deps.media, original, variants, crop);
  const outcome = await deps.writes.run(async (uow) => {
    const now = await lockMediaRow(uow.trx, mediaId);
    // The crop changed (or the photo went) while these were made: the job that change queued
    // makes the right ones, and these must not replace variants that match what stands.
    if (!now || !sameCrop(cropOfRow(now), crop))
      return { kept: false, unwanted: variants.map((v) => v.file_name) };
    const replaced = await replaceVariants(uow.trx, mediaId, variants, size);
    // Cached pages built with the original or the old crop rebuild with these variants.
    await uow.record({ type: "media.changed", mediaId });
    return { kept: true, unwanted: replaced };
  });
  // Only after the new rows are committed, and only files no other photo (or crop) still names.
  await deps.media.remove(await unreferencedFiles(deps.db, outcome.unwanted));
  // A job for an earlier crop of the same name (A, then B, then A again) may have removed these
  // files between our write and our commit, when nothing named them; failing makes the retry write them again.
  if (outcome.kept && !(await deps.media.hasAll(variants.map((v) => v.file_name)))) {
    throw new Error(
      `the variants of picture ${mediaId} were removed while they were committed; writing them again`,
    );
  }
}
