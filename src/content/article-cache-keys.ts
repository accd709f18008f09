import type { Kysely, Transaction } from "kysely";
import { cacheKey } from "../cache/cache-keys.ts";
import type { Database } from "../db/database.ts";
import type { ArticleKind } from "./article.kinds.ts";

type Q = Kysely<Database> | Transaction<Database>;

/** Where a story appears besides its own page: the listings it belongs to. */
export interface ArticlePlacement {
  id: number;
  edition: string;
  kind: ArticleKind;
  sectionId: number;
  tagIds: number[];
  authorSlugs: string[];
  translationGroup: string | null;
}

export async function placementOf(db: Q, id: number): Promise<ArticlePlacement> {
  const [article, tags, authors] = await Promise.all([
    db
      .selectFrom("articles")
      .where("id", "=", id)
      .select(["id", "edition", "kind", "section_id", "translation_group"])
      .executeTakeFirstOrThrow(),
    db.selectFrom("article_tags").where("article_id", "=", id).select("tag_id").execute(),
    db
      .selectFrom("article_authors as aa")
      .innerJoin("authors as au", "au.id", "aa.author_id")
      .where("aa.article_id", "=", id)
      .select("au.slug")
      .execute(),
  ]);
  return {
    id: article.id,
    edition: article.edition,
    kind: article.kind,
    sectionId: article.section_id,
    tagIds: tags.map((t) => t.tag_id),
    authorSlugs: authors.map((a) => a.slug),
    translationGroup: article.translation_group,
  };
}

/**
 * The cache keys a change to a live story touches. Its own key reaches every answer that shows
 * it; a listing it joined or left changes even on pages that did not show it (the rest move up or
 * down), so those listings' keys go too: all of them when it appears or goes, only the ones that
 * differ when it is edited. A headline fix therefore leaves every listing page it is not on alone.
 */
export function keysOfChange(
  before: ArticlePlacement | undefined,
  after: ArticlePlacement | undefined,
): string[] {
  const states = [before, after].filter((p): p is ArticlePlacement => p !== undefined);
  const keys = new Set<string>();
  for (const p of states) {
    keys.add(cacheKey.article(p.id));
    keys.add(cacheKey.stories(p.edition));
    if (p.translationGroup) keys.add(cacheKey.translations(p.translationGroup));
  }
  const [was, is] = [before ? listingKeys(before) : [], after ? listingKeys(after) : []];
  for (const key of was) if (!is.includes(key)) keys.add(key);
  for (const key of is) if (!was.includes(key)) keys.add(key);
  return [...keys];
}

function listingKeys(p: ArticlePlacement): string[] {
  return [
    cacheKey.latest(p.edition, p.kind),
    cacheKey.section(p.sectionId, p.edition),
    ...p.tagIds.map(cacheKey.tag),
    ...p.authorSlugs.map((slug) => cacheKey.author(slug, p.edition)),
  ];
}
