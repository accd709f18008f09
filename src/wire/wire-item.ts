/**
 * One agency item as every format maps into it (ninjs, NewsML-G2, syndication feeds). Times are
 * ISO 8601 in UTC; text is NFC; the body is sanitized HTML. What a format says that has no place
 * here goes into `extra`, keyed by where it was in the source, so nothing is dropped silently.
 */
export interface WireItem {
  /** The agency's identifier for the story across its versions (ninjs `uri`, G2 `guid`, a feed's guid or link). */
  guid: string;
  /** The version number, higher is newer; undefined when the source gives none (feeds). */
  version?: number;
  /** 1 (flash) to 9 (lowest); undefined when not given. */
  urgency?: number;
  headline: string;
  standfirst?: string;
  bodyHtml: string;
  byline?: string;
  /** The agency's credit line as the source gives it; the desk falls back on the source's credit. */
  credit?: string;
  /** BCP 47 tag as given (`en`, `bn`, `nb-NO`), lower-cased language part. */
  language?: string;
  subjects: WireConcept[];
  keywords: string[];
  /** The place the story was filed from, when the source gives one. */
  datelinePlace?: string;
  people: WireConcept[];
  organisations: WireConcept[];
  places: WireConcept[];
  firstCreated?: string;
  versionCreated?: string;
  /**
   * Held until this time. `{ until: undefined }` is an embargo whose time is not known yet (G2's
   * empty `<embargoed/>`): held until a later version says when.
   */
  embargo?: { until?: string };
  status: WireStatus;
  pictures: WirePicture[];
  /** What the source said that has no field above, by its path in the source. */
  extra: Record<string, unknown>;
}

/** An item with nothing but its identity, usable and empty: what each format fills in. */
export function emptyWireItem(guid: string): WireItem {
  return {
    guid,
    headline: "",
    bodyHtml: "",
    subjects: [],
    keywords: [],
    people: [],
    organisations: [],
    places: [],
    status: "usable",
    pictures: [],
    extra: {},
  };
}

/** IPTC's publication status: withheld and canceled items must not be (or stay) published. */
export type WireStatus = "usable" | "withheld" | "canceled";

/** A subject, person, organisation or place: its name, and its code in the source's vocabulary. */
export interface WireConcept {
  name: string;
  /** A QCode or URI (`medtop:20000763`, `http://cv.iptc.org/newscodes/…`), when given. */
  code?: string;
}

export interface WirePicture {
  /** The largest rendition's address, or the picture's own. */
  href?: string;
  caption?: string;
  credit?: string;
  altText?: string;
  renditions: WireRendition[];
}

export interface WireRendition {
  name?: string;
  href: string;
  contentType?: string;
  width?: number;
  height?: number;
}

/** The items one file holds: one for ninjs and G2 news items, several for a feed or a G2 package. */
export interface ParsedWireFile {
  format: WireFormat;
  /** The format's version as the file declares or shows it (`ninjs 2.1`, `RSS 2.0`). */
  formatVersion: string;
  items: WireItem[];
  /** How the bytes were read, when that needs saying (see decode-text.ts). */
  encodingNote?: string;
}

export const WIRE_FORMATS = ["ninjs", "newsml-g2", "feed"] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];
