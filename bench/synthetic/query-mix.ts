/**
 * What readers type into the search box, drawn against the synthetic archive: single words from
 * three frequency bands (long, medium and short posting lists), several words, quoted phrases
 * lifted from bodies, and a word still being typed. Words come from regenerated archive stories,
 * so multi-word, phrase and prefix queries always have at least one story to find.
 */
import type { Lang } from "../../src/demo/banks/types.ts";
import { LANGS } from "../../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { stripTags } from "../../src/demo/text.ts";
import type { SearchSort } from "../../src/search/search.types.ts";
import { archiveLexicon, archiveStory, DEFAULT_ARCHIVE_SEED } from "./archive.ts";

/**
 * Rank bands of the lexicon. "common" starts after the function words that head both word
 * lists (the, of, ও, এবং), which the engine treats as stop words, and covers everyday news words.
 */
export const WORD_BANDS = {
  "word: common": { from: 150, to: 500 },
  "word: mid": { from: 500, to: 5_000 },
  "word: rare": { from: 5_000, to: 40_000 },
} as const;

type WordBand = keyof typeof WORD_BANDS;
export type QueryType = WordBand | "multi-word" | "phrase" | "prefix";
export const QUERY_TYPES: readonly QueryType[] = [
  ...(Object.keys(WORD_BANDS) as WordBand[]),
  "multi-word",
  "phrase",
  "prefix",
];

/** Share of each type in the mix; multi-word searches are what readers type most. */
const SHARES: Record<QueryType, number> = {
  "word: common": 0.1,
  "word: mid": 0.15,
  "word: rare": 0.1,
  "multi-word": 0.25,
  phrase: 0.2,
  prefix: 0.2,
};
const NEWEST_SHARE = 0.25;

export interface SyntheticQuery {
  edition: Lang;
  type: QueryType;
  q: string;
  sort: SearchSort;
}

/** Words of running text without the punctuation the generator attaches. */
function textWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/[.,:।]+$/u, ""))
    .filter((w) => w !== "");
}

/** Letters a reader has typed so far; Bangla is cut by code point and may end on a vowel sign, as typing does. */
function partial(word: string, rng: Rng): string {
  const chars = [...word];
  return chars.slice(0, rng.int(3, Math.max(3, chars.length - 1))).join("");
}

function queryOf(type: QueryType, lang: Lang, perEdition: number, rng: Rng, seed: number): string {
  if (type in WORD_BANDS) {
    const band = WORD_BANDS[type as WordBand];
    const words = archiveLexicon(lang, seed).words;
    return words[rng.int(band.from, Math.min(band.to, words.length) - 1)] ?? "";
  }
  const story = archiveStory(lang, rng.int(0, perEdition - 1), perEdition, seed);
  const longWords = (text: string) => textWords(text).filter((w) => [...w].length >= 4);
  if (type === "phrase") {
    const body = textWords(stripTags(story.bodyHtml));
    const length = rng.int(2, 3);
    const start = rng.int(0, body.length - length);
    return `"${body.slice(start, start + length).join(" ")}"`;
  }
  const candidates = rng.shuffle(longWords(`${story.headline} ${story.standfirst}`));
  if (type === "multi-word") return candidates.slice(0, rng.int(2, 3)).join(" ");
  const [typing = "", ...done] = candidates;
  return [...done.slice(0, rng.int(0, 1)), partial(typing, rng)].join(" ");
}

/**
 * `count` queries split evenly between the editions, types in their shares, shuffled. `draw`
 * gives another mix against the same archive (a warm-up that does not repeat the measured one).
 */
export function queryMix(options: {
  count: number;
  perEdition: number;
  seed?: number;
  draw?: number;
}): SyntheticQuery[] {
  const { count, perEdition, seed = DEFAULT_ARCHIVE_SEED, draw = 0 } = options;
  const rng = new Rng(hashSeed(`queries/${seed}/${draw}/${count}`));
  const out: SyntheticQuery[] = [];
  for (const lang of LANGS) {
    for (const type of QUERY_TYPES) {
      const n = Math.round((count / LANGS.length) * SHARES[type]);
      for (let i = 0; i < n; i++) {
        const sort: SearchSort = rng.chance(NEWEST_SHARE) ? "newest" : "relevance";
        out.push({ edition: lang, type, q: queryOf(type, lang, perEdition, rng, seed), sort });
      }
    }
  }
  return rng.shuffle(out);
}
