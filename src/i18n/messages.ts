import { BN_MESSAGES } from "./messages.bn.ts";
import { EN_MESSAGES } from "./messages.en.ts";

/** Every UI string the public site shows. A catalogue must define all of them (checked by the compiler). */
export interface Messages {
  skipToContent: string;
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
  correction: string;
  photo: string;
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
}

/** Catalogues by language; an edition whose language has none reads English. */
const CATALOGUES: Record<string, Messages> = { en: EN_MESSAGES, bn: BN_MESSAGES };

export function messagesFor(lang: string): Messages {
  return CATALOGUES[lang] ?? EN_MESSAGES;
}
