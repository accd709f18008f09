/**
 * A ranked vocabulary per language and a Zipf sampler over it. Real text follows Zipf's law (the
 * r-th commonest word turns up about 1/r as often as the commonest), which is what shapes an
 * index: a few huge posting lists, a long tail of tiny ones. Both matter for search speed.
 */
import type { Lang } from "../../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { BANGLA_HEAD, banglaInflections, banglaLemma } from "./bangla-words.ts";
import { ENGLISH_HEAD, englishInflections, englishLemma } from "./english-words.ts";

export const DEFAULT_LEXICON_SIZE = 40_000;
/** Slightly above 1, as measured on newspaper corpora; it keeps the head from swamping everything. */
const ZIPF_EXPONENT = 1.05;

export interface Lexicon {
  lang: Lang;
  /** Word forms, commonest first. */
  words: readonly string[];
  /** Cumulative Zipf weights, one per rank; the last entry is the total. */
  cumulative: Float64Array;
}

function tailForms(lang: Lang, rng: Rng): string[] {
  if (lang === "en") return englishInflections(englishLemma(rng));
  return banglaInflections(banglaLemma(rng), rng);
}

/** The same (lang, size, seed) always gives the same lexicon. */
export function buildLexicon(lang: Lang, size = DEFAULT_LEXICON_SIZE, seed = 1): Lexicon {
  const head = lang === "en" ? ENGLISH_HEAD : BANGLA_HEAD;
  const seen = new Set<string>(head);
  const words = [...head];
  const rng = new Rng(hashSeed(`lexicon/${lang}/${seed}`));
  // Inflected forms of one lemma land at scattered ranks, as "flooded" and "floods" do in real copy.
  const tail: string[] = [];
  while (words.length + tail.length < size) {
    for (const form of tailForms(lang, rng)) {
      if (!seen.has(form)) {
        seen.add(form);
        tail.push(form);
      }
    }
  }
  words.push(...rng.shuffle(tail));
  words.length = Math.min(words.length, size);
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1) ** ZIPF_EXPONENT;
    cumulative[rank] = total;
  }
  return { lang, words, cumulative };
}

/** A rank drawn with Zipf probabilities: binary search over the cumulative weights. */
export function zipfRank(lexicon: Lexicon, rng: Rng): number {
  const { cumulative } = lexicon;
  const target = rng.next() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function zipfWord(lexicon: Lexicon, rng: Rng): string {
  return lexicon.words[zipfRank(lexicon, rng)] ?? "";
}

/** Ranks split into frequency bands, for queries that probe short and long posting lists. */
export const FREQUENCY_BANDS = [
  { name: "common", from: 0, to: 100 },
  { name: "mid", from: 100, to: 2_000 },
  { name: "rare", from: 2_000, to: 40_000 },
] as const;
