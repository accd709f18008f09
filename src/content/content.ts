import type { ArticleKind } from "./article.kinds.ts";
import type { IsoTime } from "./content.tables.ts";

/** Domain types: what the rest of the app sees of content, independent of column names. */

export interface Section {
  id: number;
  key: string;
  position: number;
  edition: string;
  slug: string;
  name: string;
}

export interface Tag {
  id: number;
  edition: string;
  slug: string;
  name: string;
}

export interface Author {
  id: number;
  slug: string;
  kind: "staff" | "columnist";
  name: string;
  title: string;
  bio: string;
  photoMediaId: number | null;
}

export interface AuthorRef {
  slug: string;
  name: string;
}

export interface ArticleSummary {
  id: number;
  edition: string;
  kind: ArticleKind;
  slug: string;
  section: { id: number; key: string; slug: string; name: string };
  headline: string;
  standfirst: string;
  creditLine: string | null;
  authors: AuthorRef[];
  leadMediaId: number | null;
  publishedAt: IsoTime;
  /** Present only when a significant update moved it past the publication time. */
  updatedAt: IsoTime | null;
  translationGroup: string | null;
}

export interface Article extends ArticleSummary {
  bodyHtml: string;
  datelinePlace: string | null;
  correctionNote: string | null;
  tags: Tag[];
  /** The page's head for search engines and shares; null: from the headline, standfirst and lead photo. */
  seoTitle: string | null;
  seoDescription: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  socialMediaId: number | null;
}

export interface Translation {
  id: number;
  edition: string;
  headline: string;
  path: string;
}

/** The public path of a published article: `/{edition}/{section}/{slug}`. */
export function articlePath(edition: string, sectionSlug: string, slug: string): string {
  return `/${edition}/${encodeURIComponent(sectionSlug)}/${encodeURIComponent(slug)}`;
}

/** A tag's page on the public site. */
export function tagPath(edition: string, slug: string): string {
  return `/${edition}/tag/${encodeURIComponent(slug)}`;
}

export function summaryPath(article: Pick<ArticleSummary, "edition" | "slug" | "section">): string {
  return articlePath(article.edition, article.section.slug, article.slug);
}
