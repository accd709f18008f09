import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";

/** The related stories to show with a story: pinned first, then computed, best first. (Being implemented.) */
export async function relatedIdsFor(_db: Kysely<Database>, _articleId: number): Promise<number[]> {
  throw new Error("not yet implemented");
}
