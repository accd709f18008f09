const ASCII = /^[ -~]*$/;
const ZERO_WIDTH_JOINERS = /[\u200C\u200D]/g;
/** Old texts write khanda-ta as ta + virama + ZWJ; Unicode 4.1 gave it its own letter, U+09CE. */
const LEGACY_KHANDA_TA = /\u09A4\u09CD\u200D/g;
const BENGALI_DIGITS = /[\u09E6-\u09EF]/g;
const LATIN_WITH_ACCENTS = /[\p{Script=Latin}\p{M}]*[\u00C0-\u024F\u1E00-\u1EFF][\p{Script=Latin}\p{M}]*/gu;
const MARKS = /\p{M}+/gu;

/**
 * One spelling per word, so documents and queries meet: canonical composition (NFC), khanda-ta
 * as one letter, joiners dropped (they change how a word is drawn, not which word it is),
 * lower case, Bengali digits as ASCII digits and Latin letters without accents. Bangla vowel
 * signs and viramas are marks too, but they are kept: only marks on Latin letters go.
 */
export function normalizeWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize("NFC")
    .replace(LEGACY_KHANDA_TA, "\u09CE")
    .replace(ZERO_WIDTH_JOINERS, "")
    .toLowerCase()
    .replace(BENGALI_DIGITS, (d) => String((d.codePointAt(0) as number) - 0x09e6))
    .replace(LATIN_WITH_ACCENTS, (latin) => latin.normalize("NFD").replace(MARKS, "").normalize("NFC"));
}

export function isBengali(word: string): boolean {
  return /\p{Script=Bengali}/u.test(word);
}

export function isLatin(word: string): boolean {
  return /\p{Script=Latin}/u.test(word);
}
