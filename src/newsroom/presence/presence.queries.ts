import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database.ts";

/**
 * How long a heartbeat keeps someone present. The editor beats every 15 s, so three missed beats
 * (a closed tab, a sleeping laptop, a lost network) make them gone.
 */
export const PRESENCE_TTL_MS = 45_000;

export interface PresentPerson {
  userId: number;
  name: string;
  typing: boolean;
  openedAt: string;
}

export interface StoryPresence {
  articleId: number;
  people: PresentPerson[];
}

const staleBefore = (now: Date) => new Date(now.getTime() - PRESENCE_TTL_MS).toISOString();

/**
 * Records that `userId` has the story open (and whether they are typing) as of `now`. Answers
 * whether others must be told: they came (or came back after expiring) or started or stopped
 * typing; a plain heartbeat changes nothing anyone is shown. One statement, so parallel beats on
 * PostgreSQL take turns on the row and each reads back what its own update decided.
 */
export async function beat(
  db: Kysely<Database>,
  visit: { articleId: number; userId: number; typing: boolean },
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const expired = sql<boolean>`article_presence.seen_at < ${staleBefore(now)}`;
  const row = await db
    .insertInto("article_presence")
    .values({
      article_id: visit.articleId,
      user_id: visit.userId,
      typing: visit.typing ? 1 : 0,
      opened_at: at,
      seen_at: at,
      last_beat_changed: 1,
    })
    .onConflict((oc) =>
      oc.columns(["article_id", "user_id"]).doUpdateSet((eb) => ({
        typing: eb.ref("excluded.typing"),
        seen_at: eb.ref("excluded.seen_at"),
        // Every expression reads the row as it was before this update, on both engines.
        opened_at: sql<string>`CASE WHEN ${expired} THEN excluded.opened_at ELSE article_presence.opened_at END`,
        last_beat_changed: sql<number>`CASE WHEN ${expired} OR article_presence.typing <> excluded.typing THEN 1 ELSE 0 END`,
      })),
    )
    .returning("last_beat_changed")
    .executeTakeFirstOrThrow();
  return Number(row.last_beat_changed) === 1;
}

/** They closed the story. Answers whether there was a row to remove. */
export async function leave(db: Kysely<Database>, articleId: number, userId: number): Promise<boolean> {
  const gone = await db
    .deleteFrom("article_presence")
    .where("article_id", "=", articleId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}

/**
 * Removes everyone whose heartbeat stopped and answers the stories they had open. Each row is
 * removed by one caller only (DELETE … RETURNING), so two nodes sweeping at once tell once.
 */
export async function sweepExpired(db: Kysely<Database>, now: Date): Promise<number[]> {
  const rows = await db
    .deleteFrom("article_presence")
    .where("seen_at", "<", staleBefore(now))
    .returning("article_id")
    .execute();
  return [...new Set(rows.map((r) => r.article_id))];
}

/**
 * Who has stories open as of `now`, story by story: one story's (`articleId`), or every story's,
 * narrowed to one creator's stories when the reader may see no others (contributors).
 */
export async function presenceOf(
  db: Kysely<Database>,
  now: Date,
  filter: { articleId?: number; createdBy?: number },
): Promise<StoryPresence[]> {
  let query = db
    .selectFrom("article_presence as p")
    .innerJoin("users as u", "u.id", "p.user_id")
    .innerJoin("articles as a", "a.id", "p.article_id")
    .where("p.seen_at", ">=", staleBefore(now))
    .select([
      "p.article_id as articleId",
      "p.user_id as userId",
      "u.name",
      "p.typing",
      "p.opened_at as openedAt",
    ])
    .orderBy("p.article_id")
    .orderBy("p.opened_at")
    .orderBy("p.user_id");
  if (filter.articleId !== undefined) query = query.where("p.article_id", "=", filter.articleId);
  if (filter.createdBy !== undefined) query = query.where("a.created_by", "=", filter.createdBy);
  const stories = new Map<number, PresentPerson[]>();
  for (const { articleId, typing, ...person } of await query.execute()) {
    const people = stories.get(articleId) ?? [];
    people.push({ ...person, typing: typing === 1 });
    stories.set(articleId, people);
  }
  return [...stories].map(([articleId, people]) => ({ articleId, people }));
}

/** Whose stories these are, for telling each change only to those who may see the story. */
export async function storyOwners(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("articles")
    .where("id", "in", ids)
    .select(["id", "status", "created_by as ownerId"])
    .execute();
}
