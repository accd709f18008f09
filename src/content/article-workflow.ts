import type { Transaction } from "kysely";
import type { User } from "../accounts/user.ts";
import { type AuditAction, recordAudit } from "../audit/audit.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import { mediaByIds } from "../media/media.queries.ts";
import type { ArticleStatus } from "./article.kinds.ts";
import { articleRef, getArticleForChange, getEditableArticle } from "./article.service.ts";
import { keysOfChange, placementOf } from "./article-cache-keys.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { assertEmbargoOver } from "./article-embargo.ts";
import { addNote, type NoteInput } from "./article-notes.ts";
import { type ArticleAction, assertMayAct } from "./article-permissions.ts";
import { updateArticleAt } from "./article-rows.ts";
import { bodyMediaIds } from "./media-usage.queries.ts";
import { recordRevision, snapshotOf } from "./revisions.ts";
import { recordStoryChange } from "./story-change.ts";

type T = Transaction<Database>;

export const PUBLISH_SCHEDULED_JOB = "article.publish_scheduled";

/**
 * Where each move may start from: draft → in review → scheduled → published → unpublished. A
 * scheduled story was never live, so it is not unpublished: its schedule is canceled, which takes
 * it back to a draft (or to unpublished, when it had been live before; see `destination`).
 */
export const TRANSITIONS = {
  submit: { from: ["draft"], to: "in_review", rule: "submit" },
  /** Sent back to its writer with a note (required): whoever may publish a story may refuse it. */
  return: { from: ["in_review"], to: "draft", rule: "publish" },
  schedule: { from: ["draft", "in_review", "scheduled", "unpublished"], to: "scheduled", rule: "publish" },
  publish: { from: ["draft", "in_review", "scheduled", "unpublished"], to: "published", rule: "publish" },
  unpublish: { from: ["published"], to: "unpublished", rule: "publish" },
  cancelSchedule: { from: ["scheduled"], to: "draft", rule: "publish" },
} as const satisfies Record<
  string,
  { from: readonly ArticleStatus[]; to: ArticleStatus; rule: ArticleAction }
>;

export type WorkflowMove = keyof typeof TRANSITIONS;

/** Each move in the past tense, for revision summaries and refusals. */
const DONE: Record<WorkflowMove, string> = {
  submit: "submitted",
  return: "returned to its writer",
  schedule: "scheduled",
  publish: "published",
  unpublish: "unpublished",
  cancelSchedule: "taken off the schedule",
};

const AUDITED: Partial<Record<WorkflowMove, AuditAction>> = {
  publish: "article.published",
  unpublish: "article.unpublished",
  schedule: "article.scheduled",
  cancelSchedule: "article.schedule_canceled",
  return: "article.returned",
};

export interface MoveContext {
  user: User | null;
  ip: string | null;
  now: Date;
  /** For `schedule`: when the story goes live. */
  at?: Date;
  /** For `return`: the note that goes back with the story, stored in the same transaction. */
  note?: NoteInput;
}

/**
 * Moves a story through the workflow; refuses moves its state or the user's role do not allow.
 * The story's row is held for the move, so a state is entered once however many people press
 * the button: the others find the story already moved and get 409.
 */
