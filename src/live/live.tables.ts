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
  /** The posting user; their linked byline signs the entry. Null once the account is gone. */
  created_by: number | null;
  version: Generated<number>;
}

/** A live story's coverage state: no row or a null ended_at means it is still live. */
export interface LiveCoverageTable {
  article_id: number;
  ended_at: IsoTime | null;
}

export interface LiveTables {
  live_entries: LiveEntryTable;
  live_coverage: LiveCoverageTable;
}
