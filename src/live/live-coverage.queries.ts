import type { Q } from "./live-entry.ts";

/** When a live blog's coverage ended; null while it is live (or for a story that is not a live blog). */
export async function coverageEndedAt(db: Q, articleId: number): Promise<string | null> {
  const row = await db
    .selectFrom("live_coverage")
    .select("ended_at")
    .where("article_id", "=", articleId)
    .executeTakeFirst();
  return row?.ended_at ?? null;
}
