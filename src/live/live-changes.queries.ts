import { type LiveEntry, type Q, selectEntries, toEntry } from "./live-entry.ts";

/** What changed on a live blog after a reader's last change: entries as they stand now, and removals. */
export interface LiveChanges {
  /** Posted or corrected entries, in the order of their last change. */
  standing: LiveEntry[];
  /** Removed entries' ids and the change that removed them. */
  removed: { id: number; seq: number }[];
  /** Coverage as it is now, and the story's last change. */
  endedAt: string | null;
  seq: number;
  /** More changed than `limit`: the reader should reload the page instead. */
  tooMany: boolean;
}

/**
 * The story's entries touched after change `after` (tombstones included), at most `limit`. The
 * coverage row is read first, so what is answered holds every change up to its `seq`.
 */
export async function changesAfter(
  db: Q,
  articleId: number,
  after: number,
  limit: number,
): Promise<LiveChanges> {
  const coverage = await db
    .selectFrom("live_coverage")
    .select(["ended_at", "seq"])
    .where("article_id", "=", articleId)
    .executeTakeFirst();
  const seq = coverage?.seq ?? 0;
  const changed =
    seq > after
      ? await db
          .selectFrom("live_entries")
          .select(["id", "seq", "deleted_at"])
          .where("article_id", "=", articleId)
          .where("seq", ">", after)
          .where("seq", "<=", seq)
          .orderBy("seq")
          .orderBy("id")
          .limit(limit + 1)
          .execute()
      : [];
  const tooMany = changed.length > limit;
  const standingIds = changed.filter((row) => row.deleted_at === null).map((row) => row.id);
  const standing =
    tooMany || standingIds.length === 0
      ? []
      : (
          await selectEntries(db).where("e.id", "in", standingIds).orderBy("e.seq").orderBy("e.id").execute()
        ).map(toEntry);
  return {
    standing,
    removed: tooMany
      ? []
      : changed.filter((row) => row.deleted_at !== null).map(({ id, seq }) => ({ id, seq })),
    endedAt: coverage?.ended_at ?? null,
    seq,
    tooMany,
  };
}
