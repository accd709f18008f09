import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { listPublished, summariesByIds } from "./article.queries.ts";
import type { ArticleSummary } from "./content.ts";

type Q = Kysely<Database>;

/**
 * Related stories, first version: published stories of the same edition ranked by shared tags,
 * then topped up from the same section and finally from the latest news. Never the story itself
 * nor its translations, and only stories with a picture, since every item shows a thumbnail.
 */
export async function findRelated(
  db: Q,
  article: Pick<ArticleSummary, "id" | "edition" | "translationGroup" | "section">,
  now: string,
  limit: number,
): Promise<ArticleSummary[]> {
  const excluded = await idsOfStory(db, article);
  const byTags = await db
    .selectFrom("article_tags as mine")
    .innerJoin("article_tags as theirs", "theirs.tag_id", "mine.tag_id")
    .innerJoin("articles as a", "a.id", "theirs.article_id")
    .where("mine.article_id", "=", article.id)
    .where("a.id", "not in", excluded)
    .where("a.edition", "=", article.edition)
    .where("a.lead_media_id", "is not", null)
    .where("a.status", "=", "published")
    .where("a.published_at", "<=", now)
    .groupBy(["a.id", "a.published_at"])
    .select(["a.id", sql<number>`count(*)`.as("shared")])
    .orderBy("shared", "desc")
    .orderBy("a.published_at", "desc")
    .limit(limit)
    .execute();
  const chosen = await summariesByIds(
    db,
    article.edition,
    byTags.map((r) => r.id),
    now,
  );
  for (const filter of [{ sectionId: article.section.id }, {}]) {
    if (chosen.length >= limit) break;
    const topUp = await listPublished(
      db,
      {
        edition: article.edition,
        ...filter,
        withPicture: true,
        excludeIds: [...excluded, ...chosen.map((s) => s.id)],
      },
      now,
      { limit: limit - chosen.length, offset: 0 },
    );
    chosen.push(...topUp.items);
  }
  return chosen;
}

async function idsOfStory(
  db: Q,
  article: Pick<ArticleSummary, "id" | "translationGroup">,
): Promise<number[]> {
  if (article.translationGroup === null) return [article.id];
  const rows = await db
    .selectFrom("articles")
    .where("translation_group", "=", article.translationGroup)
    .select("id")
    .execute();
  return [article.id, ...rows.map((r) => r.id)];
}
