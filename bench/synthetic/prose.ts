/**
 * Turns a stream of words into newspaper-shaped text: headlines, standfirsts and bodies of
 * sentences grouped in paragraphs, with exact word counts (whitespace-separated tokens, as
 * `countWords` in the demo counts them), so tests can hold the generator to its length ranges.
 */
import type { Lang } from "../../src/demo/banks/types.ts";
import type { Rng } from "../../src/demo/prng.ts";
import { capitalise, escapeHtml } from "../../src/demo/text.ts";

/** Draws the next word of running text; the archive and the labelled set mix vocabularies here. */
export type WordPicker = (rng: Rng) => string;

const FULL_STOP: Record<Lang, string> = { en: ".", bn: "।" };

/** Exactly `count` words; multi-word draws (phrases, names) are cut to fit. */
export function words(pick: WordPicker, rng: Rng, count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const drawn = pick(rng);
    if (!drawn.includes(" ")) out.push(drawn);
    else for (const word of drawn.split(" ")) if (out.length < count && word !== "") out.push(word);
  }
  return out;
}

function sentence(pick: WordPicker, rng: Rng, lang: Lang, count: number): string {
  const tokens = words(pick, rng, count);
  // A clause break now and then, never on the last word.
  for (let i = 3; i < tokens.length - 3; i++) if (rng.chance(0.06)) tokens[i] = `${tokens[i]},`;
  const text = tokens.join(" ");
  return (lang === "en" ? capitalise(text) : text) + FULL_STOP[lang];
}

/** Sentences of 6 to 24 words adding up to exactly `count` words. */
function sentences(pick: WordPicker, rng: Rng, lang: Lang, count: number): string[] {
  const out: string[] = [];
  let left = count;
  while (left > 0) {
    let length = Math.min(rng.int(6, 24), left);
    // A stub of one to five words would read as a fragment; fold it into this sentence.
    if (left - length < 6) length = left;
    out.push(sentence(pick, rng, lang, length));
    left -= length;
  }
  return out;
}

export function headline(pick: WordPicker, rng: Rng, lang: Lang): string {
  const text = words(pick, rng, rng.int(6, 14)).join(" ");
  return lang === "en" ? capitalise(text) : text;
}

export function standfirst(pick: WordPicker, rng: Rng, lang: Lang): string {
  return sentences(pick, rng, lang, rng.int(15, 35)).join(" ");
}

/** Paragraph texts of 40 to 110 words adding up to exactly `count` words. */
export function paragraphs(pick: WordPicker, rng: Rng, lang: Lang, count: number): string[] {
  const out: string[] = [];
  let left = count;
  while (left > 0) {
    let length = Math.min(rng.int(40, 110), left);
    if (left - length < 40) length = left;
    out.push(sentences(pick, rng, lang, length).join(" "));
    left -= length;
  }
  return out;
}

export function paragraphsToHtml(texts: readonly string[]): string {
  return texts.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n");
}

/** Mixes vocabularies: each source is drawn with its weight, the rest of the time `general`. */
export function mixedPicker(
  general: WordPicker,
  sources: readonly { weight: number; pick: WordPicker }[],
): WordPicker {
  return (rng) => {
    let u = rng.next();
    for (const source of sources) {
      if (u < source.weight) return source.pick(rng);
      u -= source.weight;
    }
    return general(rng);
  };
}
