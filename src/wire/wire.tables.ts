import type { Generated } from "kysely";
import type { IsoTime } from "../content/content.tables.ts";
import type { WireFormat, WireStatus } from "./wire-item.ts";

export interface WireSourceTable {
  id: Generated<number>;
  name: string;
  format: WireFormat;
  /** The credit line its copy carries when an item gives none ("Reuters"). */
  credit: string;
  edition: string;
  /** Pulled over HTTP, or read from a drop folder: exactly one of the two. */
  url: string | null;
  /** JSON object of request headers for the pull (an Authorization header, say); never shown back. */
  headers: string;
  interval_seconds: number | null;
  folder: string | null;
  paused: number;
  created_at: IsoTime;
  removed_at: IsoTime | null;
  last_success_at: IsoTime | null;
  last_error: string | null;
  last_error_at: IsoTime | null;
  /** Failures in a row, which the pull's back-off grows with. */
  failures: number;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: IsoTime | null;
}

/** An agency item as its newest version says; its versions, raw bytes included, are in `wire_item_versions`. */
export interface WireItemTable {
  id: Generated<number>;
  source_id: number;
  guid: string;
  edition: string;
  version: number | null;
  /** What tells a new version from a repeat when the source numbers none (feeds). */
  content_hash: string;
  urgency: number | null;
  headline: string;
  standfirst: string | null;
  body_html: string;
  byline: string | null;
  credit: string | null;
  language: string | null;
  dateline_place: string | null;
  first_created: IsoTime | null;
  version_created: IsoTime | null;
  embargoed: number;
  embargo_until: IsoTime | null;
  status: WireStatus;
  /** JSON: subjects, keywords, people, organisations, places, pictures and what did not map. */
  details: string;
  versions: number;
  received_at: IsoTime;
  updated_at: IsoTime;
}

export interface WireItemVersionTable {
  id: Generated<number>;
  item_id: number;
  file_id: number;
  version: number | null;
  content_hash: string;
  /** JSON: the WireItem this version mapped to. */
  item: string;
  received_at: IsoTime;
}

/** A file as received, kept once for all the items it holds; one that could not be read says why. */
export interface WireFileTable {
  id: Generated<number>;
  source_id: number;
  file_name: string | null;
  raw: Buffer;
  encoding_note: string | null;
  failure: string | null;
  received_at: IsoTime;
}

/** An item's subjects as its newest version gives them, for the desk's subject filter. */
export interface WireItemSubjectTable {
  item_id: number;
  code: string | null;
  name: string;
}

/** A story made from an item: adopted in the item's edition, or translated into another. */
export interface WireAdoptionTable {
  id: Generated<number>;
  item_id: number;
  article_id: number;
  edition: string;
  kind: "adopt" | "translate";
  /** The item's version number the story was made from, as the agency numbered it. */
  item_version: number | null;
  /** The version (row) the desk has seen for this story; a newer one is "agency copy updated". */
  seen_version_id: number | null;
  adopted_by: number | null;
  adopted_at: IsoTime;
}

export interface WireTables {
  wire_sources: WireSourceTable;
  wire_items: WireItemTable;
  wire_item_versions: WireItemVersionTable;
  wire_files: WireFileTable;
  wire_item_subjects: WireItemSubjectTable;
  wire_adoptions: WireAdoptionTable;
}
