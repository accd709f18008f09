/** What an import made of one thing in an export; see import-ledger.ts. */
export interface ImportLedgerTable {
  /** The exporting site, e.g. `old.example.com` (scheme dropped: http and https exports agree). */
  source: string;
  /** The thing within it: `post:en:123`, `author:jdoe`, `attachment:45`… (import-ledger.ts). */
  item_key: string;
  target_kind: "article" | "static-page" | "media" | "author" | "section" | "tag";
  target_id: number;
  content_hash: string;
  target_version: number | null;
  imported_at: string;
}

export interface ImporterTables {
  import_ledger: ImportLedgerTable;
}
