import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

/** One update on a live blog. Removal leaves a tombstone (deleted_at) rather than deleting the row. */
export interface LiveEntryTable {
  id: Generated<number>;
  article_id: number;
  posted_at: IsoTime;
  headline: string | null;
  /** Cleaned by the story body sanitizer before it is stored. */
  body_html: string;
  key_event: Generated<0 | 1>;
  pinned: Generated<0 | 1>;
  edited_at: IsoTime | null;
  deleted_at: IsoTime | null;
  /** The posting user. Null once the account is gone. */
  created_by: number | null;
  /** The byline that signs the entry: the poster's own author, when they have one. */
  author_id: number | null;
  version: Generated<number>;
  /** The story's change (live_coverage.seq) that last touched the entry, tombstones included. */
  seq: Generated<number>;
}

/** A live story's coverage state: no row or a null ended_at means it is still live. */
export interface LiveCoverageTable {
  article_id: number;
  ended_at: IsoTime | null;
  /** The story's last change: every entry write and coverage change takes the next one. */
  seq: Generated<number>;
}

export interface LiveTables {
  live_entries: LiveEntryTable;
  live_coverage: LiveCoverageTable;
}
