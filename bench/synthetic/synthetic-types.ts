import type { ArticleKind } from "../../src/content/article.kinds.ts";
import type { Lang } from "../../src/demo/banks/types.ts";

export interface SyntheticTag {
  slug: string;
  name: string;
}

/**
 * One generated story, ready for the bulk loader. Sections and authors are named by the demo
 * paper's keys and slugs (src/demo), which the loader creates first; tags are created on demand.
 */
export interface SyntheticStory {
  /** Unique across the whole generated set; ties evaluation labels to database ids. */
  key: string;
  edition: Lang;
  translationGroup: string | null;
  sectionKey: string;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst: string;
  bodyHtml: string;
  authorSlugs: string[];
  creditLine: string | null;
  datelinePlace: string | null;
  tags: SyntheticTag[];
  publishedAt: string;
  /** Topic cluster of the labelled set; null for archive and background noise stories. */
  cluster: string | null;
  /** Versions of one wire story share this label; null for every other story. */
  duplicateGroup: string | null;
}
