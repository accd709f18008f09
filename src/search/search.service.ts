import type { Kysely } from "kysely";
import { bodiesByIds, summariesByIds } from "../content/article.queries.ts";
import { htmlToPlainText } from "../content/plain-text.ts";
import { findAuthorBySlug, findSectionBySlug } from "../content/taxonomy.queries.ts";
import type { Database } from "../db/database.ts";
import { startOfDayIn, startOfNextDayIn } from "../i18n/format.ts";
import type { MatchFilters } from "./engine/search-engine.ts";
import { highlightAll, snippetOf } from "./highlight.ts";
import { parseQuery } from "./query/parse-query.ts";
import { MAX_SEARCH_PAGE, type SearchParams, type SearchResults } from "./search.types.ts";
import { dayNumber, engineFor } from "./search-index.ts";

type Q = Kysely<Database>;

/** Counting every match of a common word costs as much as ranking them; past this, "1,000+" says enough. */
export const TOTAL_COUNT_CAP = 1000;

/** Snippets quote the opening of a body; parsing all of a long one would cost more than the query. */
const SNIPPET_SOURCE_LIMIT = 8_000;

/**
 * Full-text search of one edition's published stories: every word must match (stop words aside),
 * ranked by relevance blended with recency, or newest first. Unknown section or author slugs
 * match nothing. Dates are calendar days in the newspaper's time zone, both ends included.
 */
export async function searchArticles(
  db: Q,
  edition: string,
  params: SearchParams,
  now: string,
  pageSize: number,
  timeZone: string,
): Promise<SearchResults> {
  const query = parseQuery(params.q);
  const empty = { hits: [], total: 0, totalIsCapped: false, page: params.page, pageSize, pageCount: 0 };
  if (query.clauses.length === 0) return { ...empty, searched: false };
  const filters = await filtersFor(db, edition, params, now, timeZone);
  if (!filters) return { ...empty, searched: true };
  const engine = engineFor(db);
  const request = {
    clauses: query.clauses,
    join: "all" as const,
    filters,
    order: params.sort,
    today: dayNumber(now),
    limit: pageSize,
    offset: (params.page - 1) * pageSize,
  };
  const { ranked, counted } = await engine.search(db, request, TOTAL_COUNT_CAP + 1);
  const ids = ranked.map((r) => r.id);
  const [summaries, bodies] = await Promise.all([
    summariesByIds(db, edition, ids, now),
    bodiesByIds(db, ids),
  ]);
  const total = Math.min(counted, TOTAL_COUNT_CAP);
  return {
    hits: summaries.map((article) => ({
      article,
      headline: highlightAll(article.headline, query.highlight),
      snippet: snippetOf(
        htmlToPlainText((bodies.get(article.id) ?? "").slice(0, SNIPPET_SOURCE_LIMIT)),
        article.standfirst,
        query.highlight,
      ),
    })),
    total,
    totalIsCapped: counted > TOTAL_COUNT_CAP,
    page: params.page,
    pageSize,
    pageCount: Math.min(Math.ceil(total / pageSize), MAX_SEARCH_PAGE),
    searched: true,
  };
}

async function filtersFor(
  db: Q,
  edition: string,
  params: SearchParams,
  now: string,
  timeZone: string,
): Promise<MatchFilters | undefined> {
  const filters: MatchFilters = { edition, now, kind: params.kind };
  if (params.section) {
    const section = await findSectionBySlug(db, edition, params.section);
    if (!section) return undefined;
    filters.sectionId = section.id;
  }
  if (params.author) {
    const author = await findAuthorBySlug(db, edition, params.author);
    if (!author) return undefined;
    filters.authorId = author.id;
  }
  if (params.from) filters.from = startOfDayIn(params.from, timeZone);
  if (params.to) filters.to = new Date(Date.parse(startOfNextDayIn(params.to, timeZone)) - 1).toISOString();
  return filters;
}
