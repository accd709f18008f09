import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { anyRelatedStored, refreshAllRelated } from "./related/related-stories.ts";
import { buildSearchIndexIfMissing, rebuildSearchIndex, searchIndexMissing } from "./search-index.ts";

/** Indexes every published story afresh and recomputes all related stories. */
export async function rebuildSearch(db: Kysely<Database>, now: Date) {
  const { documents } = await rebuildSearchIndex(db);
  await refreshAllRelated(db, now.toISOString());
  return { documents };
}

/**
 * Builds search for a database that has stories but no index: one from before search, or one whose
 * index a migration emptied to store it anew. Related stories are stored by story, not in the
 * index, so ones already there are kept rather than recomputed (hours on a large archive).
 * Does nothing when the index is there.
 */
export async function ensureSearch(db: Kysely<Database>, now: Date): Promise<boolean> {
  if (!(await searchIndexMissing(db))) return false;
  if (!(await buildSearchIndexIfMissing(db))) return false;
  if (!(await anyRelatedStored(db))) await refreshAllRelated(db, now.toISOString());
  return true;
}
