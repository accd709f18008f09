/**
 * A light Bangla stemmer: it strips the case, plural, classifier and emphasis endings that news
 * text piles onto nouns (সরকারের, শিক্ষার্থীদের, ঢাকায়, কমিটিগুলোর), so an inflected word and
 * its base meet in the index. It has no dictionary, so it works on surface forms only and the
 * stems it makes are keys, not words: সরকার and সরকারের both become সরকা. What matters is that
 * every form of a word maps to the same key; stripping repeats so stacked endings all go.
 * Input is a word already passed through normalizeWord (NFC, no joiners).
 */

const VOWEL_SIGN = /[\u09BE-\u09CC\u09D7]$/u;

/** Endings, longest first; `afterVowelSign` ones follow a word ending in a vowel (ঢাকা+র, ঢাকা+য়). */
const ENDINGS: readonly { ending: string; afterVowelSign?: boolean }[] = [
  ..."গুলোতে গুলোকে গুলোর গুলো গুলিতে গুলির গুলি দেরকে দের টিকে টির টাকে টার েরা ের টি টা কে ে"
    .split(" ")
    .map((ending) => ({ ending })),
  { ending: "রা", afterVowelSign: true },
  { ending: "য়".normalize("NFC"), afterVowelSign: true },
  { ending: "র", afterVowelSign: true },
  { ending: "ই", afterVowelSign: true },
  { ending: "ও", afterVowelSign: true },
];

/** A stem keeps at least this many letters (consonants or full vowels), so short words stay whole. */
const MIN_STEM_LETTERS = 2;
const MAX_PASSES = 3;

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function stripOnce(word: string): string {
  for (const { ending, afterVowelSign } of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (afterVowelSign && !VOWEL_SIGN.test(stem)) continue;
    if (letterCount(stem) < MIN_STEM_LETTERS) continue;
    return stem;
  }
  return word;
}

export function stemBangla(word: string): string {
  let current = word;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
