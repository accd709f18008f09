/**
 * A story's own texts for search results and social shares. Shared by the server (schemas,
 * saves, the page head) and the newsroom app (counters and previews), so both count alike.
 * Pure: no Node, no DOM.
 */

export const SEO_TEXT_FIELDS = ["seoTitle", "seoDescription", "socialTitle", "socialDescription"] as const;
export type SeoTextField = (typeof SEO_TEXT_FIELDS)[number];

/**
 * Lengths in characters as a reader sees them (grapheme clusters), so a Bangla conjunct counts
 * once, as it takes one place in a result. `max` is refused by the API; `recommended` is the
 * range the newsroom shows. Search engines cut by pixel width, not characters: Google shows a
 * title of about 50–60 characters and a description of about 120–160; Facebook, X and LinkedIn
 * cards show a title of up to about 60–70 and two or three lines of description. The maxima leave
 * room for languages whose letters are narrower, without letting a field become an article.
 */
export const SEO_LIMITS: Record<SeoTextField, { max: number; recommended: readonly [number, number] }> = {
  seoTitle: { max: 70, recommended: [30, 60] },
  seoDescription: { max: 300, recommended: [70, 160] },
  socialTitle: { max: 100, recommended: [30, 70] },
  socialDescription: { max: 300, recommended: [55, 200] },
};

/** Where a search result cuts a title and a description: the recommended maxima above. */
export const RESULT_CUT = {
  title: SEO_LIMITS.seoTitle.recommended[1],
  description: SEO_LIMITS.seoDescription.recommended[1],
} as const;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Characters as a reader counts them: one per grapheme cluster (a Bangla conjunct is one). */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** The text cut to `max` characters with an ellipsis, never inside a grapheme cluster. */
export function cutText(text: string, max: number): string {
  const clusters = Array.from(graphemes.segment(text), (s) => s.segment);
  if (clusters.length <= max) return text;
  return `${clusters
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`;
}

/** A stored SEO text: in NFC, and an empty one is no text at all (the page's own is used). */
export function storedSeoText(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim().normalize("NFC");
  return text === "" ? null : text;
}
