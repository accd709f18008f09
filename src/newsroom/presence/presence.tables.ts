import type { IsoTime } from "../../content/content.tables.ts";

/** One person with one story open in the newsroom, as of their editor's last heartbeat. */
export interface ArticlePresenceTable {
  article_id: number;
  user_id: number;
  /** 1 while they are typing (stored as an integer on both engines). */
  typing: number;
  /** When they opened the story (or came back to it after their row had expired). */
  opened_at: IsoTime;
  seen_at: IsoTime;
  /** 1 when the last heartbeat changed who is there or typing; read back by the heartbeat itself. */
  last_beat_changed: number;
}

export interface PresenceTables {
  article_presence: ArticlePresenceTable;
}
