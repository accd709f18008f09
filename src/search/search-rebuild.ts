import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { refreshAllRelated } from "./related/related-stories.ts";
import { rebuildSearchIndex, searchIndexMissing } from "./search-index.ts";

/** Indexes every published story afresh and recomputes all related stories. */
export async function rebuildSearch(db: Kysely<Database>, now: Date) {
  const { documents } = await rebuildSearchIndex(db);
  await refreshAllRelated(db, now.toISOString());
  return { documents };
}

/** Builds search for a database that has stories but no index yet; does nothing otherwise. */
export async function ensureSearch(db: Kysely<Database>, now: Date): Promise<boolean> {
  if (!(await searchIndexMissing(db))) return false;
  await rebuildSearch(db, now);
  return true;
}
