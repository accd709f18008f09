import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";

type Q = Kysely<Database>;

/** A static page as readers get it. */
export interface StaticPage {
  id: number;
  edition: string;
  path: string;
  title: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string | null;
}

/** A published page's address and last change, for the edition's sitemap. */
export interface StaticPageEntry {
  path: string;
  lastModified: string;
}

/** The page readers see at `path` (stored spelling, page-path.ts): published, and not before its time. */
export async function staticPageAt(
  db: Q,
  edition: string,
  path: string,
  now: string,
): Promise<StaticPage | undefined> {
  const row = await db
    .selectFrom("static_pages")
    .where("edition", "=", edition)
    .where("path", "=", path)
    .where("status", "=", "published")
    .where("published_at", "<=", now)
    .select(["id", "edition", "path", "title", "body_html", "published_at", "updated_at"])
    .$narrowType<{ published_at: string }>()
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      edition: row.edition,
      path: row.path,
      title: row.title,
      bodyHtml: row.body_html,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
    }
  );
}

/** Every page of an edition readers can see, by path. */
export async function publishedStaticPages(db: Q, edition: string, now: string): Promise<StaticPageEntry[]> {
  const rows = await db
    .selectFrom("static_pages")
    .where("edition", "=", edition)
    .where("status", "=", "published")
    .where("published_at", "<=", now)
    .select(["path", "published_at", "updated_at"])
    .$narrowType<{ published_at: string }>()
    .orderBy("path")
    .execute();
  return rows.map((r) => ({ path: r.path, lastModified: r.updated_at ?? r.published_at }));
}

/** The editions that have a page readers can see, which the sitemap index lists a sitemap of pages for. */
export async function editionsWithStaticPages(db: Q, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom("static_pages")
    .where("status", "=", "published")
    .where("published_at", "<=", now)
    .select("edition")
    .distinct()
    .execute();
  return rows.map((r) => r.edition);
}
