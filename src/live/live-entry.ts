import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";

export type Q = Kysely<Database> | Transaction<Database>;

/** An entry as the newsroom and the public page read it. */
export interface LiveEntry {
  id: number;
  articleId: number;
  postedAt: string;
  headline: string | null;
  bodyHtml: string;
  keyEvent: boolean;
  pinned: boolean;
  editedAt: string | null;
  version: number;
  /** The posting user; null once their account is gone. */
  postedBy: { id: number; name: string } | null;
  /**
   * Who signs the entry for readers: the poster's author, named in the story's edition, with the
   * author page's slug; else the poster's name, unlinked.
   */
  byline: { name: string; authorSlug: string | null } | null;
  /** The story's change that last touched the entry (see live.tables.ts). */
  seq: number;
}

/** The columns every read of a story's standing entries selects (tombstones left out). */
export function selectEntries(db: Q) {
  return db
    .selectFrom("live_entries as e")
    .innerJoin("articles as story", "story.id", "e.article_id")
    .leftJoin("users as u", "u.id", "e.created_by")
    .leftJoin("authors as au", "au.id", "e.author_id")
    .leftJoin("author_localizations as al", (join) =>
      join.onRef("al.author_id", "=", "e.author_id").onRef("al.edition", "=", "story.edition"),
    )
    .where("e.deleted_at", "is", null)
    .select([
      "e.id",
      "e.article_id",
      "e.posted_at",
      "e.headline",
      "e.body_html",
      "e.key_event",
      "e.pinned",
      "e.edited_at",
      "e.version",
      "e.seq",
      "u.id as userId",
      "u.name as userName",
      "au.slug as authorSlug",
      "al.name as authorName",
    ]);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>["execute"]>>[number];

export function toEntry(r: EntryRow): LiveEntry {
  return {
    id: r.id,
    articleId: r.article_id,
    postedAt: r.posted_at,
    headline: r.headline,
    bodyHtml: r.body_html,
    keyEvent: r.key_event === 1,
    pinned: r.pinned === 1,
    editedAt: r.edited_at,
    version: r.version,
    postedBy: r.userId === null || r.userName === null ? null : { id: r.userId, name: r.userName },
    byline: bylineOf(r),
    seq: r.seq,
  };
}

function bylineOf(r: EntryRow): LiveEntry["byline"] {
  if (r.authorName !== null && r.authorSlug !== null) return { name: r.authorName, authorSlug: r.authorSlug };
  return r.userName === null ? null : { name: r.userName, authorSlug: null };
}

export async function findEntry(db: Q, articleId: number, entryId: number): Promise<LiveEntry | undefined> {
  const rows = await selectEntries(db)
    .where("e.article_id", "=", articleId)
    .where("e.id", "=", entryId)
    .execute();
  const row = rows[0];
  return row && toEntry(row);
}
