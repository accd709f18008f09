import type { Kysely } from "kysely";
import sharp from "sharp";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { defineJob } from "../jobs/job-runner.ts";
import { cleanOriginal } from "./clean-original.ts";
import { UPLOAD_FORMATS, type UploadFormat } from "./media.ts";
import { findMediaRow } from "./media-admin.queries.ts";
import type { MediaStorage } from "./media-storage.ts";

/** Queued once per picture by the 2026-12-03-04-media-clean-originals migration; frozen name. */
export const MEDIA_CLEAN_ORIGINAL_JOB = "media.clean-original";

interface CleanDeps {
  db: Kysely<Database>;
  media: MediaStorage;
}

/**
 * Rewrites in place, clean (see clean-original.ts), an original stored before uploads were
 * cleaned, so it no longer serves the photographer's position. In place, because story bodies
 * link to it by its URL; browsers that cached the old bytes keep them, which no server can undo.
 */
export function cleanStoredOriginalJob(deps: CleanDeps) {
  return defineJob({
    kind: MEDIA_CLEAN_ORIGINAL_JOB,
    payload: z.object({ mediaId: z.number().int().positive() }),
    maxAttempts: 3,
    run: ({ mediaId }) => cleanStoredOriginal(deps, mediaId),
  });
}

async function cleanStoredOriginal(deps: CleanDeps, mediaId: number): Promise<void> {
  const media = await findMediaRow(deps.db, mediaId);
  const format = media && formatOfMime(media.mime);
  if (!media || !format) return;
  const bytes = await deps.media.read(media.file_name);
  // A file already gone serves nothing to anyone.
  if (!bytes) return;
  // Demo pictures and uploads stored since carry nothing; leaving them spares a lossy re-encode.
  const meta = await sharp(bytes).metadata();
  if (!meta.exif && !meta.xmp && !meta.iptc && !meta.comments?.length) return;
  await deps.media.write(media.file_name, (await cleanOriginal(bytes, format)).bytes);
}

function formatOfMime(mime: string): UploadFormat | undefined {
  const formats = Object.keys(UPLOAD_FORMATS) as UploadFormat[];
  return formats.find((format) => UPLOAD_FORMATS[format].mime === mime);
}
