import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { articlePath } from "./content.ts";
import { readerArticles } from "./reader-visibility.ts";

type T = Transaction<Database>;
type OldPath = Database["article_paths"];

/**
 * Keeps the public path a once-published story answered at when a save moves it to another slug
 * or section, so every link readers and search engines hold keeps reaching it. Compares with the
 * stored row, so it must run after the update, in the same transaction.
 */
export async function rememberOldPath(
  trx: T,
  before: Pick<EditableArticle, "id" | "edition" | "section" | "slug" | "publishedAt">,
): Promise<void> {
  // A story that never went live has no address anyone could have kept.
  if (before.publishedAt === null) return;
  const after = await trx
    .selectFrom("articles as a")
    .innerJoin("section_localizations as sl", (j) =>
      j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
    )
    .where("a.id", "=", before.id)
    .select(["a.slug", "sl.slug as section_slug"])
    .executeTakeFirstOrThrow();
  if (after.slug === before.slug && after.section_slug === before.section) return;
  await upsertPaths(trx, [
    { edition: before.edition, section_slug: before.section, slug: before.slug, article_id: before.id },
  ]);
}

/** A section's slug changed in one edition: every once-published story in it keeps its old path. */
export async function rememberSectionPaths(
  trx: T,
  section: { id: number; edition: string; oldSlug: string },
): Promise<void> {
  const stories = await trx
    .selectFrom("articles")
    .where("section_id", "=", section.id)
    .where("edition", "=", section.edition)
    .where("published_at", "is not", null)
    .select(["id", "slug"])
    .execute();
  await upsertPaths(
    trx,
    stories.map((s) => ({
      edition: section.edition,
      section_slug: section.oldSlug,
      slug: s.slug,
      article_id: s.id,
    })),
  );
}

/** Rows per insert: a large section would pass SQLite's limit on bound parameters in one statement. */
const CHUNK = 500;

/** The last story to leave a path owns it: an older redirect from the same path is replaced. */
async function upsertPaths(trx: T, paths: OldPath[]): Promise<void> {
  for (let i = 0; i < paths.length; i += CHUNK) {
    await trx
      .insertInto("article_paths")
      .values(paths.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .columns(["edition", "section_slug", "slug"])
          .doUpdateSet({ article_id: (eb) => eb.ref("excluded.article_id") }),
      )
      .execute();
  }
}

/**
 * Where a story that used to answer at this path lives now, if it is live; undefined otherwise.
 * The site asks only when no live story holds the path, so a new story that takes an old path wins.
 * Renames chain to the newest path directly: the row names the story, not the next path.
 */
export async function movedArticlePath(
  db: Kysely<Database>,
  path: { edition: string; sectionSlug: string; slug: string },
  now: string,
): Promise<string | undefined> {
  const row = await readerArticles(db, now)
    .innerJoin("article_paths as p", "p.article_id", "a.id")
    .where("p.edition", "=", path.edition)
    .where("p.section_slug", "=", path.sectionSlug)
    .where("p.slug", "=", path.slug)
    .select(["a.edition", "a.slug", "sl.slug as section_slug"])
    .executeTakeFirst();
  if (!row) return undefined;
  const target = articlePath(row.edition, row.section_slug, row.slug);
  // A story back at an old path is served there; never answer a path with itself.
  return target === articlePath(path.edition, path.sectionSlug, path.slug) ? undefined : target;
}
