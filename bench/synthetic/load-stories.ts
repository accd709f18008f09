/**
 * Loads generated stories as published articles: the demo paper's sections and authors first
 * (only those missing, so an archive and a labelled set can share a database), then each batch
 * in one transaction of multi-row INSERTs, creating its tags on the way.
 */
import type { Kysely, Transaction } from "kysely";
import {
  createArticles,
  createAuthor,
  createSection,
  createTag,
  type NewArticle,
} from "../../src/content/content.writes.ts";
import type { Database } from "../../src/db/database.ts";
import { COLUMNISTS, STAFF } from "../../src/demo/people.ts";
import { SECTIONS } from "../../src/demo/sections.ts";
import type { SyntheticStory } from "./synthetic-types.ts";

interface Taxonomy {
  sections: Map<string, number>;
  authors: Map<string, number>;
  /** Keyed by `edition|slug`. */
  tags: Map<string, number>;
}

function required(map: Map<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`synthetic story refers to unknown ${key}`);
  return id;
}

async function ensureSectionsAndAuthors(db: Kysely<Database>): Promise<Taxonomy> {
  const sections = new Map(
    (await db.selectFrom("sections").select(["id", "key"]).execute()).map((s) => [s.key, s.id]),
  );
  for (const s of SECTIONS.filter((s) => !sections.has(s.key))) {
    const localizations = Object.keys(s.name).map((edition) => ({
      edition,
      slug: s.slug[edition] ?? s.key,
      name: s.name[edition] ?? s.key,
    }));
    sections.set(s.key, await createSection(db, { key: s.key, position: s.position, localizations }));
  }
  const authors = new Map(
    (await db.selectFrom("authors").select(["id", "slug"]).execute()).map((a) => [a.slug, a.id]),
  );
  for (const a of [...COLUMNISTS, ...STAFF].filter((a) => !authors.has(a.slug))) {
    const localizations = Object.keys(a.name).map((edition) => ({
      edition,
      name: a.name[edition] ?? a.slug,
      title: a.title[edition] ?? "",
      bio: a.bio[edition] ?? "",
    }));
    authors.set(
      a.slug,
      await createAuthor(db, { slug: a.slug, kind: a.kind, photoMediaId: null, localizations }),
    );
  }
  const tags = new Map(
    (await db.selectFrom("tags").select(["id", "edition", "slug"]).execute()).map((t) => [
      `${t.edition}|${t.slug}`,
      t.id,
    ]),
  );
  return { sections, authors, tags };
}

async function ensureTags(trx: Transaction<Database>, batch: SyntheticStory[], tags: Map<string, number>) {
  for (const story of batch) {
    for (const tag of story.tags) {
      const key = `${story.edition}|${tag.slug}`;
      if (!tags.has(key)) tags.set(key, await createTag(trx, { edition: story.edition, ...tag }));
    }
  }
}

function toNewArticle(story: SyntheticStory, taxonomy: Taxonomy, now: string): NewArticle {
  return {
    edition: story.edition,
    translationGroup: story.translationGroup,
    sectionId: required(taxonomy.sections, story.sectionKey),
    kind: story.kind,
    slug: story.slug,
    headline: story.headline,
    standfirst: story.standfirst,
    bodyHtml: story.bodyHtml,
    creditLine: story.creditLine,
    datelinePlace: story.datelinePlace,
    leadMediaId: null,
    status: "published",
    publishedAt: story.publishedAt,
    updatedAt: null,
    authorIds: story.authorSlugs.map((slug) => required(taxonomy.authors, slug)),
    tagIds: [...new Set(story.tags.map((t) => required(taxonomy.tags, `${story.edition}|${t.slug}`)))],
    now,
  };
}

/**
 * Inserts every batch and returns how many stories went in. `onLoaded` hears each story with its
 * new id, which is how evaluation ties labels to articles without keeping the stories around.
 */
export async function loadSyntheticStories(
  db: Kysely<Database>,
  batches: Iterable<SyntheticStory[]>,
  options: { now: string; onLoaded?: (story: SyntheticStory, id: number) => void },
): Promise<number> {
  const taxonomy = await ensureSectionsAndAuthors(db);
  let loaded = 0;
  for (const batch of batches) {
    const ids = await db.transaction().execute(async (trx) => {
      await ensureTags(trx, batch, taxonomy.tags);
      return createArticles(
        trx,
        batch.map((story) => toNewArticle(story, taxonomy, options.now)),
      );
    });
    if (options.onLoaded) for (const [i, story] of batch.entries()) options.onLoaded(story, ids[i] ?? 0);
    loaded += batch.length;
  }
  return loaded;
}
