import type { Generated } from "kysely";

export type StaticPageStatus = "published" | "draft";

/** A static page of an edition; see static-pages.ts. Times are ISO 8601 in UTC (`…Z`). */
export interface StaticPageTable {
  id: Generated<number>;
  edition: string;
  /** NFC, no leading or trailing slash: `about/team` (page-path.ts). */
  path: string;
  title: string;
  /** Sanitized as a story's body is (content/sanitize-body.ts). */
  body_html: string;
  status: StaticPageStatus;
  published_at: string | null;
  /** When the page's text last changed, as its author dated it (shown as the sitemap's lastmod). */
  updated_at: string | null;
  created_at: string;
  /** When this row last changed. */
  modified_at: string;
}

export interface StaticPageTables {
  static_pages: StaticPageTable;
}