export async function moveArticle(writes: WritePath, id: number, move: WorkflowMove, ctx: MoveContext) {
  return writes.run(async (uow) => {
    const { trx } = uow;
    const article = await getArticleForChange(trx, id);
    const transition = TRANSITIONS[move];
    if (ctx.user) assertMayAct(transition.rule, ctx.user, article);
    if (!(transition.from as readonly ArticleStatus[]).includes(article.status)) {
      throw new AppError(
        "INVALID_TRANSITION",
        `A ${article.status.replace("_", " ")} story cannot be ${DONE[move]}.`,
        {
          extra: { status: article.status },
        },
      );
    }
    const stamp = ctx.now.toISOString();
    const scheduledAt = move === "schedule" ? scheduleTime(ctx) : null;
    if (move === "publish" || move === "schedule") {
      assertEmbargoOver(article, scheduledAt ? new Date(scheduledAt) : ctx.now);
      await assertPhotoReady(trx, article);
    }
    if (move === "return" && (!ctx.note || !ctx.user)) {
      throw new AppError("UNPROCESSABLE", "A story goes back to its writer with a note saying why.", {
        extra: { field: "note" },
      });
    }
    await updateArticleAt(trx, article, {
      status: destination(move, article),
      scheduled_at: scheduledAt,
      published_at: move === "publish" ? (article.publishedAt ?? stamp) : article.publishedAt,
      modified_at: stamp,
    });
    if (scheduledAt) {
      await enqueueJob(trx, {
        kind: PUBLISH_SCHEDULED_JOB,
        payload: { articleId: id, scheduledAt },
        runAt: new Date(scheduledAt),
        now: ctx.now,
      });
    }
    await recordRevision(trx, {
      articleId: id,
      userId: ctx.user?.id ?? null,
      summary: summaryOf(move, scheduledAt, article),
      significant: false,
      snapshot: snapshotOf(article),
      version: article.version + 1,
      now: stamp,
    });
    const note =
      move === "return" && ctx.user && ctx.note
        ? await addNote(uow, article, ctx.user, ctx.note, ctx.now, "note")
        : null;
    const audit = AUDITED[move];
    if (audit) {
      await recordAudit(trx, {
        action: audit,
        actorUserId: ctx.user?.id ?? null,
        subjectType: "article",
        subjectId: id,
        details: {
          headline: article.headline,
          ...(scheduledAt ? { at: scheduledAt } : {}),
          ...(move === "cancelSchedule" ? { wasScheduledFor: article.scheduledAt } : {}),
          ...(note ? { noteId: note.id } : {}),
        },
        ip: ctx.ip,
        now: stamp,
      });
    }
    const moved = await getEditableArticle(trx, id);
    if (move === "publish") {
      const keys = keysOfChange(undefined, await placementOf(trx, id));
      await uow.record({ type: "article.published", article: articleRef(moved), keys });
    }
    if (move === "unpublish" && article.status === "published") {
      const keys = keysOfChange(await placementOf(trx, id), undefined);
      await uow.record({ type: "article.unpublished", article: articleRef(article), keys });
    }
    await recordStoryChange(uow, moved, ctx.user?.id ?? null, false, move);
    return moved;
  });
}

/** A canceled schedule returns a story that had been live to unpublished, not to a fresh draft. */
function destination(move: WorkflowMove, article: EditableArticle): ArticleStatus {
  if (move === "cancelSchedule" && article.publishedAt !== null) return "unpublished";
  return TRANSITIONS[move].to;
}

function summaryOf(move: WorkflowMove, scheduledAt: string | null, article: EditableArticle): string {
  if (scheduledAt) return `scheduled for ${scheduledAt}`;
  if (move === "cancelSchedule") return `schedule for ${article.scheduledAt} canceled`;
  return DONE[move];
}

function scheduleTime(ctx: MoveContext): string {
  if (!ctx.at || ctx.at.getTime() <= ctx.now.getTime()) {
    throw new AppError("VALIDATION_FAILED", "A story can only be scheduled for a time in the future.");
  }
  return ctx.at.toISOString();
}

/** Every photo of a story, lead and inline, must carry its caption, credit and alt text before readers see it. */
async function assertPhotoReady(trx: T, article: EditableArticle): Promise<void> {
  const inline = await bodyMediaIds(trx, article.body);
  const ids = [...new Set([...(article.leadMediaId === null ? [] : [article.leadMediaId]), ...inline])];
  const images = await mediaByIds(trx, ids);
  for (const id of ids) {
    const image = images.get(id);
    const missing = image
      ? (["caption", "credit", "alt"] as const).filter((f) => !image[f].trim())
      : ["photo"];
    if (missing.length) {
      const which = id === article.leadMediaId ? "The lead photo" : `Photo ${id} in the story`;
      throw new AppError(
        "UNPROCESSABLE",
        `${which} needs ${missing.join(", ")} before the story can go live.`,
        {
          extra: { mediaId: id, missing },
        },
      );
    }
  }
}

/**
 * The scheduled-publication job: publishes the story if it is still scheduled for that time.
 * A story rescheduled or unpublished since has a different time or state, so a stale job does nothing.
 */
export async function publishIfStillScheduled(
  writes: WritePath,
  articleId: number,
  scheduledAt: string,
  now: Date,
) {
  const article = await writes.db
    .selectFrom("articles")
    .where("id", "=", articleId)
    .select(["status", "scheduled_at"])
    .executeTakeFirst();
  if (article?.status !== "scheduled" || article.scheduled_at !== scheduledAt) return false;
  await moveArticle(writes, articleId, "publish", { user: null, ip: null, now });
  return true;
}
