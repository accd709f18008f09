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
  /** The crop, in the upright original's pixels: all four set, or none for the whole picture. */
  crop_x: number | null;
  crop_y: number | null;
  crop_width: number | null;
  crop_height: number | null;
  /** Where the subject is, as fractions (0..1) of the cropped picture; null for its centre. */
  focal_x: number | null;
  focal_y: number | null;
  /** Size of the picture the current variants were cut from (the crop's); null while there are none. */
  variants_width: number | null;
  variants_height: number | null;
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
