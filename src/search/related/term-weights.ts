import type { IndexedText } from "../engine/search-engine.ts";
import { isStopWord } from "../text/stopwords.ts";

/** How much one occurrence in each field says about what a story is about. */
const FIELD_EMPHASIS = { headline: 3, standfirst: 2, tags: 3, body: 1 } as const;

/**
 * Counted with every document's terms, so its document count is the edition's size: the N of
 * idf, kept current by the same writes. No word analyzes to an empty term.
 */
export const EDITION_SIZE_TERM = "";

/** Whether a term can say what a story is about: not a stop word, a number or a single letter. */
export function telling(term: string): boolean {
  return atLeastTwoCharacters(term) && !/^\d+$/.test(term) && !isStopWord(term);
}

/** Counted without splitting the term: related stories ask this of thousands of terms each. */
function atLeastTwoCharacters(term: string): boolean {
  const first = term.codePointAt(0);
  return first !== undefined && term.length > (first > 0xffff ? 2 : 1);
}

/** The terms of a document's words that related stories weigh, each once, with the edition-size term. */
export function telltaleSet(words: Iterable<string>): string[] {
  return tellingTerms([...new Set(words)]);
}

/** `telltaleSet` of terms that are distinct already. */
export function tellingTerms(distinct: readonly string[]): string[] {
  return [EDITION_SIZE_TERM, ...distinct.filter(telling)];
}

/** Each telling term's occurrences, weighted by field: the "tf" of related stories' tf-idf. */
export function termWeights(text: IndexedText): Map<string, number> {
  const weights = new Map<string, number>();
  for (const field of ["headline", "standfirst", "tags", "body"] as const) {
    for (const term of text[field]) {
      if (telling(term)) weights.set(term, (weights.get(term) ?? 0) + FIELD_EMPHASIS[field]);
    }
  }
  return weights;
}
