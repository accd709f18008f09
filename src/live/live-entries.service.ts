import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { getEditableArticle } from "../content/article.service.ts";
import type { EditableArticle } from "../content/article-editor.queries.ts";
import { assertReadable } from "../content/article-permissions.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { findEntry, type LiveEntry, type Q } from "./live-entry.ts";

export const ENTRY_HEADLINE_MAX = 200;

export interface EntryInput {
  headline?: string | null;
  bodyHtml: string;
  keyEvent?: boolean;
  pinned?: boolean;
}

export interface EntryPatch extends Partial<EntryInput> {
  version: number;
}

/** Authors and up post on any live story they may see; a contributor's own story is not theirs to run live. */
async function liveStoryFor(q: Q, articleId: number, user: User): Promise<EditableArticle> {
  const story = await getEditableArticle(q, articleId);
  assertReadable(user, story);
  if (!roleAtLeast(user.role, "author")) {
    throw new AppError("FORBIDDEN", `As ${user.role} you may not post on a live blog.`);
  }
  if (story.kind !== "live") {
    throw new AppError("UNPROCESSABLE", `Story ${articleId} is not a live blog (kind "live").`);
  }
  return story;
}

/** A correction or removal is the poster's, or any editor's. */
function assertMayChange(user: User, createdBy: number | null): void {
  if (!roleAtLeast(user.role, "editor") && createdBy !== user.id) {
    throw new AppError("FORBIDDEN", `As ${user.role} you may only change your own entries.`);
  }
}

function cleanHeadline(headline: string | null | undefined): string | null {
  const text = headline?.trim().normalize("NFC") ?? "";
  return text === "" ? null : text;
}

/** Cleans the body off the event loop and refuses one that is empty once hostile markup is gone. */
async function cleanEntryBody(clean: CleanBody, html: string): Promise<string> {
  const body = (await clean(html)).trim();
  if (body === "") {
    throw new AppError("UNPROCESSABLE", "An entry needs a body.", { extra: { field: "bodyHtml" } });
  }
  return body;
}

/**
 * The story's next change number. The upsert holds the story's coverage row until the write
 * commits, so on PostgreSQL changes commit in the order of their numbers and a stream that resumes
 * after N never skips one still to commit; entries themselves are inserted without holding the story.
 */
async function nextChange(
  uow: UnitOfWork,
  articleId: number,
  endedAt?: string | null,
): Promise<{ seq: number; endedAt: string | null }> {
  const row = await uow.trx
    .insertInto("live_coverage")
    .values({ article_id: articleId, ended_at: endedAt ?? null, seq: 1 })
    .onConflict((oc) =>
      oc.column("article_id").doUpdateSet((eb) => ({
        seq: eb("live_coverage.seq", "+", 1),
        ...(endedAt !== undefined && { ended_at: endedAt }),
      })),
    )
    .returning(["seq", "ended_at"])
    .executeTakeFirstOrThrow();
  return { seq: row.seq, endedAt: row.ended_at };
}

