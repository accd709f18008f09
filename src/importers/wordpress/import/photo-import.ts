import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../../db/database.ts";
import { getMedia, recordUpload, storeUpload } from "../../../media/media.service.ts";
import type { MediaStorage } from "../../../media/media-storage.ts";
import { claimLedgerKey, ledgerEntry } from "../../import-ledger.ts";
import type { LibraryPhoto } from "../content/place-images.ts";
import type { AttachmentInfo } from "./export-index.ts";
import { uploadedFile, uploadsPath } from "./uploads-folder.ts";

/** A picture a post shows: an attachment, or only an address written into the text. */
export interface WantedPhoto {
  attachmentId: number | null;
  url: string;
  caption: string;
  alt: string;
  credit: string;
}

export type PhotoOutcome = "created" | "unchanged" | "remote" | "failed";

export interface PhotoResult {
  photo: LibraryPhoto | null;
  outcome: PhotoOutcome;
  /** Why a local file could not become a library photo. */
  failure?: string;
}

/**
 * Brings a post's pictures into the library from a local copy of `wp-content/uploads`, once each:
 * the ledger remembers every picture made (by attachment id, or by file for a bare address), so a
 * re-run or another post showing it reuses the photo. Without the folder, or without the file in
 * it, the picture stays at its old address and the report lists it.
 */
export class PhotoImporter {
  /** Each picture's result, kept from its first request on, so parallel requests share one import. */
  #known = new Map<string, Promise<PhotoResult>>();

  constructor(
    private readonly deps: {
      db: Kysely<Database>;
      storage: MediaStorage;
      source: string;
      uploadsDir: string | null;
      dryRun: boolean;
      now: () => Date;
    },
  ) {}

  /** Whether the picture has a local file: what a dry run can know, and what the story's hash takes in. */
  isLocal(wanted: WantedPhoto): boolean {
    return this.#localFile(wanted) !== null;
  }

  /**
   * The library photo for a picture. The first request brings it in; later ones (another post, or
   * the attachment's own item) are "unchanged", except that the attachment's item counts as the
   * one that made it when a post brought it in earlier in this run.
   */
  async photoFor(wanted: WantedPhoto, options: { attachmentItem?: boolean } = {}): Promise<PhotoResult> {
    const key = this.#keyOf(wanted);
    if (!key) return { photo: null, outcome: "remote" };
    const known = this.#known.get(key);
    if (!known) {
      const brought = this.#bring(key, wanted);
      this.#known.set(key, brought);
      return brought;
    }
    const result = await known;
    if (!result.photo || (options.attachmentItem && result.outcome === "created")) return result;
    return { ...result, outcome: "unchanged" };
  }

  #keyOf(wanted: WantedPhoto): string | null {
    if (wanted.attachmentId !== null) return `attachment:${wanted.attachmentId}`;
    const path = uploadsPath(wanted.url);
    return path ? `upload:${path}` : null;
  }

  #localFile(wanted: WantedPhoto): string | null {
    return this.deps.uploadsDir && wanted.url ? uploadedFile(this.deps.uploadsDir, wanted.url) : null;
  }

  async #bring(key: string, wanted: WantedPhoto): Promise<PhotoResult> {
    const { db, source } = this.deps;
    const entry = await ledgerEntry(db, source, key);
    if (entry) return { photo: await this.#libraryPhoto(entry.target_id), outcome: "unchanged" };
    const file = this.#localFile(wanted);
    if (!file) return { photo: null, outcome: "remote" };
    if (this.deps.dryRun) return { photo: null, outcome: "created" };
    let stored: Awaited<ReturnType<typeof storeUpload>>;
    try {
      stored = await storeUpload(await readFile(file), this.deps.storage);
    } catch (error) {
      return { photo: null, outcome: "failed", failure: (error as Error).message };
    }
    const now = this.deps.now();
    const mediaId = await db
      .transaction()
      .execute(async (trx) => {
        const id = await recordUpload(trx, stored, { ...texts(wanted), originalName: basename(file) }, now);
        if (await claimLedgerKey(trx, source, key, mediaEntry(id), now)) return id;
        // Another import brought it in meanwhile: this row goes, theirs is used.
        throw new PhotoRaced();
      })
      .catch(async (error: unknown) => {
        if (!(error instanceof PhotoRaced)) throw error;
        const theirs = await ledgerEntry(db, source, key);
        if (!theirs) throw error;
        return theirs.target_id;
      });
    return { photo: await this.#libraryPhoto(mediaId), outcome: "created" };
  }

  async #libraryPhoto(mediaId: number): Promise<LibraryPhoto | null> {
    try {
      const record = await getMedia(this.deps.db, mediaId);
      return { mediaId, src: record.url };
    } catch {
      // Deleted from the library since an earlier import: the post shows its old address.
      return null;
    }
  }
}

class PhotoRaced extends Error {}

function texts(wanted: WantedPhoto) {
  return {
    caption: wanted.caption.slice(0, 1000),
    alt: wanted.alt.slice(0, 500),
    credit: wanted.credit.slice(0, 200),
  };
}

function mediaEntry(id: number) {
  return { target_kind: "media" as const, target_id: id, content_hash: "", target_version: null };
}

export function wantedFromAttachment(info: AttachmentInfo): WantedPhoto {
  return { attachmentId: info.id, url: info.url, caption: info.caption, alt: info.alt, credit: info.credit };
}
