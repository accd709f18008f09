/**
 * Shape of the hand-written text banks. Every bilingual entry is written twice, once per
 * language, as genuine prose in each rather than a machine rendering, and may contain `{slot}`
 * markers filled per article (see compose.ts for the slot list).
 */
export type Lang = "en" | "bn";
export const LANGS: readonly Lang[] = ["en", "bn"];

export interface Bi {
  en: string;
  bn: string;
}

export type Kind = "news" | "opinion" | "analysis" | "feature";

export interface StoryText {
  headline: string;
  standfirst: string;
  /** Opening paragraph specific to this story. */
  lead: string;
}

/**
 * One story idea. A story with both `en` and `bn` becomes a translation pair; a story with only one
 * language is published in that edition alone.
 */
export interface Story {
  id: string;
  kind: Kind;
  section: string;
  /** Place named in the headline; otherwise one is drawn from the cluster's places. */
  place?: string;
  /** Agency copy rather than a staff byline. */
  wire?: boolean;
  en?: StoryText;
  bn?: StoryText;
}

export interface Quote {
  q: Bi;
  role: Bi;
  /** A named recurring figure (a captain, a negotiator); otherwise an invented citizen is drawn. */
  who?: Bi;
}

export interface TagDef {
  slug: Bi;
  name: Bi;
}

export interface ClusterBank {
  key: string;
  /** Columnist who writes this cluster's opinion pieces, in both editions. */
  columnist: string;
  motifs: string[];
  /** Base hue for generated pictures, so a cluster's photos look like a set. */
  hue: number;
  places: string[];
  tags: TagDef[];
  crossTags: string[];
  /** topic/office in both nominative and genitive, because Bangla inflects them. */
  terms: { topic: Bi; topicGen: Bi; office: Bi; officeGen: Bi };
  stories: Story[];
  paragraphs: Bi[];
  views: Bi[];
  quotes: Quote[];
  facts: Bi[];
  subheads: Bi[];
  captions: Bi[];
}

/** Newsroom boilerplate usable in many clusters; `skip` lists clusters where it would read oddly. */
export interface GenericPara extends Bi {
  skip?: string[];
  /** Mentions the Dateline's own reporting, so it cannot appear in agency copy. */
  staffOnly?: boolean;
}
