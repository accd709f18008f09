import { type Kysely, sql } from "kysely";
import { articlePath } from "../content/content.ts";
import { isVisibleToReaders } from "../content/reader-visibility.ts";
import type { Database } from "../db/database.ts";
import { redirectKey } from "./redirect-key.ts";

type Q = Kysely<Database>;

/** A stored redirect as the newsroom lists it; `path` of a story is its public URL, null while hidden. */
export interface RedirectListItem {
  id: number;
  from: string;
  source: string;
  createdAt: string;
  target:
    | {
        kind: "story";
        articleId: number;
        headline: string;
        edition: string;
        status: string;
        path: string | null;
      }
    | { kind: "path"; path: string };
}

/** The story a redirect names, with its section, when it has one. */
function withStory(db: Q) {
  return db
    .selectFrom("redirects as r")
    .leftJoin("articles as a", "a.id", "r.article_id")
    .leftJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .select([
      "r.id",
      "r.from_key",
      "r.article_id",
      "r.target_path",
      "r.source",
      "r.created_at",
      "a.headline",
      "a.edition",
      "a.slug",
      "a.status",
      "a.published_at",
      "sl.slug as section_slug",
    ]);
}

type Joined = Awaited<ReturnType<ReturnType<typeof withStory>["executeTakeFirstOrThrow"]>>;

/** The story's public URL if readers may see it at `now`; a draft's URL must never leak. */
function storyUrl(row: Joined, now: string): string | null {
  if (row.status === null || row.edition === null || row.slug === null || row.section_slug === null)
    return null;
  if (!isVisibleToReaders({ status: row.status, publishedAt: row.published_at }, now)) return null;
  return articlePath(row.edition, row.section_slug, row.slug);
}

/**
 * Where an old address (the request's path and query) leads now, or undefined: no redirect, or its
 * story is not visible to readers. One lookup on the unique key; the site asks only when it would
 * otherwise answer 404 (or for `/` with a query), so live pages never pay for it.
 */
export async function findRedirectTarget(db: Q, url: string, now: string): Promise<string | undefined> {
  const key = redirectKey(url);
  // The root is the front page, never an old address: `/?utm_source=x` costs no lookup.
  if (!key || key === "/") return undefined;
  const row = await withStory(db).where("r.from_key", "=", key).executeTakeFirst();
  if (!row) return undefined;
  const target = row.target_path ?? storyUrl(row, now);
  // A redirect to the address itself would loop; the path answers its 404 instead.
  return target === null || redirectKey(target) === key ? undefined : target;
}

/** A search as the stored keys spell it: lower case, escapes upper case, so a pasted link matches. */
function keyFragment(q: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(q)) return redirectKey(q) ?? q;
  let text = q;
  try {
    text = decodeURIComponent(q);
  } catch {
    // A stray `%` is searched for as typed.
  }
  return [...text.normalize("NFC").toLowerCase()]
    .map((c) => ("/?=&".includes(c) ? c : encodeURIComponent(c)))
    .join("");
}

/** One page of redirects, newest first, optionally only those whose old address holds `q`. */
export async function listRedirects(
  db: Q,
  page: { q?: string | undefined; beforeId?: number | undefined; limit: number; now: string },
): Promise<RedirectListItem[]> {
  let query = withStory(db).orderBy("r.id", "desc").limit(page.limit);
  if (page.q) {
    const pattern = `%${keyFragment(page.q).replace(/[!%_]/g, (c) => `!${c}`)}%`;
    query = query.where(sql<boolean>`r.from_key like ${pattern} escape '!'`);
  }
  if (page.beforeId !== undefined) query = query.where("r.id", "<", page.beforeId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    from: row.from_key,
    source: row.source,
    createdAt: row.created_at,
    target:
      row.target_path !== null
        ? { kind: "path", path: row.target_path }
        : {
            kind: "story",
            articleId: row.article_id ?? 0,
            headline: row.headline ?? "",
            edition: row.edition ?? "",
            status: row.status ?? "",
            path: storyUrl(row, page.now),
          },
  }));
}
