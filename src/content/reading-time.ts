/**
 * Word count and reading time of a story's text, shown beside the headline in the newsroom.
 * Shared with the newsroom app; pure (no Node, no DOM).
 */

/**
 * Words per minute for news prose: the usual figure for adults reading non-fiction on screen is
 * about 200–240 in English; 200 is used for both editions, since Bangla readers' rates in studies
 * are no higher and a generous estimate disappoints nobody.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * Words as the language's segmenter finds them: `Intl.Segmenter` keeps a Bangla word whole
 * (vowel signs, virama and conjuncts are inside it) where a split on spaces or on \w would not,
 * and it leaves out punctuation, the danda and numbers' separators.
 */
export function wordCount(text: string, lang: string): number {
  let words = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: "word" }).segment(text)) {
    if (segment.isWordLike) words++;
  }
  return words;
}

/** Whole minutes to read `words`, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
