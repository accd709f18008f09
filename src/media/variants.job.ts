import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { planVariants, writeVariants } from "./image-store.ts";
import { findMediaRow, replaceVariants } from "./media-admin.queries.ts";
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
 * Resizes an uploaded original into AVIF, WebP and JPEG variants. It runs in the background
 * because AVIF encoding takes seconds; until it finishes, pages show the original.
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
  const variants = planVariants(baseName, media.width, media.height, UPLOAD_VARIANT_FORMATS);
  await writeVariants(deps.media, original, variants);
  await deps.writes.run(async (uow) => {
    await replaceVariants(uow.trx, mediaId, variants);
    // Cached pages built with the original now rebuild with the responsive variants.
    await uow.record({ type: "media.changed", mediaId });
  });
}
