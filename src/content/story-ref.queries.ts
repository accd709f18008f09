import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleStatus } from "./article.kinds.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** A story named in a newsroom list (related stories): enough to recognise it, whatever its status. */
export interface StoryRef {
  id: number;
  headline: string;
  edition: string;
  status: ArticleStatus;
  sectionName: string;
  publishedAt: string | null;
  translationGroup: string | null;
}

/** The stories with these ids in the order of `ids`; ids of no story are left out. */
export async function findStoryRefs(db: Q, ids: readonly number[]): Promise<StoryRef[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .where("a.id", "in", ids)
    .select([
      "a.id",
      "a.headline",
      "a.edition",
      "a.status",
      "sl.name as sectionName",
      "a.published_at as publishedAt",
      "a.translation_group as translationGroup",
    ])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
