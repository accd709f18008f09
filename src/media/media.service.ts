import type { Kysely, Transaction } from "kysely";
import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import { assertAllowed } from "../content/article-permissions.ts";
import {
  authorsPortrayedByMedia,
  releasedStoriesUsingMedia,
  storiesUsingMedia,
} from "../content/media-usage.queries.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { startOfDayIn, startOfNextDayIn } from "../i18n/format.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import { checkUploadedImage } from "./image-check.ts";
import { storeOriginal } from "./image-store.ts";
import { insertMedia } from "./media.queries.ts";
import { encodeCursor } from "./media.schemas.ts";
import { UPLOAD_FORMATS } from "./media.ts";
import {
  deleteMediaRow,
  lockMediaRow,
  type MediaFilter,
  type MediaLocalization,
  type MediaRecord,
  type MediaTexts,
  mediaIdsPage,
  mediaRecords,
  updateMediaTexts,
  writeMediaLocalization,
} from "./media-admin.queries.ts";
import type { MediaStorage } from "./media-storage.ts";
import { MEDIA_VARIANTS_JOB } from "./variants.job.ts";

/** A checked picture whose cleaned original is in storage, waiting for its row. */
export interface StoredUpload {
  fileName: string;
  mime: string;
  width: number;
  height: number;
}

/**
 * Checks a picture's bytes and keeps its cleaned original (upright, without camera metadata).
 * The file is written before any row, so a row never points at a missing file; a file whose row
 * never commits is content-addressed and harmless.
 */
export async function storeUpload(bytes: Buffer, storage: MediaStorage): Promise<StoredUpload> {
  const image = await checkUploadedImage(bytes);
  const { extension, mime } = UPLOAD_FORMATS[image.format];
  const fileName = await storeOriginal(storage, image.bytes, extension);
  return { fileName, mime, width: image.width, height: image.height };
}

/** The library row of a stored upload and its variants job, in the caller's transaction. */
export async function recordUpload(
  trx: Transaction<Database>,
  stored: StoredUpload,
  texts: MediaTexts & { originalName?: string },
  now: Date,
): Promise<number> {
  const mediaId = await insertMedia(trx, {
    ...stored,
    ...texts,
    originalName: texts.originalName ?? "",
    variants: [],
    now: now.toISOString(),
  });
  await enqueueJob(trx, { kind: MEDIA_VARIANTS_JOB, payload: { mediaId }, runAt: now, now });
  return mediaId;
}

/**
 * Stores an uploaded picture: every check runs on the bytes before anything is written, then its
 * row and the variants job are committed together. The upload's own bytes are never written, so
 * nothing served, not even before the variants exist, carries where the photographer stood.
 */
export async function uploadMedia(
  db: Kysely<Database>,
  upload: { bytes: Buffer; texts: MediaTexts; storage: MediaStorage; now: Date; originalName?: string },
): Promise<MediaRecord> {
  const stored = await storeUpload(upload.bytes, upload.storage);
  const id = await db
    .transaction()
    .execute((trx) =>
      recordUpload(trx, stored, { ...upload.texts, originalName: upload.originalName }, upload.now),
    );
  return getMedia(db, id);
}

export async function getMedia(
  db: Kysely<Database> | Transaction<Database>,
  id: number,
): Promise<MediaRecord> {
  const [record] = await mediaRecords(db, [id]);
  if (!record) throw new AppError("NOT_FOUND", `There is no picture ${id}.`);
  return record;
}

/** Most words a library search takes; each is one more condition on every row. */
const MOST_SEARCH_WORDS = 8;

/** The library filter a query names: its words, and its days as instants in the newsroom's zone. */
export function mediaFilter(
  query: { q?: string | undefined; from?: string | undefined; to?: string | undefined },
  timeZone: string,
): MediaFilter {
  const words = (query.q ?? "").normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
  return {
    words: [...new Set(words)].slice(0, MOST_SEARCH_WORDS),
    ...(query.from ? { from: startOfDayIn(query.from, timeZone) } : {}),
    ...(query.to ? { before: startOfNextDayIn(query.to, timeZone) } : {}),
  };
}

/** Newest first, narrowed by the filter; a full page hands back a cursor for the next one. */
export async function listMedia(
  db: Kysely<Database>,
  page: { cursor?: number | undefined; limit: number; filter?: MediaFilter },
): Promise<{ items: MediaRecord[]; nextCursor: string | null }> {
  // One extra id tells whether another page exists without a count query.
  const ids = await mediaIdsPage(db, {
    beforeId: page.cursor,
    limit: page.limit + 1,
    ...(page.filter ? { filter: page.filter } : {}),
  });
  const pageIds = ids.slice(0, page.limit);
  const last = pageIds.at(-1);
  return {
    items: await mediaRecords(db, pageIds),
    nextCursor: ids.length > page.limit && last !== undefined ? encodeCursor(last) : null,
  };
}

/**
 * Deletes a photo nobody uses: a story of any status that shows it (lead, social or inline
 * photo) or a byline portrait refuses the deletion with 409 naming them, and nothing changes.
 * The row is locked first, so a story that names the photo while this runs either commits before
 * the check (and is seen) or waits and then finds the photo gone. The files go after the commit,
 * unless another photo shares them; the deletion is audited.
 */
