/**
 * The shape of the demo newspaper, as produced by the generator and consumed by the seeder.
 * Everything is plain data so it can be checked by unit tests without a database.
 */

/** Text in every demo edition, keyed by edition code ("en", "bn"). */
export type Localized = Record<string, string>;

export interface DemoSection {
  key: string;
  position: number;
  /** Slug per edition; ASCII in English, may be Unicode in Bangla. */
  slug: Localized;
  name: Localized;
}

export interface DemoAuthor {
  slug: string;
  kind: "staff" | "columnist";
  name: Localized;
  /** e.g. "Staff Correspondent", "Columnist". */
  title: Localized;
  bio: Localized;
  /** Key of a DemoPhoto used as the author's portrait, or null. */
  photo: string | null;
}

/** A generated picture: the seeder renders `scene` to image files with sharp. */
export interface DemoPhoto {
  key: string;
  /** Deterministic drawing recipe; see demo-images.ts. */
  scene: { motif: string; hue: number; seed: number };
  width: number;
  height: number;
  caption: Localized;
  alt: Localized;
  /** e.g. "Dateline Photo/Rafiq Hasan" or "AFP/Staff". */
  credit: string;
}

export interface DemoArticle {
  /** Stable key; articles sharing `translationKey` across editions are translations of each other. */
  key: string;
  translationKey: string | null;
  edition: string;
  sectionKey: string;
  kind: "news" | "opinion" | "analysis" | "feature";
  slug: string;
  headline: string;
  standfirst: string;
  /** Sanitizable HTML: <p>, <h2>, <blockquote>, <ul>/<li>, <strong>, <em>, <a href>. */
  bodyHtml: string;
  /** Staff bylines (DemoAuthor slugs); empty for agency copy. */
  authorSlugs: string[];
  /** Agency credit line such as "Reuters-style Agency Name"; null for staff copy. */
  creditLine: string | null;
  datelinePlace: string | null;
  tagSlugs: string[];
  leadPhoto: string | null;
  /** Minutes before "now" at which it was published. */
  publishedMinutesAgo: number;
  /** Minutes before "now" of the last significant update, or null when never updated. */
  updatedMinutesAgo: number | null;
  /** Topic cluster, so tests can check related stories. */
  cluster: string;
}

export interface DemoTag {
  edition: string;
  slug: string;
  name: string;
}

export interface DemoContent {
  sections: DemoSection[];
  authors: DemoAuthor[];
  tags: DemoTag[];
  photos: DemoPhoto[];
  articles: DemoArticle[];
}
