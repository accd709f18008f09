import type { Generated } from "kysely";

/** An old address that answers 301; see redirects.service.ts. Exactly one target column is set. */
export interface RedirectTable {
  id: Generated<number>;
  from_key: string;
  article_id: number | null;
  target_path: string | null;
  source: string;
  created_at: string;
}

export interface RedirectTables {
  redirects: RedirectTable;
}