export async function deleteMedia(
  writes: WritePath,
  storage: MediaStorage,
  id: number,
  ctx: { user: User; ip: string | null; now: Date },
): Promise<void> {
  const orphaned = await writes.run(async (uow) => {
    await lockMediaRow(uow.trx, id);
    const media = await getMedia(uow.trx, id);
    const stories = await storiesUsingMedia(uow.trx, id);
    const portraits = await authorsPortrayedByMedia(uow.trx, id);
    if (stories.length > 0 || portraits.length > 0) {
      const names = [...stories.map((s) => `"${s.headline}"`), ...portraits.map((p) => `the byline ${p}`)];
      throw new AppError("IN_USE", `This photo is in use, by ${names.join(", ")}; it was not deleted.`, {
        extra: {
          stories: stories.map((s) => ({
            id: s.id,
            headline: s.headline,
            edition: s.edition,
            status: s.status,
          })),
          portraits,
        },
      });
    }
    const files = await deleteMediaRow(uow.trx, id);
    await recordAudit(uow.trx, {
      action: "media.deleted",
      actorUserId: ctx.user.id,
      subjectType: "media",
      subjectId: id,
      details: { fileName: media.fileName, url: media.url, caption: media.caption, credit: media.credit },
      ip: ctx.ip,
      now: ctx.now.toISOString(),
    });
    await uow.record({ type: "media.changed", mediaId: id });
    return files;
  });
  await storage.remove(orphaned);
}

/**
 * Edits the texts; public pages show captions and credits, so the content version moves too.
 * A picture that published or scheduled stories show is part of each of them: changing it needs
 * the right to edit every one of those stories. A byline's portrait is the editors' to change, as
 * the byline is. Either change is audited.
 */
export async function editMediaTexts(
  writes: WritePath,
  id: number,
  change: Partial<MediaTexts> & { localizations?: MediaLocalization[] | undefined },
  ctx: { user: User; ip: string | null; now: Date; editions: readonly string[] },
): Promise<MediaRecord> {
  const { localizations = [], ...texts } = change;
  assertKnownEditions(localizations, ctx.editions);
  await getMedia(writes.db, id);
  await writes.run(async (uow) => {
    const users = await assertMayChangeMedia(uow.trx, ctx.user, id);
    const before = users.shown ? await getMedia(uow.trx, id) : undefined;
    await updateMediaTexts(uow.trx, id, texts);
    for (const text of localizations) await writeMediaLocalization(uow.trx, id, text);
    if (before) {
      const { caption, credit, alt } = before;
      const was = { caption, credit, alt, localizations: before.localizations };
      await recordMediaEdit(uow.trx, id, users, { before: was, after: change }, ctx);
    }
    await uow.record({ type: "media.changed", mediaId: id });
  });
  return getMedia(writes.db, id);
}

/**
 * A picture that published or scheduled stories show is part of each of them: changing it needs the
 * right to edit every one of those stories, and a byline's portrait is the editors' to change, as
 * the byline is. Answers who shows it, for the audit.
 */
export async function assertMayChangeMedia(trx: Transaction<Database>, user: User, id: number) {
  const stories = await releasedStoriesUsingMedia(trx, id);
  for (const story of stories) assertAllowed("edit", user, story);
  const portraits = await authorsPortrayedByMedia(trx, id);
  assertMayChangePortraits(user, portraits);
  return { stories, portraits, shown: stories.length > 0 || portraits.length > 0 };
}

/** Audits a change to a photo that stories or bylines show, naming them, with what it was and became. */
export async function recordMediaEdit(
  trx: Transaction<Database>,
  id: number,
  users: Awaited<ReturnType<typeof assertMayChangeMedia>>,
  change: { before: unknown; after: unknown },
  ctx: { user: User; ip: string | null; now: Date },
): Promise<void> {
  await recordAudit(trx, {
    action: "media.edited",
    actorUserId: ctx.user.id,
    subjectType: "media",
    subjectId: id,
    details: {
      stories: users.stories.map((s) => ({ id: s.id, headline: s.headline })),
      portraits: users.portraits,
      ...change,
    },
    ip: ctx.ip,
    now: ctx.now.toISOString(),
  });
}

/** The default edition's texts are the photo's own; other editions must exist. */
function assertKnownEditions(localizations: readonly MediaLocalization[], editions: readonly string[]): void {
  const [defaultEdition, ...others] = editions;
  const wrong = localizations.findIndex((l) => !others.includes(l.edition));
  if (wrong < 0) return;
  const edition = localizations[wrong]?.edition;
  const message =
    edition === defaultEdition
      ? `the ${edition} edition's texts are the photo's own caption and alt`
      : `there is no edition "${edition}"`;
  throw new AppError("UNPROCESSABLE", `localizations.${wrong}.edition: ${message}.`, {
    extra: { errors: [{ path: `body.localizations.${wrong}.edition`, message }] },
  });
}

function assertMayChangePortraits(user: User, portraits: readonly string[]): void {
  const [first] = portraits;
  if (first !== undefined && !roleAtLeast(user.role, "editor"))
    throw new AppError(
      "FORBIDDEN",
      `This picture is the portrait of the byline "${first}"; changing it needs an editor.`,
    );
}
