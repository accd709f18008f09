import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { resolveOutboundTarget } from "../http/address-guard.ts";
import { getPinned } from "../http/pinned-get.ts";
import { uploadMedia } from "../media/media.service.ts";
import { MAX_UPLOAD_BYTES } from "../media/media.ts";
import type { MediaStorage } from "../media/media-storage.ts";
import { wirePolicy } from "./intake/http-pull.ts";
import type { WirePicture } from "./wire-item.ts";

/** Pictures brought in with one story; an agency package may hold dozens. */
const MOST_PICTURES = 4;
const PICTURE_TIMEOUT_MS = 15_000;

export interface PictureDeps {
  db: Kysely<Database>;
  media: MediaStorage;
  allowedHosts: readonly string[];
}

export interface ImportedPictures {
  /** The photo library's ids, in the item's order. */
  mediaIds: number[];
  /** Why each picture that did not come in was left out. */
  failures: string[];
}

/**
 * Brings an item's pictures into the photo library, each checked and cleaned as an upload is,
 * with the agency's caption and credit (the item's credit when the picture names none). An address
 * is fetched through the outbound address guard, relative ones against the source's own address.
 * A picture that cannot be had is left out with the reason; the others still come.
 */
export async function importWirePictures(
  deps: PictureDeps,
  pictures: readonly WirePicture[],
  context: { credit: string; base: string | null; now: Date },
): Promise<ImportedPictures> {
  const results = await Promise.allSettled(
    pictures.slice(0, MOST_PICTURES).map(async (picture) => {
      const url = pictureAddress(picture, context.base);
      const target = await resolveOutboundTarget(url, wirePolicy(deps.allowedHosts));
      const answer = await getPinned({
        target,
        headers: { "user-agent": "Dateline-Wire/1", accept: "image/*" },
        timeoutMs: PICTURE_TIMEOUT_MS,
        maxBytes: MAX_UPLOAD_BYTES,
      });
      if (answer.status !== 200) throw new Error(`${url} answered HTTP ${answer.status}`);
      const stored = await uploadMedia(deps.db, {
        bytes: Buffer.from(answer.body),
        texts: {
          caption: picture.caption ?? "",
          credit: picture.credit ?? context.credit,
          alt: picture.altText ?? "",
        },
        storage: deps.media,
        now: context.now,
      });
      return stored.id;
    }),
  );
  const mediaIds: number[] = [];
  const failures: string[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") mediaIds.push(result.value);
    else failures.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
  }
  return { mediaIds, failures };
}

function pictureAddress(picture: WirePicture, base: string | null): string {
  const href = picture.href ?? picture.renditions[0]?.href;
  if (!href) throw new Error("the picture has no address");
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    throw new Error(`the picture's address "${href}" cannot be fetched from here`);
  }
}
