import type { ArticleKind } from "./article.kinds.ts";

/**
 * What a writer may set on a story. The HTTP layer validates requests into these; the service
 * knows nothing of HTTP. An empty slug asks for one made from the headline.
 */
export interface ArticleFields {
  section: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  body: string;
  tags: string[];
  authors: string[];
  creditLine: string | null;
  datelinePlace: string | null;
  leadMediaId: number | null;
  correctionNote: string | null;
  /** Before this time nobody can publish the story; it may be moved later, never lifted early. */
  embargoUntil: string | null;
  /** For search results and social shares; null: the page's headline, standfirst and lead photo (article-seo.ts). */
  seoTitle: string | null;
  seoDescription: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  socialMediaId: number | null;
}

export type NewDraft = Pick<ArticleFields, "section" | "headline" | "standfirst" | "body"> &
  Partial<Omit<ArticleFields, "correctionNote">> & { edition: string };

/**
 * A save: the version the editor started from and only the fields they changed, so changes to
 * other fields made meanwhile are kept.
 */
export type ArticleEdit = Partial<ArticleFields> & {
  version: number;
  /** Moves the public Updated time; a plain save (a typo fix) does not. */
  significant?: boolean;
};
