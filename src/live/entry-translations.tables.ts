import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

export const TASK_STATUSES = ["open", "done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** An entry sent to its live blog's translation in another edition, to be posted there translated. */
export interface LiveEntryTaskTable {
  id: Generated<number>;
  entry_id: number;
  source_article_id: number;
  /** The live blog in the target edition, of the source's translation group. */
  target_article_id: number;
  edition: string;
  status: Generated<TaskStatus>;
  requested_by: number | null;
  requested_at: IsoTime;
  done_by: number | null;
  done_at: IsoTime | null;
  /** The entry that completed the task, on the target story. */
  done_entry_id: number | null;
}

export interface EntryTranslationTables {
  live_entry_tasks: LiveEntryTaskTable;
}
