import type { Transaction } from "kysely";
import type { Database } from "../db/database.ts";
import { dialectOf } from "../db/dialect.ts";
import { AppError } from "../http/app-error.ts";
import { enqueueJob } from "../jobs/job-queue.ts";
import { replaceAuthors, replaceTags } from "./article-references.ts";
import { insertArticle, lockArticle, updateArticleAt } from "./article-rows.ts";
import { PUBLISH_SCHEDULED_JOB } from "./article-workflow.ts";
import type { NewArticle } from "./content.writes.ts";
import { sanitizeStoryBody } from "./sanitize-body.ts";

type T = Transaction<Database>;

/**
 * The content side of an import (src/importers): authors, sections, tags and stories made from
 * another system's records, found again by slug so a re-run or a second export reuses them.
 */

export interface ImportedAuthor {
  slug: string;
  name: string;
  bio: string;
}

/**
 * The author with this slug, made if new, named in every edition (a byline needs a name in the
 * story's edition; the newsroom can translate it later). An existing author keeps their texts.
 */
export async function ensureAuthor(
  trx: T,
  author: ImportedAuthor,
  editions: readonly string[],
): Promise<number> {
  await trx
    .insertInto("authors")
    .values({ slug: author.slug, kind: "staff", photo_media_id: null })
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const { id } = await trx
    .selectFrom("authors")
    .where("slug", "=", author.slug)
    .select("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("author_localizations")
    .values(
      editions.map((edition) => ({ author_id: id, edition, name: author.name, title: "", bio: author.bio })),
    )
    .onConflict((oc) => oc.columns(["author_id", "edition"]).doNothing())
    .execute();
  return id;
}

export interface ImportedSection {
  edition: string;
  slug: string;
  name: string;
  /** An existing section's key chosen for it (a section map); otherwise found by slug or made. */
  key?: string;
}

/**
 * The section a category becomes: the one a map names, else the one with this slug in the
 * edition, else a new one at the end of the navigation. A section found by key that has no name
 * in this edition gets the category's.
 */
export async function ensureSection(trx: T, section: ImportedSection): Promise<number> {
  if (!section.key) {
    const found = await sectionBySlug(trx, section.edition, section.slug);
    if (found !== undefined) return found;
  }
  const key = section.key ?? `wp-${section.slug}`.slice(0, 80);
  const last = await trx
    .selectFrom("sections")
    .select((eb) => eb.fn.max("position").as("position"))
    .executeTakeFirst();
  await trx
    .insertInto("sections")
    .values({ key, position: Number(last?.position ?? 0) + 1 })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const { id } = await trx
    .selectFrom("sections")
    .where("key", "=", key)
    .select("id")
    .executeTakeFirstOrThrow();
  const taken = await sectionBySlug(trx, section.edition, section.slug);
  await trx
    .insertInto("section_localizations")
    .values({
      section_id: id,
      edition: section.edition,
      // Another section holds the slug in this edition: this one's own key keeps them apart.
      slug: taken === undefined || taken === id ? section.slug : key,
      name: section.name,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return id;
}

async function sectionBySlug(trx: T, edition: string, slug: string): Promise<number | undefined> {
  const row = await trx
    .selectFrom("section_localizations")
    .where("edition", "=", edition)
    .where("slug", "=", slug)
    .select("section_id")
    .executeTakeFirst();
  return row?.section_id;
}

/** The section a key names, if there is one: a section map may only name sections that exist. */
export async function sectionIdByKey(db: Pick<T, "selectFrom">, key: string): Promise<number | undefined> {
  const row = await db.selectFrom("sections").where("key", "=", key).select("id").executeTakeFirst();
  return row?.id;
}

/** Tag ids for these slugs in the edition, each made (with its name) if new; order kept, repeats dropped. */
export async function ensureTags(
  trx: T,
  edition: string,
  tags: readonly { slug: string; name: string }[],
): Promise<number[]> {
  if (tags.length === 0) return [];
  await trx
    .insertInto("tags")
    .values(tags.map((t) => ({ edition, slug: t.slug, name: t.name })))
    .onConflict((oc) => oc.columns(["edition", "slug"]).doNothing())
    .execute();
  const rows = await trx
    .selectFrom("tags")
    .where("edition", "=", edition)
    .where(
      "slug",
      "in",
      tags.map((t) => t.slug),
    )
    .select(["id", "slug"])
    .$if(dialectOf(trx) === "postgres", (q) => q.forKeyShare())
    .execute();
  const ids = tags.flatMap((t) => rows.filter((r) => r.slug === t.slug).map((r) => r.id));
  return [...new Set(ids)];
}

/** A story as an import makes it: a new article's fields, less the agency's, plus a schedule. */
export type ImportedStory = Omit<NewArticle, "creditLine" | "datelinePlace" | "now"> & {
  scheduledAt: string | null;
};

function storyColumns(story: ImportedStory) {
  return {
    section_id: story.sectionId,
    kind: story.kind,
    headline: story.headline.normalize("NFC"),
    standfirst: story.standfirst.normalize("NFC"),
    body_html: sanitizeStoryBody(story.bodyHtml),
    lead_media_id: story.leadMediaId,
    status: story.status,
    published_at: story.publishedAt,
    updated_at: story.updatedAt,
    scheduled_at: story.scheduledAt,
  };
}

/**
 * Inserts an imported story under its old slug, numbered when the edition has it already. A
 * translation group that already holds a story in this edition is left out rather than refused:
 * the story still comes across, and `grouped` is false.
 */
export async function insertImportedStory(
  trx: T,
  story: ImportedStory,
  now: Date,
): Promise<{ id: number; grouped: boolean; linked: boolean }> {
  const editions = story.translationGroup === null ? [] : await groupEditions(trx, story.translationGroup);
  const grouped = story.translationGroup !== null && !editions.includes(story.edition);
  const id = await insertArticle(
    trx,
    {
      edition: story.edition,
      translation_group: grouped ? story.translationGroup : null,
      ...storyColumns(story),
      credit_line: null,
      dateline_place: null,
      embargo_until: null,
      correction_note: null,
      version: 1,
      created_at: now.toISOString(),
      modified_at: now.toISOString(),
      created_by: null,
    },
    { wanted: undefined, headline: story.slug },
  );
  await replaceAuthors(trx, id, story.authorIds);
  await replaceTags(trx, id, story.tagIds);
  await scheduleIfDue(trx, id, story, now);
  // Linked: it joined a group that already had a story in another edition.
  return { id, grouped, linked: grouped && editions.length > 0 };
}

async function groupEditions(trx: T, group: string): Promise<string[]> {
  const rows = await trx
    .selectFrom("articles")
    .where("translation_group", "=", group)
    .select("edition")
    .execute();
  return rows.map((r) => r.edition);
}

/** The story's version now, or undefined when it was deleted. */
export async function storyVersion(trx: T, id: number): Promise<number | undefined> {
  await lockArticle(trx, id);
  const row = await trx.selectFrom("articles").where("id", "=", id).select("version").executeTakeFirst();
  return row?.version;
}

/**
 * Writes a newer export's text over a story the import made and nobody has edited since
 * (`version`, read under the row lock); returns the version it leaves.
 */
export async function updateImportedStory(
  trx: T,
  read: { id: number; version: number },
  story: ImportedStory,
  now: Date,
): Promise<number> {
  await updateArticleAt(trx, read, { ...storyColumns(story), modified_at: now.toISOString() });
  await replaceAuthors(trx, read.id, story.authorIds);
  await replaceTags(trx, read.id, story.tagIds);
  await scheduleIfDue(trx, read.id, story, now);
  return read.version + 1;
}

/** A scheduled story goes out at its time like one scheduled in the newsroom (a missed time: at once). */
async function scheduleIfDue(trx: T, articleId: number, story: ImportedStory, now: Date): Promise<void> {
  if (story.status !== "scheduled" || !story.scheduledAt) return;
  await enqueueJob(trx, {
    kind: PUBLISH_SCHEDULED_JOB,
    payload: { articleId, scheduledAt: story.scheduledAt },
    runAt: new Date(story.scheduledAt),
    now,
  });
}

/** Throws when a section map names a section that does not exist; nothing is imported then. */
export function unknownSection(key: string): AppError {
  return new AppError("VALIDATION_FAILED", `The section map names "${key}", which is not a section.`);
}
