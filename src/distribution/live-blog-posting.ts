import type { Article } from "../content/content.ts";
import { summaryPath } from "../content/content.ts";
import { htmlToPlainText } from "../content/plain-text.ts";
import { entryAuthorName, entryTitle, entryUpdatedAt } from "../live/live-entries.public.ts";
import type { LiveEntry } from "../live/live-entry.ts";
import type { MediaImage } from "../media/media.ts";
import { articleAuthors, imageObjects, organization, type Publisher } from "./structured-data.ts";

/** What a live blog's page adds to its description: the entries it shows and where, and the coverage. */
export interface LiveBlogFacts {
  /** The entries on this page (the pinned one included), each with its path on this page. */
  shown: { entry: LiveEntry; path: string }[];
  /** The last change to the stream (live-entries.public.ts `liveBlogChangedAt`), if any. */
  changedAt: string | null;
  endedAt: string | null;
}

/** Google shows at most 110 characters of a headline. */
const HEADLINE_MAX = 110;

/**
 * schema.org LiveBlogPosting (schema.org/LiveBlogPosting) in place of the NewsArticle a story gets:
 * coverage starts at first publication, which no entry resets (newsuk/times-components#4177), ends
 * only once the newsroom ends it, and each entry on the page is a BlogPosting with plain text.
 */
export function liveBlogPostingJsonLd(
  p: Publisher,
  article: Article,
  lead: MediaImage | undefined,
  lang: string,
  live: LiveBlogFacts,
) {
  const url = p.siteUrl + summaryPath(article);
  const storyModified = article.updatedAt ?? article.publishedAt;
  const modified = live.changedAt && live.changedAt > storyModified ? live.changedAt : storyModified;
  return {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    headline: article.headline.slice(0, HEADLINE_MAX),
    description: article.standfirst,
    image: imageObjects(p, lead),
    datePublished: article.publishedAt,
    dateModified: modified,
    coverageStartTime: article.publishedAt,
    ...(live.endedAt ? { coverageEndTime: live.endedAt } : {}),
    author: articleAuthors(p, article),
    publisher: organization(p),
    inLanguage: lang,
    articleSection: article.section.name,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    liveBlogUpdate: live.shown.map(({ entry, path }) => blogPosting(p, entry, p.siteUrl + path)),
  };
}

function blogPosting(p: Publisher, entry: LiveEntry, url: string) {
  const name = entryAuthorName(entry);
  return {
    "@type": "BlogPosting",
    headline: entryTitle(entry).slice(0, HEADLINE_MAX),
    url,
    datePublished: entry.postedAt,
    dateModified: entryUpdatedAt(entry),
    articleBody: htmlToPlainText(entry.bodyHtml).trim(),
    // An entry whose poster's account is gone is the newspaper's.
    author: [name === null ? { "@type": "Organization", name: p.name } : { "@type": "Person", name }],
  };
}
