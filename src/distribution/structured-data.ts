import type { Article } from "../content/content.ts";
import { summaryPath } from "../content/content.ts";
import type { MediaImage } from "../media/media.ts";

/** What pages need to describe the newspaper itself. */
export interface Publisher {
  name: string;
  siteUrl: string;
  logoUrl: string;
}

export function organization(p: Publisher) {
  return {
    "@type": "NewsMediaOrganization",
    name: p.name,
    url: p.siteUrl,
    logo: { "@type": "ImageObject", url: p.logoUrl, width: 600, height: 60 },
  };
}

export function imageObjects(p: Publisher, image: MediaImage | undefined) {
  if (!image) return [];
  const absolute = (src: string) => (src.startsWith("http") ? src : p.siteUrl + src);
  return [
    {
      "@type": "ImageObject",
      url: absolute(image.src),
      width: image.width,
      height: image.height,
      caption: image.caption,
    },
  ];
}

/**
 * schema.org NewsArticle with the properties Google documents for articles (headline, image,
 * datePublished, dateModified, author with url, publisher) plus description, section and language.
 */
export function newsArticleJsonLd(
  p: Publisher,
  article: Article,
  lead: MediaImage | undefined,
  lang: string,
) {
  const url = p.siteUrl + summaryPath(article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline.slice(0, 110),
    description: article.standfirst,
    image: imageObjects(p, lead),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: articleAuthors(p, article),
    publisher: organization(p),
    inLanguage: lang,
    articleSection: article.section.name,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
}

/** Each byline as a Person with their page, or the agency's credit (or the newspaper) as an Organization. */
export function articleAuthors(p: Publisher, article: Article) {
  return article.authors.length > 0
    ? article.authors.map((a) => ({
        "@type": "Person",
        name: a.name,
        url: `${p.siteUrl}/${article.edition}/author/${encodeURIComponent(a.slug)}`,
      }))
    : [{ "@type": "Organization", name: article.creditLine ?? p.name }];
}

export function breadcrumbJsonLd(p: Publisher, article: Article, homeName: string) {
  const items = [
    { name: homeName, url: `${p.siteUrl}/${article.edition}/` },
    {
      name: article.section.name,
      url: `${p.siteUrl}/${article.edition}/${encodeURIComponent(article.section.slug)}/`,
    },
    { name: article.headline, url: p.siteUrl + summaryPath(article) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * The front page describes the newspaper and its website, with the edition's search as a
 * SearchAction so search engines can offer a search box that lands on our results page.
 */
export function frontPageJsonLd(p: Publisher, edition: string, lang: string) {
  return [
    { "@context": "https://schema.org", ...organization(p) },
    {
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: p.name,
      url: `${p.siteUrl}/${edition}/`,
      inLanguage: lang,
      publisher: organization(p),
      potentialAction: {
        "@type": "SearchAction",
        target: {
          "@type": "EntryPoint",
          urlTemplate: `${p.siteUrl}/${edition}/search?q={search_term_string}`,
        },
        "query-input": "required name=search_term_string",
      },
    },
  ];
}

/** JSON for a `<script>` element: `<` is escaped so no text in a story can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
