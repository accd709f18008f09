import type { Generated } from "kysely";
import type { IsoTime } from "./content.tables.ts";

/** A note the newsroom keeps on a story: never shown to readers, deleted with the story. */
export interface ArticleNoteTable {
  id: Generated<number>;
  article_id: number;
  /** Null once the writer's account is gone. */
  author_id: number | null;
  body: string;
  /** JSON array of the ids of the users the note names. */
  mentions: string;
  created_at: IsoTime;
}

export interface ArticleNoteTables {
  article_notes: ArticleNoteTable;
}