/** The byline the poster writes under: their own author, the first made if several. */
async function posterAuthor(q: Q, user: User): Promise<number | null> {
  const row = await q
    .selectFrom("authors")
    .select("id")
    .where("user_id", "=", user.id)
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** One pinned entry per story: pinning one unpins the others, which readers see as a change too. */
async function unpinOthers(uow: UnitOfWork, articleId: number, keep: number, seq: number): Promise<void> {
  await uow.trx
    .updateTable("live_entries")
    .set((eb) => ({ pinned: 0, seq, version: eb("version", "+", 1) }))
    .where("article_id", "=", articleId)
    .where("pinned", "=", 1)
    .where("id", "<>", keep)
    .execute();
}

async function record(
  uow: UnitOfWork,
  articleId: number,
  entryId: number,
  action: "posted" | "edited" | "deleted",
) {
  await uow.record({ type: "live.entry", articleId, entryId, action });
}

/**
 * `POST …/entries`: a new entry, inserted without holding the story's row, so editors posting at
 * once each add theirs.
 */
export async function postEntry(
  writes: WritePath,
  clean: CleanBody,
  articleId: number,
  user: User,
  input: EntryInput,
  now: Date,
): Promise<LiveEntry> {
  const body = await cleanEntryBody(clean, input.bodyHtml);
  return writes.run(async (uow) => {
    await liveStoryFor(uow.trx, articleId, user);
    const { seq, endedAt } = await nextChange(uow, articleId);
    // Checked under the coverage row's lock, so an entry never lands after an editor ended it.
    if (endedAt !== null) {
      throw new AppError(
        "UNPROCESSABLE",
        `Coverage of story ${articleId} has ended; an editor may reopen it.`,
      );
    }
    const { id } = await uow.trx
      .insertInto("live_entries")
      .values({
        article_id: articleId,
        seq,
        author_id: await posterAuthor(uow.trx, user),
        posted_at: now.toISOString(),
        headline: cleanHeadline(input.headline),
        body_html: body,
        key_event: input.keyEvent ? 1 : 0,
        pinned: input.pinned ? 1 : 0,
        created_by: user.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (input.pinned) await unpinOthers(uow, articleId, id, seq);
    await record(uow, articleId, id, "posted");
    return (await findEntry(uow.trx, articleId, id)) as LiveEntry;
  });
}

/** The entry's poster and version, or 404 when it is missing, removed or on another story. */
async function entryForChange(uow: UnitOfWork, articleId: number, entryId: number) {
  const row = await uow.trx
    .selectFrom("live_entries")
    .select(["created_by", "version"])
    .where("id", "=", entryId)
    .where("article_id", "=", articleId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `Story ${articleId} has no entry ${entryId}.`);
  return row;
}

/** `PATCH …/entries/:entryId`: a correction, shown as edited; 409 when someone changed it since `version`. */
export async function correctEntry(
  writes: WritePath,
  clean: CleanBody,
  articleId: number,
  entryId: number,
  user: User,
  patch: EntryPatch,
  now: Date,
): Promise<LiveEntry> {
  const body = patch.bodyHtml === undefined ? undefined : await cleanEntryBody(clean, patch.bodyHtml);
  return writes.run(async (uow) => {
    await liveStoryFor(uow.trx, articleId, user);
    const current = await entryForChange(uow, articleId, entryId);
    assertMayChange(user, current.created_by);
    const { seq } = await nextChange(uow, articleId);
    const changed = await uow.trx
      .updateTable("live_entries")
      .set((eb) => ({
        ...(patch.headline !== undefined && { headline: cleanHeadline(patch.headline) }),
        ...(body !== undefined && { body_html: body }),
        ...(patch.keyEvent !== undefined && { key_event: patch.keyEvent ? 1 : 0 }),
        ...(patch.pinned !== undefined && { pinned: patch.pinned ? 1 : 0 }),
        edited_at: now.toISOString(),
        seq,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", entryId)
      .where("version", "=", patch.version)
      .executeTakeFirst();
    if (changed.numUpdatedRows === 0n) {
      throw new AppError(
        "VERSION_CONFLICT",
        `Entry ${entryId} is at version ${current.version}; you edited version ${patch.version}.`,
        { extra: { currentVersion: current.version } },
      );
    }
    if (patch.pinned) await unpinOthers(uow, articleId, entryId, seq);
    await record(uow, articleId, entryId, "edited");
    return (await findEntry(uow.trx, articleId, entryId)) as LiveEntry;
  });
}

/** `DELETE …/entries/:entryId`: leaves a tombstone, so the page and any reader learn it is gone. */
export async function removeEntry(
  writes: WritePath,
  articleId: number,
  entryId: number,
  user: User,
  now: Date,
): Promise<void> {
  await writes.run(async (uow) => {
    await liveStoryFor(uow.trx, articleId, user);
    const current = await entryForChange(uow, articleId, entryId);
    assertMayChange(user, current.created_by);
    const { seq } = await nextChange(uow, articleId);
    await uow.trx
      .updateTable("live_entries")
      .set((eb) => ({ deleted_at: now.toISOString(), pinned: 0, seq, version: eb("version", "+", 1) }))
      .where("id", "=", entryId)
      .execute();
    await record(uow, articleId, entryId, "deleted");
  });
}

/** `PUT …/live`: editors end a live blog's coverage, or reopen it. */
export async function setCoverageEnded(
  writes: WritePath,
  articleId: number,
  user: User,
  ended: boolean,
  now: Date,
): Promise<{ endedAt: string | null }> {
  return writes.run(async (uow) => {
    await liveStoryFor(uow.trx, articleId, user);
    if (!roleAtLeast(user.role, "editor")) {
      throw new AppError("FORBIDDEN", `As ${user.role} you may not end or reopen live coverage.`);
    }
    const endedAt = ended ? now.toISOString() : null;
    await nextChange(uow, articleId, endedAt);
    await uow.record({ type: "live.coverage", articleId, ended });
    return { endedAt };
  });
}
