import type { Kysely } from "kysely";
import type { Section } from "../content/content.ts";
import { listSections } from "../content/taxonomy.queries.ts";
import { listAuthors } from "../content/taxonomy.service.ts";
import type { Database } from "../db/database.ts";
import type { MediaImage } from "../media/media.ts";
import { searchArticles } from "../search/search.service.ts";
import { MAX_SEARCH_PAGE, type SearchResults } from "../search/search.types.ts";
import type { SearchRequest } from "./search-query.ts";
import { imagesFor } from "./site.data.ts";

type Q = Kysely<Database>;

/** What the search form offers to narrow a search by. */
export interface SearchChoices {
  sections: Section[];
  authors: { slug: string; name: string }[];
}

export interface SearchPageData {
  request: SearchRequest;
  choices: SearchChoices;
  /** Absent when there was nothing to search for, or the request was not valid. */
  results?: SearchResults;
  images: Map<number, MediaImage>;
}

/** The edition's authors by name in its own alphabet; authors without a name in it are left out. */
async function authorChoices(db: Q, edition: string, locale: string) {
  const authors = await listAuthors(db);
  const named = authors.flatMap((a) => {
    const name = a.name[edition];
    return name ? [{ slug: a.slug, name }] : [];
  });
  const collator = new Intl.Collator(locale);
  return named.sort((a, b) => collator.compare(a.name, b.name));
}

export async function loadSearchPage(
  db: Q,
  edition: { code: string; locale: string },
  request: SearchRequest,
  now: string,
  settings: { pageSize: number; timeZone: string },
): Promise<SearchPageData> {
  const search =
    request.valid && request.params.q.trim() !== ""
      ? searchArticles(db, edition.code, request.params, now, settings.pageSize, settings.timeZone)
      : undefined;
  const [sections, authors, results] = await Promise.all([
    listSections(db, edition.code),
    authorChoices(db, edition.code, edition.locale),
    search,
  ]);
  const images = await imagesFor(db, edition.code, results?.hits.map((h) => h.article) ?? []);
  // Pages past MAX_SEARCH_PAGE are refused, so they are neither counted nor linked.
  const reachable = results && { ...results, pageCount: Math.min(results.pageCount, MAX_SEARCH_PAGE) };
  return { request, choices: { sections, authors }, results: reachable, images };
}
