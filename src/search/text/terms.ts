import { stemmer } from "stemmer";
import { stemBangla } from "./bangla-stem.ts";
import { isBengali, isLatin, normalizeWord } from "./normalize.ts";
import { isStopWord } from "./stopwords.ts";

/**
 * A word: letters, marks and digits, joiners included (they sit inside Bangla words such as
 * স্বীকৃতি‌ই). Marks must count or Bangla words would fall apart at every vowel sign and virama.
 * An apostrophe inside a Latin word keeps it whole (Dhaka's, don't).
 */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Longer "words" are noise (base64, URLs run together); they would only bloat the index. */
const MAX_WORD_LENGTH = 64;

export interface Word {
  /** The word as written, and where: what highlighting marks. */
  surface: string;
  start: number;
  end: number;
}

export function* words(text: string): Generator<Word> {
  for (const match of text.matchAll(WORD)) {
    const start = match.index as number;
    yield { surface: match[0], start, end: start + match[0].length };
  }
}

/** A vowel sign or virama with no letter before it (a typing slip) belongs to no word. */
const ORPHAN_MARKS = /^\p{M}+/u;

/** The normalized word, before stemming: what stop words and prefixes are compared with. */
export function baseForm(surface: string): string {
  return normalizeWord(surface)
    .replace(/['’]s$/u, "")
    .replace(/['’]/gu, "")
    .replace(ORPHAN_MARKS, "");
}

/** The index term of a base form: English words stemmed (elections → elect), Bangla endings stripped. */
export function termOfBase(base: string): string {
  if (isLatin(base)) return stemmer(base);
  if (isBengali(base)) return stemBangla(base);
  return base;
}

export interface Term {
  term: string;
  base: string;
  stop: boolean;
}

/**
 * Words follow a Zipf curve, so remembering the terms of recent words spares most of the
 * normalizing and stemming when indexing a large archive. Bounded: it starts afresh when full.
 */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, Term | null>();

/** The term of a word as written, or undefined for what is not worth indexing. */
export function termOf(surface: string): Term | undefined {
  const known = memo.get(surface);
  if (known !== undefined) return known ?? undefined;
  const term = computeTerm(surface);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(surface, term ?? null);
  return term;
}

function computeTerm(surface: string): Term | undefined {
  if (surface.length > MAX_WORD_LENGTH) return undefined;
  const base = baseForm(surface);
  if (base === "") return undefined;
  return { term: termOfBase(base), base, stop: isStopWord(base) };
}

/** The terms of a text in order, stop words included (phrases need their positions). */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const t = termOf(word.surface);
    if (t) terms.push(t.term);
  }
  return terms;
}
