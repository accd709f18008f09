/** What the WXR reader hands on, one record at a time, in file order. Every record carries the line it starts on. */

export type WxrRecord = WxrHeader | WxrAuthor | WxrCategory | WxrTag | WxrTerm | WxrItem | WxrSkippedItem;

/** Accepted `wp:wxr_version` values; newer exports may change meaning, so they are refused like WordPress does. */
export const SUPPORTED_WXR_VERSIONS = ["1.0", "1.1", "1.2"] as const;
export type WxrVersion = (typeof SUPPORTED_WXR_VERSIONS)[number];

/** Always the first record, and only once the version is known to be supported; `line` is the channel's. */
export interface WxrHeader {
  kind: "header";
  line: number;
  title: string;
  link: string;
  description: string;
  language: string;
  wxrVersion: WxrVersion;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  kind: "author";
  line: number;
  id: number | null;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrMeta {
  key: string;
  /** As exported: PHP-serialized values stay text; read them with `readPhpSerialized`. */
  value: string;
}

export interface WxrCategory {
  kind: "category";
  line: number;
  termId: number | null;
  nicename: string;
  /** The parent's nicename (WordPress exports the slug, not the id); "" at the top. */
  parent: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

export interface WxrTag {
  kind: "tag";
  line: number;
  termId: number | null;
  slug: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

/** Any other taxonomy (nav_menu, post_format, Polylang's language and post_translations, …). */
export interface WxrTerm {
  kind: "term";
  line: number;
  termId: number | null;
  taxonomy: string;
  slug: string;
  /** The parent's slug; "" at the top. */
  parent: string;
  name: string;
  description: string;
  meta: WxrMeta[];
}

/**
 * When a post happened. WXR does not record the site's time zone: `post_date_gmt` is an instant when
 * present, and otherwise only `post_date`, the site's wall-clock time, is known.
 */
export type WxrWhen =
  | { kind: "instant" /** ISO 8601 in UTC, `…Z` */; iso: string }
  | { kind: "site-local" /** `YYYY-MM-DDTHH:MM:SS`, to be read in the site's zone */; wallTime: string };

/** An item's `<category>`: `domain` is the taxonomy (category, post_tag, language, post_translations, …). */
export interface WxrItemTerm {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  kind: "item";
  line: number;
  postId: number;
  postType: string;
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: boolean;
  /** The RSS date as written (RFC 822; drafts carry year -0001): for reports, never for the stored date. */
  pubDate: string;
  creator: string;
  content: string;
  excerpt: string;
  /** From post_date_gmt when set, else post_date; null when neither is set. */
  date: WxrWhen | null;
  /** post_date as the site's wall time, kept so the caller can derive each post's offset from the GMT date. */
  localDate: string | null;
  modified: WxrWhen | null;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: number;
  menuOrder: number;
  postPassword: string;
  isSticky: boolean;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: WxrMeta[];
  comments: { count: number; approved: number };
}

/** An item whose content cannot be used; the rest of the file still reads. */
export interface WxrSkippedItem {
  kind: "skipped";
  line: number;
  /** When the item got far enough to show one. */
  postId: number | null;
  title: string;
  reason: string;
}

export type WxrErrorCode =
  | "not-utf8"
  | "not-xml"
  | "not-wxr"
  | "doctype-refused"
  | "missing-version"
  | "invalid-version"
  | "unsupported-version"
  | "malformed-xml"
  | "too-large";

/** The file cannot be read as WXR. Raised before any record when the file is not WXR of a known version. */
export class WxrError extends Error {
  override name = "WxrError";
  constructor(
    readonly code: WxrErrorCode,
    readonly reason: string,
    /** The line the reason was found on, when known. */
    readonly line: number | null = null,
  ) {
    super(line === null ? reason : `${reason} (line ${line})`);
  }

  /** The same refusal naming its file, for a command given several. */
  inFile(path: string): WxrError {
    return new WxrError(this.code, `${path}: ${this.reason}`, this.line);
  }
}
