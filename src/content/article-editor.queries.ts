import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { ArticleFields } from "./article.commands.ts";
import type { ArticleStatus } from "./article.kinds.ts";
import { articlePath } from "./content.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** An article as the newsroom sees it: any status, with everything an editor can change. */
export interface EditableArticle extends ArticleFields {
  id: number;
  version: number;
  status: ArticleStatus;
  edition: string;
  sectionId: number;
  /** The section's name in the story's edition, for lists that show it to people. */
  sectionName: string;
  translationGroup: string | null;
  translations: { id: number; edition: string; status: ArticleStatus; headline: string }[];
  publishedAt: string | null;
  updatedAt: string | null;
  scheduledAt: string | null;
  createdAt: string;
  modifiedAt: string;
  url: string | null;
  createdBy: { id: number; name: string } | null;
}

function baseQuery(db: Q) {
  return db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .leftJoin("users as u", "u.id", "a.created_by")
    .selectAll("a")
    .select(["sl.slug as section_slug", "sl.name as section_name", "u.name as creator_name"]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>["executeTakeFirstOrThrow"]>>;

export async function findEditableArticle(db: Q, id: number): Promise<EditableArticle | undefined> {
  const row = await baseQuery(db).where("a.id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [full] = await withRelations(db, [row]);
  return full;
}

export interface EditorListFilter {
  edition?: string;
  sectionId?: number;
  status?: ArticleStatus;
  authorId?: number;
  createdBy?: number;
  text?: string;
}

/** What a newsroom list is ordered by, newest first: the last change, or the publication time. */
export type EditorListOrder = "modified" | "published";

/**
 * Newest first by the order's time, then id; the cursor is the last item's time and id. Ordered by
 * publication, only stories that have a publication time are listed.
 */
export async function listEditableArticles(
  db: Q,
  filter: EditorListFilter,
  page: { cursor?: { at: string; id: number }; limit: number; order?: EditorListOrder },
): Promise<EditableArticle[]> {
  const column = page.order === "published" ? "a.published_at" : "a.modified_at";
  let query = baseQuery(db);
  if (filter.edition) query = query.where("a.edition", "=", filter.edition);
  if (filter.sectionId !== undefined) query = query.where("a.section_id", "=", filter.sectionId);
  if (filter.status) query = query.where("a.status", "=", filter.status);
  if (filter.createdBy !== undefined) query = query.where("a.created_by", "=", filter.createdBy);
  if (filter.authorId !== undefined) {
    const authorId = filter.authorId;
    query = query.where(
      "a.id",
      "in",
      db.selectFrom("article_authors").where("author_id", "=", authorId).select("article_id"),
    );
  }
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb("a.headline", "like", pattern),
        eb("a.standfirst", "like", pattern),
        eb("a.slug", "like", pattern),
      ]),
    );
  }
  if (page.order === "published") query = query.where("a.published_at", "is not", null);
  if (page.cursor) {
    const { at, id } = page.cursor;
    query = query.where((eb) =>
      eb.or([eb(column, "<", at), eb.and([eb(column, "=", at), eb("a.id", "<", id)])]),
    );
  }
  const rows = await query.orderBy(column, "desc").orderBy("a.id", "desc").limit(page.limit).execute();
  return withRelations(db, rows);
}

async function withRelations(db: Q, rows: Row[]): Promise<EditableArticle[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const groups = [...new Set(rows.map((r) => r.translation_group).filter((g): g is string => g !== null))];
  const [tags, authors, siblings] = await Promise.all([
    db
      .selectFrom("article_tags as at")
      .innerJoin("tags as t", "t.id", "at.tag_id")
      .where("at.article_id", "in", ids)
      .select(["at.article_id", "t.slug"])
      .orderBy("t.slug")
      .execute(),
    db
      .selectFrom("article_authors as aa")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .where("aa.article_id", "in", ids)
      .select(["aa.article_id", "au.slug"])
      .orderBy("aa.position")
      .execute(),
    groups.length
      ? db
          .selectFrom("articles")
          .where("translation_group", "in", groups)
          .select(["id", "edition", "status", "headline", "translation_group"])
          .execute()
      : Promise.resolve([]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    edition: r.edition,
    sectionId: r.section_id,
    section: r.section_slug,
    sectionName: r.section_name,
    kind: r.kind,
    slug: r.slug,
    headline: r.headline,
    standfirst: r.standfirst,
    body: r.body_html,
    creditLine: r.credit_line,
    datelinePlace: r.dateline_place,
    leadMediaId: r.lead_media_id,
    tags: tags.filter((t) => t.article_id === r.id).map((t) => t.slug),
    authors: authors.filter((a) => a.article_id === r.id).map((a) => a.slug),
    translationGroup: r.translation_group,
    translations: siblings
      .filter((s) => s.translation_group === r.translation_group && s.id !== r.id)
      .map(({ id, edition, status, headline }) => ({ id, edition, status, headline })),
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    scheduledAt: r.scheduled_at,
    correctionNote: r.correction_note,
    embargoUntil: r.embargo_until,
    seoTitle: r.seo_title,
    seoDescription: r.seo_description,
    socialTitle: r.social_title,
    socialDescription: r.social_description,
    socialMediaId: r.social_media_id,
    createdAt: r.created_at,
    modifiedAt: r.modified_at,
    url: r.status === "published" ? articlePath(r.edition, r.section_slug, r.slug) : null,
    createdBy:
      r.created_by !== null && r.creator_name !== null ? { id: r.created_by, name: r.creator_name } : null,
  }));
}
