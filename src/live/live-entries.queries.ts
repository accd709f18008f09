import { type LiveEntry, type Q, selectEntries, toEntry } from "./live-entry.ts";

/** The desk's list: a story's standing entries, newest first, after a cursor's (time, id). */
export async function listEntries(
  db: Q,
  articleId: number,
  page: { cursor?: { at: string; id: number }; limit: number },
): Promise<LiveEntry[]> {
  let query = selectEntries(db).where("e.article_id", "=", articleId);
  const { cursor } = page;
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb("e.posted_at", "<", cursor.at),
        eb.and([eb("e.posted_at", "=", cursor.at), eb("e.id", "<", cursor.id)]),
      ]),
    );
  }
  const rows = await query.orderBy("e.posted_at", "desc").orderBy("e.id", "desc").limit(page.limit).execute();
  return rows.map(toEntry);
}

/** What a live blog's public page shows above and in its stream. */
export interface LiveStream {
  endedAt: string | null;
  /** The story's last change when read: the reader script's stream starts after it. */
  seq: number;
  keyEvents: LiveEntry[];
  pinned: LiveEntry | undefined;
  /** This page of the stream, newest first; the pinned entry stands above it instead. */
  entries: LiveEntry[];
  pages: number;
  /** The stream page each key event stands on, so the summary links to it. */
  keyEventPages: Map<number, number>;
}

export const ENTRIES_PER_PAGE = 20;

/** One page (from 1) of a live blog for readers: the stream without the pinned entry, key events, the label. */
export async function readLiveStream(db: Q, articleId: number, page: number): Promise<LiveStream> {
  const stream = () => selectEntries(db).where("e.article_id", "=", articleId);
  // Read before the entries: the page's change number may be older than what it shows (the reader
  // script is then told some again) but never newer, which would hide an entry until a reload.
  const coverage = await db
    .selectFrom("live_coverage")
    .select(["ended_at", "seq"])
    .where("article_id", "=", articleId)
    .executeTakeFirst();
  const [keyEvents, pinned, entries, order] = await Promise.all([
    stream().where("e.key_event", "=", 1).orderBy("e.posted_at", "desc").orderBy("e.id", "desc").execute(),
    stream().where("e.pinned", "=", 1).orderBy("e.id", "desc").executeTakeFirst(),
    stream()
      .where("e.pinned", "=", 0)
      .orderBy("e.posted_at", "desc")
      .orderBy("e.id", "desc")
      .limit(ENTRIES_PER_PAGE)
      .offset((page - 1) * ENTRIES_PER_PAGE)
      .execute(),
    // The stream's order by id alone: a day's coverage is hundreds of entries, not millions.
    db
      .selectFrom("live_entries")
      .select("id")
      .where("article_id", "=", articleId)
      .where("deleted_at", "is", null)
      .where("pinned", "=", 0)
      .orderBy("posted_at", "desc")
      .orderBy("id", "desc")
      .execute(),
  ]);
  const place = new Map(order.map((row, index) => [row.id, Math.floor(index / ENTRIES_PER_PAGE) + 1]));
  return {
    endedAt: coverage?.ended_at ?? null,
    seq: coverage?.seq ?? 0,
    keyEvents: keyEvents.map(toEntry),
    pinned: pinned && toEntry(pinned),
    entries: entries.map(toEntry),
    pages: Math.max(1, Math.ceil(order.length / ENTRIES_PER_PAGE)),
    keyEventPages: new Map(keyEvents.map((e) => [e.id, place.get(e.id) ?? 1])),
  };
}
