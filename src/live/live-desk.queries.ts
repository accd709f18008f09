import { type LiveEntry, type Q, selectEntries, toEntry } from "./live-entry.ts";

/** What the newsroom's desk shows above a live blog's stream. */
export interface DeskState {
  /** When coverage ended; null while it is live (no row, or reopened). */
  endedAt: string | null;
  /** The pinned entry, which readers see on top however far down the stream it stands. */
  pinned: LiveEntry | null;
}

export async function readDeskState(db: Q, articleId: number): Promise<DeskState> {
  const [coverage, pinned] = await Promise.all([
    db.selectFrom("live_coverage").select("ended_at").where("article_id", "=", articleId).executeTakeFirst(),
    selectEntries(db)
      .where("e.article_id", "=", articleId)
      .where("e.pinned", "=", 1)
      .orderBy("e.id", "desc")
      .executeTakeFirst(),
  ]);
  return { endedAt: coverage?.ended_at ?? null, pinned: pinned ? toEntry(pinned) : null };
}
