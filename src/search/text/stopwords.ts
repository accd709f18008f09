import { ben, eng } from "stopword";
import { normalizeWord } from "./normalize.ts";

/**
 * Words too common to rank by: the stopwords-iso Bangla list and a short English one, normalized
 * like every other word (the Bangla list mixes both spellings of য়, so it must be).
 * They stay in the index, so phrases that contain them still match; only queries leave them out.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([...ben, ...eng].map(normalizeWord));

export function isStopWord(normalizedWord: string): boolean {
  return STOP_WORDS.has(normalizedWord);
}
