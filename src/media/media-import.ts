import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { type OutboundPolicy, resolveOutboundTarget } from "../http/address-guard.ts";
import { AppError } from "../http/app-error.ts";
import { getPinned } from "../http/pinned-get.ts";
import { uploadMedia } from "./media.service.ts";
import { MAX_UPLOAD_BYTES } from "./media.ts";
import type { MediaRecord } from "./media-admin.queries.ts";
import type { MediaStorage } from "./media-storage.ts";
import { plainFileName } from "./media-upload.ts";

/** A picture host that has not answered in this time is not going to; the writer is waiting. */
const IMPORT_TIMEOUT_MS = 15_000;

export const photoImportPolicy = (allowedHosts: readonly string[]): OutboundPolicy => ({
  what: ["Picture import", "picture imports"],
  allowedHosts,
  allowListSetting: "MEDIA_IMPORT_ALLOWED_HOSTS",
});

/** What the newsroom sends to import a picture: its address, nothing else. */
export const MediaImportBody = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: "must be an http or https address" })
      .max(4096)
      .describe("where the picture is on the web"),
  })
  .strict();

/**
 * Why an import was refused, as the 422 problem's `reason`: the newsroom shows the writer a
 * reason in their own language, which the English `detail` cannot give. (Too large is the 413.)
 */
export type ImportRefusal = "address-refused" | "unreachable" | "not-a-picture";

export interface MediaImportDeps {
  db: Kysely<Database>;
  storage: MediaStorage;
  allowedHosts: readonly string[];
  now: Date;
}

/**
 * Brings a picture from the web into the photo library, as a paste from Word or Google Docs
 * names it, so the story never shows a picture from someone else's server (which can change
 * it, track readers with it, or take it down). Fetched through the outbound address guard, and
 * then checked and cleaned exactly as an upload is; nothing is stored unless all of that passes.
 */
export async function importMediaFromUrl(deps: MediaImportDeps, url: string): Promise<MediaRecord> {
  const target = await resolveOutboundTarget(url, photoImportPolicy(deps.allowedHosts)).catch(
    (error: unknown) => {
      throw error instanceof AppError ? withReason(error, "address-refused") : error;
    },
  );
  const answer = await getPinned({
    target,
    headers: { "user-agent": "Dateline-PictureImport/1", accept: "image/avif,image/webp,image/*" },
    timeoutMs: IMPORT_TIMEOUT_MS,
    maxBytes: MAX_UPLOAD_BYTES,
  }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "UNPROCESSABLE",
      `The picture at ${target.host} could not be fetched: ${reason(error)}.`,
      { cause: error, extra: { reason: "unreachable" satisfies ImportRefusal } },
    );
  });
  if (answer.status !== 200) {
    throw new AppError(
      "UNPROCESSABLE",
      `The picture's address answered HTTP ${answer.status}, not the picture.`,
      { extra: { reason: "unreachable" satisfies ImportRefusal } },
    );
  }
  try {
    return await uploadMedia(deps.db, {
      bytes: Buffer.from(answer.body),
      texts: { caption: "", credit: "", alt: "" },
      storage: deps.storage,
      now: deps.now,
      originalName: fileNameOf(target.url),
    });
  } catch (error) {
    // The writer sent an address, not a file: what is wrong is what the address leads to.
    if (error instanceof AppError && error.code === "UNSUPPORTED_MEDIA_TYPE") {
      throw new AppError("UNPROCESSABLE", `The address does not lead to a picture: ${error.message}`, {
        extra: { reason: "not-a-picture" satisfies ImportRefusal },
      });
    }
    throw error;
  }
}

function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").at(-1) ?? "";
  try {
    return plainFileName(decodeURIComponent(last));
  } catch {
    return plainFileName(last);
  }
}

/** The address guard's refusal, with the reason the newsroom translates. */
function withReason(error: AppError, why: ImportRefusal): AppError {
  return new AppError(error.code, error.message, {
    cause: error.cause,
    extra: { ...error.extra, reason: why },
    headers: error.headers,
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
