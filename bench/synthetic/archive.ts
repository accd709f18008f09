/**
 * The synthetic archive: N stories per edition over ten years, for timing the search index.
 * Every story is generated from its own seed (edition and number), so any one of them can be
 * rebuilt on its own (the bench does, to take phrases from bodies) and the archive is produced
 * batch by batch without ever holding all of it in memory.
 */
import type { Lang } from "../../src/demo/banks/types.ts";
import { LANGS } from "../../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { buildLexicon, type Lexicon, zipfWord } from "./lexicon.ts";
import { headline, mixedPicker, paragraphs, paragraphsToHtml, standfirst, type WordPicker } from "./prose.ts";
import { NEWS_SECTION_KEYS, pickByline, pickKind, pickPlace, storySlug, tagNamed } from "./story-parts.ts";
import type { SyntheticStory, SyntheticTag } from "./synthetic-types.ts";

export const DEFAULT_ARCHIVE_SEED = 20261129;
/** The archive ends the day before this; pass it as "now" so every story is already published. */
export const ARCHIVE_NOW = "2026-11-29T00:00:00.000Z";
const SPAN_MS = 10 * 365.25 * 24 * 3600 * 1000;
const START_MS = Date.parse(ARCHIVE_NOW) - 24 * 3600 * 1000 - SPAN_MS;
/** News runs in running stories; a story draws part of its words from one of these topics. */
const TOPIC_COUNT = 400;
const TOPIC_WORDS = 40;
/** Topic words come from the middle of the ranks: not "the", not a word used once in ten years. */
const TOPIC_RANKS = { from: 150, to: 25_000 };
const TRANSLATED_EVERY = 4;

interface Topic {
  section: string;
  pick: WordPicker;
  tags: SyntheticTag[];
}

interface Language {
  lexicon: Lexicon;
  general: WordPicker;
  topics: Topic[];
}

function buildTopic(lexicon: Lexicon, index: number, seed: number): Topic {
  const rng = new Rng(hashSeed(`archive-topic/${seed}/${lexicon.lang}/${index}`));
  const topicWords = Array.from(
    { length: TOPIC_WORDS },
    () => lexicon.words[rng.int(TOPIC_RANKS.from, Math.min(TOPIC_RANKS.to, lexicon.words.length) - 1)] ?? "",
  );
  return {
    section: rng.pick(NEWS_SECTION_KEYS),
    pick: (r) => r.pick(topicWords),
    tags: topicWords.slice(0, 3).map((word) => tagNamed(word, lexicon.lang)),
  };
}

const languages = new Map<string, Language>();

function language(lang: Lang, seed: number): Language {
  const cacheKey = `${lang}/${seed}`;
  let found = languages.get(cacheKey);
  if (!found) {
    const lexicon = buildLexicon(lang);
    const topics = Array.from({ length: TOPIC_COUNT }, (_, i) => buildTopic(lexicon, i, seed));
    found = { lexicon, general: (rng) => zipfWord(lexicon, rng), topics };
    languages.set(cacheKey, found);
  }
  return found;
}

export function archiveLexicon(lang: Lang, seed = DEFAULT_ARCHIVE_SEED): Lexicon {
  return language(lang, seed).lexicon;
}

/** Story `index` (0-based) of an edition; the same arguments always give the same story. */
export function archiveStory(lang: Lang, index: number, perEdition: number, seed = DEFAULT_ARCHIVE_SEED) {
  const { general, topics } = language(lang, seed);
  const rng = new Rng(hashSeed(`archive/${seed}/${lang}/${index}`));
  // A few topics run for years (politics, the economy); most come and go, as news does.
  const topic = topics[Math.floor(TOPIC_COUNT * rng.next() ** 1.6)] ?? topics[0];
  if (!topic) throw new Error("the archive has no topics");
  const headlineWords = mixedPicker(general, [{ weight: 0.35, pick: topic.pick }]);
  const bodyWords = mixedPicker(general, [{ weight: 0.12, pick: topic.pick }]);
  const kind = pickKind(rng);
  const text = headline(headlineWords, rng, lang);
  const publishedMs = START_MS + ((index + rng.next()) / perEdition) * SPAN_MS;
  const story: SyntheticStory = {
    key: `archive-${lang}-${index}`,
    edition: lang,
    translationGroup: index % TRANSLATED_EVERY === 0 ? `archive-${seed}-${index}` : null,
    sectionKey: kind === "opinion" ? "opinion" : topic.section,
    kind,
    slug: storySlug(text, lang, String(index)),
    headline: text,
    standfirst: standfirst(headlineWords, rng, lang),
    bodyHtml: paragraphsToHtml(paragraphs(bodyWords, rng, lang, rng.int(300, 900))),
    ...pickByline(rng, kind, lang, rng.chance(0.15)),
    datelinePlace: kind === "news" ? pickPlace(rng, lang) : null,
    tags: rng.shuffle(topic.tags).slice(0, rng.int(1, 3)),
    publishedAt: new Date(publishedMs).toISOString(),
    cluster: null,
    duplicateGroup: null,
  };
  return story;
}

/**
 * The archive in batches of `batchSize` story numbers, both editions of a number in the same
 * batch, oldest first (ids then grow with publication time, as in a real archive).
 */
export function* archiveBatches(options: {
  perEdition: number;
  batchSize?: number;
  seed?: number;
}): Generator<SyntheticStory[]> {
  const { perEdition, batchSize = 500, seed = DEFAULT_ARCHIVE_SEED } = options;
  for (let start = 0; start < perEdition; start += batchSize) {
    const batch: SyntheticStory[] = [];
    for (let i = start; i < Math.min(start + batchSize, perEdition); i++) {
      for (const lang of LANGS) batch.push(archiveStory(lang, i, perEdition, seed));
    }
    yield batch;
  }
}
