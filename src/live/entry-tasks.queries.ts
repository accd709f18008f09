import type { TaskStatus } from "./entry-translations.tables.ts";
import type { Q } from "./live-entry.ts";

/** A translation task as the target desk reads it: the source entry's text to translate. */
export interface EntryTask {
  id: number;
  status: TaskStatus;
  edition: string;
  sourceArticleId: number;
  targetArticleId: number;
  requestedAt: string;
  requestedBy: { id: number; name: string } | null;
  source: { edition: string; entryId: number; postedAt: string; headline: string | null; bodyHtml: string };
}

/** Tasks with their source entry's text, and the source story's edition. */
export function selectTasks(db: Q) {
  return db
    .selectFrom("live_entry_tasks as t")
    .innerJoin("live_entries as e", "e.id", "t.entry_id")
    .innerJoin("articles as s", "s.id", "t.source_article_id")
    .leftJoin("users as u", "u.id", "t.requested_by")
    .select([
      "t.id",
      "t.status",
      "t.edition",
      "t.source_article_id",
      "t.target_article_id",
      "t.requested_at",
      "u.id as userId",
      "u.name as userName",
      "s.edition as sourceEdition",
      "e.id as entryId",
      "e.posted_at",
      "e.headline",
      "e.body_html",
    ]);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>["executeTakeFirstOrThrow"]>>;

export function toTask(r: TaskRow): EntryTask {
  return {
    id: r.id,
    status: r.status,
    edition: r.edition,
    sourceArticleId: r.source_article_id,
    targetArticleId: r.target_article_id,
    requestedAt: r.requested_at,
    requestedBy: r.userId === null || r.userName === null ? null : { id: r.userId, name: r.userName },
    source: {
      edition: r.sourceEdition,
      entryId: r.entryId,
      postedAt: r.posted_at,
      headline: r.headline,
      bodyHtml: r.body_html,
    },
  };
}

/** `GET …/translation-tasks`: a live blog's open tasks, oldest first; entries removed since are left out. */
export async function listOpenTasks(db: Q, targetArticleId: number): Promise<EntryTask[]> {
  const rows = await selectTasks(db)
    .where("t.target_article_id", "=", targetArticleId)
    .where("t.status", "=", "open")
    .where("e.deleted_at", "is", null)
    .orderBy("t.id")
    .execute();
  return rows.map(toTask);
}
