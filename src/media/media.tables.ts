import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";

export interface MediaTable {
  id: Generated<number>;
  /** Path of the original under MEDIA_DIR, e.g. "2026/11/abc123.jpg". */
  file_name: string;
  mime: string;
  width: number;
  height: number;
  caption: string;
  alt: string;
  credit: string;
  created_at: IsoTime;
  /** The name of the file as the newsroom uploaded it ("" for pictures stored before it was kept). */
  original_name: Generated<string>;
}

/** A photo's caption and alt text in one edition; the media row's own are the default. */
export interface MediaLocalizationTable {
  media_id: number;
  edition: string;
  caption: string;
  alt: string;
}

/** A resized copy of a media original, one row per format and width. */
export interface MediaVariantTable {
  media_id: number;
  format: "webp" | "jpeg" | "avif";
  width: number;
  height: number;
  file_name: string;
}

export interface MediaTables {
  media: MediaTable;
  media_variants: MediaVariantTable;
  media_localizations: MediaLocalizationTable;
}
