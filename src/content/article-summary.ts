import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { preparedRead } from "../db/prepared-read.ts";
import type { ArticleKind } from "./article.kinds.ts";
import type { ArticleSummary, AuthorRef } from "./content.ts";

type Q = Kysely<Database>;

/** What a summary reads from `articles as a`, `section_localizations as sl` and `sections as s`. */
export const SUMMARY_COLUMNS = [
  "a.id",
  "a.edition",
  "a.kind",
  "a.slug",
  "a.headline",
  "a.standfirst",
  "a.credit_line",
  "a.lead_media_id",
  "a.published_at",
  "a.updated_at",
  "a.translation_group",
  "s.id as section_id",
  "s.key as section_key",
  "sl.slug as section_slug",
  "sl.name as section_name",
] as const;

export type SummaryRow = {
  id: number;
  edition: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  credit_line: string | null;
  lead_media_id: number | null;
  published_at: string | null;
  updated_at: string | null;
  translation_group: string | null;
  section_id: number;
  section_key: string;
  section_slug: string;
  section_name: string;
};

/** The one mapper from stored columns to the summary every reader-facing feature builds from. */
export function rowToSummary(row: SummaryRow): ArticleSummary {
  const publishedAt = row.published_at ?? "";
  return {
    id: row.id,
    edition: row.edition,
    kind: row.kind,
    slug: row.slug,
    section: { id: row.section_id, key: row.section_key, slug: row.section_slug, name: row.section_name },
    headline: row.headline,
    standfirst: row.standfirst,
    creditLine: row.credit_line,
    authors: [],
    leadMediaId: row.lead_media_id,
    publishedAt,
    updatedAt: row.updated_at !== null && row.updated_at > publishedAt ? row.updated_at : null,
    translationGroup: row.translation_group,
  };
}

/** The bylines of stories, each named in its story's edition. */
const bylinesOf = preparedRead((db, { ids }: { ids: readonly number[] }) =>
  db
    .selectFrom("article_authors as aa")
    .innerJoin("articles as a", "a.id", "aa.article_id")
    .innerJoin("authors as au", "au.id", "aa.author_id")
    .innerJoin("author_localizations as l", (join) =>
      join.onRef("l.author_id", "=", "au.id").onRef("l.edition", "=", "a.edition"),
    )
    .where("aa.article_id", "in", ids)
    .select(["aa.article_id", "au.slug", "l.name"])
    .orderBy("aa.position"),
);

/** Summaries of the rows with their bylines, named in each story's edition, in one query. */
export async function summariesWithAuthors(db: Q, rows: readonly SummaryRow[]): Promise<ArticleSummary[]> {
  if (rows.length === 0) return [];
  const bylines = await bylinesOf(db, { ids: rows.map((r) => r.id) });
  const byArticle = new Map<number, AuthorRef[]>();
  for (const { article_id, slug, name } of bylines) {
    byArticle.set(article_id, [...(byArticle.get(article_id) ?? []), { slug, name }]);
  }
  return rows.map((r) => ({ ...rowToSummary(r), authors: byArticle.get(r.id) ?? [] }));
}
