import { htmlToPlainText } from "../content/plain-text.ts";
import { ENTRIES_PER_PAGE } from "./live-entries.queries.ts";
import { type LiveEntry, type Q, selectEntries, toEntry } from "./live-entry.ts";

/**
 * Reads of a live blog for what follows it outside its page: JSON-LD, its feed, the Content API
 * and webhooks. Callers check that readers may see the story first; these read only live tables.
 */

/** Who signs an entry for readers: its byline (the poster's author, else their name). */
export function entryAuthorName(entry: LiveEntry): string | null {
  return entry.byline?.name ?? null;
}

const TITLE_MAX = 120;

/** An entry's title where one is needed (feeds, JSON-LD): its headline, or the start of its text. */
export function entryTitle(entry: LiveEntry): string {
  if (entry.headline) return entry.headline;
  const text = htmlToPlainText(entry.bodyHtml).replace(/\s+/g, " ").trim();
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}

/** When an entry last changed for readers: its correction, or its posting. */
export function entryUpdatedAt(entry: LiveEntry): string {
  return entry.editedAt ?? entry.postedAt;
}

/** The address of an entry on the story's page `page` (from 1): `?page=N` past the first, then its anchor. */
export function entryPath(storyPath: string, entryId: number, page = 1): string {
  return `${storyPath}${page > 1 ? `?page=${page}` : ""}#entry-${entryId}`;
}

/** Whether coverage has ended, and when (`live_coverage`: no row or a null time is still live). */
export async function readCoverage(db: Q, articleId: number): Promise<{ endedAt: string | null }> {
  const row = await db
    .selectFrom("live_coverage")
    .select("ended_at")
    .where("article_id", "=", articleId)
    .executeTakeFirst();
  return { endedAt: row?.ended_at ?? null };
}

/**
 * The last time anything readers see of the stream changed: an entry posted, corrected or removed
 * (tombstones count), or the coverage ended. Null before the first entry.
 */
export async function liveBlogChangedAt(db: Q, articleId: number): Promise<string | null> {
  const [entries, coverage] = await Promise.all([
    db
      .selectFrom("live_entries")
      .select((eb) => [
        eb.fn.max("posted_at").as("posted"),
        eb.fn.max("edited_at").as("edited"),
        eb.fn.max("deleted_at").as("deleted"),
      ])
      .where("article_id", "=", articleId)
      .executeTakeFirst(),
    readCoverage(db, articleId),
  ]);
  const times = [entries?.posted, entries?.edited, entries?.deleted, coverage.endedAt];
  // Stored times share one canonical ISO form, so they order as text.
  return (
    times
      .filter((t): t is string => typeof t === "string")
      .sort()
      .at(-1) ?? null
  );
}

/** The newest standing entries, the pinned one among them in its place by time: what a feed carries. */
export async function latestEntries(db: Q, articleId: number, limit: number): Promise<LiveEntry[]> {
  const rows = await selectEntries(db)
    .where("e.article_id", "=", articleId)
    .orderBy("e.posted_at", "desc")
    .orderBy("e.id", "desc")
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}

/**
 * The page of the public stream each standing entry stands on, in the page's own order (newest
 * first, the pinned entry above the stream on the first page), for links that find the entry.
 */
export async function entryPages(db: Q, articleId: number): Promise<Map<number, number>> {
  const order = await db
    .selectFrom("live_entries")
    .select(["id", "pinned"])
    .where("article_id", "=", articleId)
    .where("deleted_at", "is", null)
    .orderBy("posted_at", "desc")
    .orderBy("id", "desc")
    .execute();
  const pages = new Map<number, number>();
  let place = 0;
  for (const row of order) {
    if (row.pinned === 1) {
      pages.set(row.id, 1);
      continue;
    }
    pages.set(row.id, Math.floor(place / ENTRIES_PER_PAGE) + 1);
    place += 1;
  }
  return pages;
}

/** An entry as it stands now, or when it was removed; undefined when the story has no such entry. */
export async function findEntryOrTombstone(
  db: Q,
  articleId: number,
  entryId: number,
): Promise<{ entry: LiveEntry } | { deletedAt: string } | undefined> {
  const row = await db
    .selectFrom("live_entries")
    .select("deleted_at")
    .where("article_id", "=", articleId)
    .where("id", "=", entryId)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.deleted_at !== null) return { deletedAt: row.deleted_at };
  const standing = await selectEntries(db)
    .where("e.article_id", "=", articleId)
    .where("e.id", "=", entryId)
    .executeTakeFirst();
  return standing ? { entry: toEntry(standing) } : undefined;
}
