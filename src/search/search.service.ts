import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { SearchParams, SearchResults } from "./search.types.ts";

/** Full-text search of one edition's published stories. (Being implemented.) */
export async function searchArticles(
  _db: Kysely<Database>,
  _edition: string,
  _params: SearchParams,
  _now: string,
  _pageSize: number,
): Promise<SearchResults> {
  throw new Error("not yet implemented");
}
