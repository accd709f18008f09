import type { Transaction } from "kysely";
import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { assertEdition, getEditableArticle } from "../content/article.service.ts";
import type { EditableArticle } from "../content/article-editor.queries.ts";
import { assertReadable } from "../content/article-permissions.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { Database } from "../db/database.ts";
import { joiningWritePath } from "../events/joining-write-path.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { type EntryTask, selectTasks, toTask } from "./entry-tasks.queries.ts";
import { type EntryInput, postEntry } from "./live-entries.service.ts";
import type { LiveEntry } from "./live-entry.ts";

function assertAuthor(user: User): void {
  if (!roleAtLeast(user.role, "author"))
    throw new AppError("FORBIDDEN", `As ${user.role} you may not work on live blogs' translations.`);
}

/** The live blog in `edition` that translates the source: same translation group, kind live, still live. */
async function liveTranslationOf(trx: Transaction<Database>, source: EditableArticle, edition: string) {
  const target = source.translations.find((t) => t.edition === edition);
  const row =
    target &&
    (await trx
      .selectFrom("articles as a")
      .leftJoin("live_coverage as c", "c.article_id", "a.id")
      .where("a.id", "=", target.id)
      .where("a.kind", "=", "live")
      .where("c.ended_at", "is", null)
      .select("a.id")
      .executeTakeFirst());
  if (!row)
    throw new AppError("UNPROCESSABLE", `Story ${source.id} has no live blog in the ${edition} edition.`, {
      extra: { field: "edition" },
    });
  return row.id;
}

/**
 * `POST …/entries/:entryId/translation-tasks`: sends an entry to the desk of its live blog's
 * translation in another edition. Asking again (or at the same moment) finds the task already
 * there, kept once by the unique (entry, target) pair; `created` tells which.
 */
export async function requestEntryTranslation(
  writes: WritePath,
  editions: readonly string[],
  articleId: number,
  entryId: number,
  edition: string,
  user: User,
  now: Date,
): Promise<{ task: EntryTask; created: boolean }> {
  assertEdition(edition, editions);
  return writes.run(async (uow) => {
    const source = await getEditableArticle(uow.trx, articleId);
    assertReadable(user, source);
    assertAuthor(user);
    if (source.kind !== "live")
      throw new AppError("UNPROCESSABLE", `Story ${articleId} is not a live blog (kind "live").`);
    if (edition === source.edition)
      throw new AppError("UNPROCESSABLE", "A translation goes to another edition.", {
        extra: { field: "edition" },
      });
    const entry = await uow.trx
      .selectFrom("live_entries")
      .select("id")
      .where("id", "=", entryId)
      .where("article_id", "=", articleId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (!entry) throw new AppError("NOT_FOUND", `Story ${articleId} has no entry ${entryId}.`);
    const targetId = await liveTranslationOf(uow.trx, source, edition);
    const inserted = await uow.trx
      .insertInto("live_entry_tasks")
      .values({
        entry_id: entryId,
        source_article_id: articleId,
        target_article_id: targetId,
        edition,
        requested_by: user.id,
        requested_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(["entry_id", "target_article_id"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    const task = await selectTasks(uow.trx)
      .where("t.entry_id", "=", entryId)
      .where("t.target_article_id", "=", targetId)
      .executeTakeFirstOrThrow();
    if (inserted) await recordTask(uow, task.id, targetId, articleId, edition, "opened");
    return { task: toTask(task), created: inserted !== undefined };
  });
}

async function recordTask(
  uow: UnitOfWork,
  taskId: number,
  articleId: number,
  sourceArticleId: number,
  edition: string,
  action: "opened" | "done",
) {
  await uow.record({ type: "live.translation-task", taskId, articleId, sourceArticleId, edition, action });
}

/**
 * `POST …/translation-tasks/:taskId/entries`: posts the translated entry on the task's live blog
 * and marks the task done, in one transaction. The task is claimed first (only while still open),
 * so of two translators at once one posts and the other is told it is done (409), with no entry.
 */
export async function completeEntryTranslation(
  writes: WritePath,
  clean: CleanBody,
  articleId: number,
  taskId: number,
  user: User,
  input: EntryInput,
  now: Date,
): Promise<LiveEntry> {
  return writes.run(async (uow) => {
    assertReadable(user, await getEditableArticle(uow.trx, articleId));
    assertAuthor(user);
    const claimed = await uow.trx
      .updateTable("live_entry_tasks")
      .set({ status: "done", done_by: user.id, done_at: now.toISOString() })
      .where("id", "=", taskId)
      .where("target_article_id", "=", articleId)
      .where("status", "=", "open")
      .returning(["source_article_id", "edition"])
      .executeTakeFirst();
    if (!claimed) return refuseClaim(uow.trx, articleId, taskId);
    const entry = await postEntry(joiningWritePath(uow), clean, articleId, user, input, now);
    await uow.trx
      .updateTable("live_entry_tasks")
      .set({ done_entry_id: entry.id })
      .where("id", "=", taskId)
      .execute();
    await recordTask(uow, taskId, articleId, claimed.source_article_id, claimed.edition, "done");
    return entry;
  });
}

/** Why a task could not be claimed: not this story's (404), or someone completed it first (409). */
async function refuseClaim(trx: Transaction<Database>, articleId: number, taskId: number): Promise<never> {
  const task = await trx
    .selectFrom("live_entry_tasks")
    .select(["status", "done_entry_id"])
    .where("id", "=", taskId)
    .where("target_article_id", "=", articleId)
    .executeTakeFirst();
  if (!task) throw new AppError("NOT_FOUND", `Story ${articleId} has no translation task ${taskId}.`);
  throw new AppError("VERSION_CONFLICT", `Translation task ${taskId} has already been done.`, {
    extra: { entryId: task.done_entry_id },
  });
}
