import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../../db/database.ts";
import { preparedRead } from "../../db/prepared-read.ts";

type Q = Kysely<Database> | Transaction<Database>;

// The related stories the newsroom sees for a story: the ones editors pinned and the ones computed
// for it. What may be pinned is the caller's rule (it needs the articles); these only move rows.

/** The pinned stories' ids, in the order the editor chose. */
export async function listPins(db: Q, articleId: number): Promise<number[]> {
  return relatedIds(db, "related_pins", articleId);
}

/** The computed related stories' ids, best first. */
export async function listComputed(db: Q, articleId: number): Promise<number[]> {
  return relatedIds(db, "related_stories", articleId);
}

/**
 * The pinned and the computed related stories' ids in one read (every article page makes it),
 * pins first, each list in its order.
 */
export const storedRelatedRows = preparedRead((db, { articleId }: { articleId: number }) =>
  db
    .selectFrom("related_pins")
    .where("article_id", "=", articleId)
    .select([sql<number>`1`.as("pinned"), "position", "related_id"])
    .unionAll(
      db
        .selectFrom("related_stories")
        .where("article_id", "=", articleId)
        .select([sql<number>`0`.as("pinned"), "position", "related_id"]),
    )
    .orderBy("pinned", "desc")
    .orderBy("position"),
);

/** Replaces the story's pins with `relatedIds`, in that order; call inside the change's transaction. */
export async function replacePins(
  trx: Transaction<Database>,
  articleId: number,
  relatedIds: readonly number[],
): Promise<void> {
  await trx.deleteFrom("related_pins").where("article_id", "=", articleId).execute();
  if (relatedIds.length === 0) return;
  await trx
    .insertInto("related_pins")
    .values(relatedIds.map((related_id, position) => ({ article_id: articleId, position, related_id })))
    .execute();
}

async function relatedIds(
  db: Q,
  table: "related_pins" | "related_stories",
  articleId: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom(table)
    .where("article_id", "=", articleId)
    .select("related_id")
    .orderBy("position")
    .execute();
  return rows.map((r) => r.related_id);
}
