import type { Generated } from "kysely";
import type { IsoTime } from "../../content/content.tables.ts";

export const NOTIFICATION_KINDS = ["submitted", "returned", "published", "mentioned"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Something a person is told in the newsroom about a story; deleted with the story. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: NotificationKind;
  article_id: number;
  /** The note that named them (mentioned) or went with the return (returned). */
  note_id: number | null;
  /** Who did it; null for the scheduled-publication job or a removed account. */
  actor_id: number | null;
  created_at: IsoTime;
  read_at: IsoTime | null;
}

export interface NotificationTables {
  notifications: NotificationTable;
}
