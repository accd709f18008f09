import type { ArticleKind } from "../content/article.kinds.ts";
import { BN_MESSAGES } from "./messages.bn.ts";
import { EN_MESSAGES } from "./messages.en.ts";

/** Every UI string the public site shows. A catalogue must define all of them (checked by the compiler). */
export interface Messages {
  skipToContent: string;
  breakingNews: string;
  mainNavigation: string;
  home: string;
  published: string;
  updated: string;
  by: string;
  and: string;
  relatedStories: string;
  opinion: string;
  latestNews: string;
  topStories: string;
  moreFrom: (name: string) => string;
  tag: string;
  columnist: string;
  staff: string;
  articlesBy: (name: string) => string;
  storiesTagged: (name: string) => string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: string, total: string) => string;
  /** A live blog's page (src/live): its label, key events, pinned entry and corrections. */
  liveBlog: {
    live: string;
    ended: string;
    updates: string;
    keyEvents: string;
    pinned: string;
    edited: (time: string) => string;
    /** Told to screen readers when an entry arrives while the page is open. */
    newUpdate: (summary: string) => string;
  };
  correction: string;
  /** Banners on the newsroom's preview of a story, which readers never see. */
  previewNotPublished: string;
  previewScheduled: (time: string) => string;
  previewLive: string;
  photo: string;
  /** A table's name in a story body, by its place: "Table 2". */
  table: (place: string) => string;
  notFoundTitle: string;
  notFoundBody: string;
  badRequestTitle: string;
  badRequestBody: string;
  backToFront: string;
  readInOtherEdition: string;
  footerNote: string;
  noStories: string;
  breadcrumb: string;
  todaysDate: string;
  editionLanguage: string;
  search: string;
  searchTitle: string;
  searchQueryLabel: string;
  searchFilters: string;
  section: string;
  anySection: string;
  author: string;
  anyAuthor: string;
  kind: string;
  anyKind: string;
  kinds: Record<ArticleKind, string>;
  dateFrom: string;
  dateTo: string;
  sortBy: string;
  sortRelevance: string;
  sortNewest: string;
  searchPrompt: string;
  /** `count` is already formatted in the edition's digits; `n` is the same number, for plural rules. */
  resultCount: (count: string, n: number) => string;
  /** The engine stopped counting at `count`: there are more. */
  resultCountCapped: (count: string) => string;
  noResults: (query: string) => string;
  noResultsHint: string;
  noSearchableWords: string;
  pastLastPage: string;
  firstResultsPage: string;
  searchPages: string;
  previousResults: string;
  nextResults: string;
  resultsPage: (page: string) => string;
  searchInvalid: string;
  invalidQuery: (max: string) => string;
  invalidDate: string;
  invalidDateOrder: string;
  invalidPage: (first: string, last: string) => string;
  invalidFilter: string;
  invalidRepeated: string;
}

/** Catalogues by language; an edition whose language has none reads English. */
const CATALOGUES: Record<string, Messages> = { en: EN_MESSAGES, bn: BN_MESSAGES };

export function messagesFor(lang: string): Messages {
  return CATALOGUES[lang] ?? EN_MESSAGES;
}
