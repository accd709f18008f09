import type { ArticleStatus } from "../content/article.kinds.ts";
import { articlePath } from "../content/content.ts";
import type { Q } from "./live-entry.ts";

/** A live blog as the newsroom's pickers name it. */
export interface LiveBlogRef {
  id: number;
  edition: string;
  headline: string;
  status: ArticleStatus;
  /** Its public path once published. */
  url: string | null;
  modifiedAt: string;
}

/** Enough for a picker: an edition's live blogs are a handful at a time, not hundreds. */
export const LIVE_BLOGS_LISTED = 100;

/** An edition's live blogs whose coverage has not ended, last changed first. */
export async function listOpenLiveBlogs(db: Q, edition: string): Promise<LiveBlogRef[]> {
  const rows = await db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .leftJoin("live_coverage as c", "c.article_id", "a.id")
    .where("a.kind", "=", "live")
    .where("a.edition", "=", edition)
    .where("c.ended_at", "is", null)
    .select([
      "a.id",
      "a.edition",
      "a.headline",
      "a.status",
      "a.slug",
      "a.modified_at",
      "sl.slug as sectionSlug",
    ])
    .orderBy("a.modified_at", "desc")
    .orderBy("a.id", "desc")
    .limit(LIVE_BLOGS_LISTED)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    edition: r.edition,
    headline: r.headline,
    status: r.status,
    url: r.status === "published" ? articlePath(r.edition, r.sectionSlug, r.slug) : null,
    modifiedAt: r.modified_at,
  }));
}
