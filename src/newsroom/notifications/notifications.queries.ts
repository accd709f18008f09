import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { NewsroomFeed } from "../live/newsroom-feed.ts";
import type { NotificationKind } from "./notifications.tables.ts";

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  story: { id: number; edition: string; headline: string; status: string };
  actor: { id: number; name: string } | null;
  noteId: number | null;
}

/** One person's notifications, newest first, paged by id (older than `before`), with how many are unread. */
export async function listNotifications(
  db: Kysely<Database>,
  userId: number,
  page: { before?: number; limit: number },
): Promise<{ items: NotificationView[]; unread: number }> {
  let query = db
    .selectFrom("notifications as n")
    .innerJoin("articles as a", "a.id", "n.article_id")
    .leftJoin("users as u", "u.id", "n.actor_id")
    .where("n.user_id", "=", userId)
    .select([
      "n.id",
      "n.kind",
      "n.created_at",
      "n.read_at",
      "n.note_id",
      "a.id as articleId",
      "a.edition",
      "a.headline",
      "a.status",
      "u.id as actorId",
      "u.name as actorName",
    ])
    .orderBy("n.id", "desc")
    .limit(page.limit);
  if (page.before !== undefined) query = query.where("n.id", "<", page.before);
  const [rows, unread] = await Promise.all([query.execute(), unreadCount(db, userId)]);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at,
      readAt: r.read_at,
      story: { id: r.articleId, edition: r.edition, headline: r.headline, status: r.status },
      actor: r.actorId === null || r.actorName === null ? null : { id: r.actorId, name: r.actorName },
      noteId: r.note_id,
    })),
  };
}

export async function unreadCount(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks some of a person's notifications read: the ones named, or every one up to an id (what
 * the list showed when they opened it, so one arriving meanwhile stays unread). Their other open
 * apps are told, so every bell shows the same count.
 */
export async function markRead(
  db: Kysely<Database>,
  feed: NewsroomFeed,
  userId: number,
  which: { ids: number[] } | { upTo: number },
  now: Date,
): Promise<number> {
  await db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable("notifications")
      .set({ read_at: now.toISOString() })
      .where("user_id", "=", userId)
      .where("read_at", "is", null);
    update = "ids" in which ? update.where("id", "in", which.ids) : update.where("id", "<=", which.upTo);
    const result = await update.executeTakeFirst();
    if (result.numUpdatedRows > 0n) await feed.tell(trx, { kind: "notification", userId });
  });
  return unreadCount(db, userId);
}
