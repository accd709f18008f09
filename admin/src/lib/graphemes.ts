// Lengths as readers count them: a Bangla conjunct with its vowel sign, or an emoji with its
// modifiers, is one character (a grapheme cluster), however many code points it takes.

/** The text, trimmed, cut to at most `max` grapheme clusters, so no letter loses its vowel sign. */
export function cutGraphemes(text: string, max: number): string {
  const clusters = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text.trim())];
  return clusters
    .slice(0, max)
    .map((c) => c.segment)
    .join("")
    .trim();
}
