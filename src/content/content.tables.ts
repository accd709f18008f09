import type { Generated } from "kysely";
import type { ArticleKind, ArticleStatus } from "./article.kinds.ts";

/** Timestamps are stored as UTC ISO-8601 text (`2026-11-29T08:15:00.000Z`) on both engines, so they sort as text. */
export type IsoTime = string;

export interface SectionTable {
  id: Generated<number>;
  key: string;
  position: number;
}

export interface SectionLocalizationTable {
  section_id: number;
  edition: string;
  slug: string;
  name: string;
}

export interface TagTable {
  id: Generated<number>;
  edition: string;
  slug: string;
  name: string;
}

export interface AuthorTable {
  id: Generated<number>;
  slug: string;
  kind: "staff" | "columnist";
  photo_media_id: number | null;
  /** The newsroom account of this author, when they log in. */
  user_id: number | null;
}

export interface AuthorLocalizationTable {
  author_id: number;
  edition: string;
  name: string;
  title: string;
  bio: string;
}

export interface ArticleTable {
  id: Generated<number>;
  edition: string;
  translation_group: string | null;
  section_id: number;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  body_html: string;
  credit_line: string | null;
  dateline_place: string | null;
  lead_media_id: number | null;
  status: ArticleStatus;
  published_at: IsoTime | null;
  /** The public "Updated" time: moves only on a significant update. */
  updated_at: IsoTime | null;
  scheduled_at: IsoTime | null;
  /** Nobody may publish the story before this time (see article-embargo.ts). */
  embargo_until: IsoTime | null;
  correction_note: string | null;
  /** Texts and picture for search results and social shares; null: the page's own (headline, standfirst, lead photo). */
  seo_title: string | null;
  seo_description: string | null;
  social_title: string | null;
  social_description: string | null;
  social_media_id: number | null;
  version: number;
  created_at: IsoTime;
  modified_at: IsoTime;
  /** The user who created the story; null for demo and imported content. */
  created_by: number | null;
}

export interface RevisionTable {
  id: Generated<number>;
  article_id: number;
  number: number;
  created_at: IsoTime;
  user_id: number | null;
  summary: string;
  /** 1 when the save was marked a significant update (stored as an integer on both engines). */
  significant: number;
  /** JSON of the editable fields after this save. */
  snapshot: string;
  /** The story's version after this save; null for revisions kept before versions were recorded. */
  version: number | null;
}

/** A path a story answered at before its slug or section changed; the site redirects it to the story. */
export interface ArticlePathTable {
  edition: string;
  section_slug: string;
  slug: string;
  article_id: number;
}

export interface FrontPageSlotTable {
  edition: string;
  /** 0 is the lead story; 1… are the ordered slots. */
  position: number;
  article_id: number;
}

export interface ArticleAuthorTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagTable {
  article_id: number;
  tag_id: number;
}

/** An old slug of a tag, renamed or merged away; see tag-redirects.ts. */
export interface TagRedirectTable {
  edition: string;
  slug: string;
  tag_id: number;
}

export interface ContentTables {
  sections: SectionTable;
  section_localizations: SectionLocalizationTable;
  tags: TagTable;
  authors: AuthorTable;
  author_localizations: AuthorLocalizationTable;
  articles: ArticleTable;
  article_authors: ArticleAuthorTable;
  article_tags: ArticleTagTable;
  revisions: RevisionTable;
  front_page_slots: FrontPageSlotTable;
  article_paths: ArticlePathTable;
  tag_redirects: TagRedirectTable;
}
