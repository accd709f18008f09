/**
 * The labelled evaluation set for related stories: stories in known topic clusters, both
 * editions, set in general news vocabulary, plus background stories in no cluster. Some
 * clusters carry two or three versions of one wire story (near-duplicates that a related list
 * must not show side by side), and some stories have a translation in the other edition (which
 * a related list must never show).
 */
import type { Lang } from "../../src/demo/banks/types.ts";
import { LANGS } from "../../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { ARCHIVE_NOW, archiveLexicon } from "./archive.ts";
import { zipfWord } from "./lexicon.ts";
import { headline, mixedPicker, paragraphs, paragraphsToHtml, standfirst, type WordPicker } from "./prose.ts";
import { NEWS_SECTION_KEYS, pickByline, pickKind, pickPlace, storySlug, tagNamed } from "./story-parts.ts";
import type { SyntheticStory, SyntheticTag } from "./synthetic-types.ts";
import { FAMILIES, TOPIC_CLUSTERS, type TopicCluster } from "./topic-clusters.ts";

export const DEFAULT_LABELLED_SEED = 7;
export const LABELLED_NOW = ARCHIVE_NOW;
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Three years of news; each cluster is an event that runs for about six weeks within them. */
const SPAN_DAYS = 3 * 365;
const EVENT_DAYS = 45;
/** The first stories of each cluster after any wire versions also run in the other edition. */
const TRANSLATED_PER_CLUSTER = 5;

export interface LabelledOptions {
  seed?: number;
  /** Use only the first N clusters (tests keep the set small). */
  clusters?: number;
  storiesPerCluster?: { min: number; max: number };
  /** Stories in no cluster, per edition. */
  noise?: number;
}

interface Vocabulary {
  general: WordPicker;
  own: WordPicker;
  family: WordPicker;
  sibling: WordPicker;
  anyCluster: WordPicker;
}

/** Clusters sharing a family with this one: the stories most easily mistaken for it. */
function siblingsOf(cluster: TopicCluster): TopicCluster[] {
  return TOPIC_CLUSTERS.filter((c) => c !== cluster && c.families.some((f) => cluster.families.includes(f)));
}

function vocabulary(cluster: TopicCluster, lang: Lang): Vocabulary {
  const lexicon = archiveLexicon(lang);
  const ownWords = cluster[lang];
  const familyWords = FAMILIES.filter((f) => cluster.families.includes(f.key)).flatMap((f) => f[lang]);
  const siblingWords = siblingsOf(cluster).flatMap((c) => c[lang]);
  const allClusterWords = TOPIC_CLUSTERS.flatMap((c) => c[lang]);
  return {
    general: (r) => zipfWord(lexicon, r),
    own: (r) => r.pick(ownWords),
    family: (r) => r.pick(familyWords),
    sibling: (r) => r.pick(siblingWords),
    anyCluster: (r) => r.pick(allClusterWords),
  };
}

interface Draft {
  headline: string;
  standfirst: string;
  paragraphs: string[];
}

/**
 * A family's shared words run as thick as a cluster's own in a lightly on-topic story, a sibling
 * cluster's own words come up too (an election story recalls the mayoral race), and any cluster's
 * words can turn up anywhere (a budget story mentions the flood), so the clusters overlap the way
 * a paper's running stories do.
 */
function bodyWords(v: Vocabulary, own: number): WordPicker {
  return mixedPicker(v.general, [
    { weight: own, pick: v.own },
    { weight: 0.04, pick: v.family },
    { weight: 0.015, pick: v.sibling },
    { weight: 0.01, pick: v.anyCluster },
  ]);
}

/**
 * On-topic density varies by story: some are squarely about the event, some only mention it.
 * Background stories mention the cluster whose vocabulary they get, at the lowest density.
 */
function draft(v: Vocabulary, rng: Rng, lang: Lang, onCluster: boolean, minWords = 300): Draft {
  // A quarter of a cluster's stories only touch on it: a sidebar, a column that mentions the event.
  const own = onCluster ? (rng.chance(0.25) ? 0.006 : rng.range(0.012, 0.04)) : 0.006;
  const body = bodyWords(v, own);
  const display = mixedPicker(v.general, [
    { weight: onCluster ? 0.15 : 0.03, pick: v.own },
    { weight: 0.1, pick: v.family },
  ]);
  return {
    headline: headline(display, rng, lang),
    standfirst: standfirst(display, rng, lang),
    paragraphs: paragraphs(body, rng, lang, rng.int(minWords, 900)),
  };
}

const FOLLOW_UP: Record<Lang, string> = { en: ", officials say", bn: ", জানাল কর্তৃপক্ষ" };

/**
 * Version `n` (1, 2) of a wire story: the same copy with a re-punctuated headline, one word
 * changed in the lead, its last paragraph rewritten and, in later versions, a paragraph added.
 */
function wireVersion(base: Draft, n: number, rewrite: (words: number) => string, lang: Lang): Draft {
  const words = base.headline.split(" ");
  const headlineText =
    n === 1 ? `${words.slice(0, 3).join(" ")}: ${words.slice(3).join(" ")}` : base.headline + FOLLOW_UP[lang];
  const [lead = "", ...rest] = base.paragraphs;
  const leadWords = lead.split(" ");
  leadWords[Math.min(4, leadWords.length - 1)] = lang === "en" ? "now" : "এখন";
  const last = rest.at(-1) ?? "";
  const body = [leadWords.join(" "), ...rest.slice(0, -1), rewrite(last.split(" ").length)];
  if (n > 1) body.push(rewrite(50));
  return { headline: headlineText, standfirst: base.standfirst, paragraphs: body };
}

/** One or two of the cluster's tags, and now and then a tag of a sibling cluster, as desks tag broadly. */
function clusterTags(cluster: TopicCluster, lang: Lang, rng: Rng): SyntheticTag[] {
  const own = rng.shuffle(cluster.tags).slice(0, rng.int(1, 2));
  const siblings = siblingsOf(cluster);
  const borrowed = siblings.length > 0 && rng.chance(0.25) ? [rng.pick(rng.pick(siblings).tags)] : [];
  return [...own, ...borrowed].map((t) => tagNamed(t[lang], lang));
}

interface Placement {
  key: string;
  lang: Lang;
  serial: string;
  publishedMs: number;
  translationGroup: string | null;
  cluster: string | null;
  duplicateGroup: string | null;
  sectionKey: string;
  wire: boolean;
  tags: SyntheticTag[];
}

function story(d: Draft, p: Placement, rng: Rng): SyntheticStory {
  const kind = p.wire ? "news" : pickKind(rng);
  return {
    key: p.key,
    edition: p.lang,
    translationGroup: p.translationGroup,
    sectionKey: kind === "opinion" ? "opinion" : p.sectionKey,
    kind,
    slug: storySlug(d.headline, p.lang, p.serial),
    headline: d.headline,
    standfirst: d.standfirst,
    bodyHtml: paragraphsToHtml(d.paragraphs),
    ...pickByline(rng, kind, p.lang, p.wire),
    datelinePlace: kind === "news" ? pickPlace(rng, p.lang) : null,
    tags: p.tags,
    publishedAt: new Date(p.publishedMs).toISOString(),
    cluster: p.cluster,
    duplicateGroup: p.duplicateGroup,
  };
}

function clusterStories(cluster: TopicCluster, options: Required<LabelledOptions>): SyntheticStory[] {
  const plan = new Rng(hashSeed(`labelled/${options.seed}/${cluster.key}`));
  const count = plan.int(options.storiesPerCluster.min, options.storiesPerCluster.max);
  const versions = cluster.wire ? plan.int(2, 3) : 0;
  const startMs = Date.parse(LABELLED_NOW) - plan.int(EVENT_DAYS + 1, SPAN_DAYS) * DAY_MS;
  const out: SyntheticStory[] = [];
  for (const lang of LANGS) {
    const rng = new Rng(hashSeed(`labelled/${options.seed}/${cluster.key}/${lang}`));
    const v = vocabulary(cluster, lang);
    const place = (placement: Omit<Placement, "lang" | "sectionKey" | "cluster" | "tags">): Placement => ({
      ...placement,
      lang,
      sectionKey: cluster.section,
      cluster: cluster.key,
      tags: clusterTags(cluster, lang, rng),
    });
    // Long enough that every version keeps most of its paragraphs after the edits.
    const wireDraft = versions > 0 ? draft(v, rng, lang, true, 500) : null;
    for (let j = 0; j < count; j++) {
      const serial = `${cluster.key}-${j}`;
      const key = `labelled-${lang}-${serial}`;
      // Wire versions move hours apart; translations go out the same day; the rest anywhere in the event.
      const dayOffset = j < versions ? 0 : j < versions + TRANSLATED_PER_CLUSTER ? j : rng.int(0, EVENT_DAYS);
      const publishedMs =
        startMs + dayOffset * DAY_MS + (j < versions ? 2 + 3 * j : rng.int(1, 20)) * HOUR_MS;
      if (wireDraft && j < versions) {
        const rewrite = (words: number) => paragraphs(bodyWords(v, 0.04), rng, lang, words).join(" ");
        const d = j === 0 ? wireDraft : wireVersion(wireDraft, j, rewrite, lang);
        const duplicateGroup = `${cluster.key}-wire`;
        const placement = place({
          key,
          serial,
          publishedMs,
          translationGroup: null,
          duplicateGroup,
          wire: true,
        });
        out.push(story(d, placement, rng));
        continue;
      }
      const translated = j < versions + TRANSLATED_PER_CLUSTER;
      const translationGroup = translated ? `labelled-${options.seed}-${serial}` : null;
      const placement = place({
        key,
        serial,
        publishedMs,
        translationGroup,
        duplicateGroup: null,
        wire: false,
      });
      out.push(story(draft(v, rng, lang, true), placement, rng));
    }
  }
  return out;
}

function noiseStories(options: Required<LabelledOptions>): SyntheticStory[] {
  const out: SyntheticStory[] = [];
  for (const lang of LANGS) {
    for (let j = 0; j < options.noise; j++) {
      const rng = new Rng(hashSeed(`labelled/${options.seed}/noise/${lang}/${j}`));
      const mentioned = rng.pick(TOPIC_CLUSTERS.slice(0, options.clusters));
      const v = vocabulary(mentioned, lang);
      const serial = `noise-${j}`;
      const publishedMs = Date.parse(LABELLED_NOW) - rng.int(1, SPAN_DAYS) * DAY_MS;
      const placement: Placement = {
        key: `labelled-${lang}-${serial}`,
        lang,
        serial,
        publishedMs,
        translationGroup: null,
        cluster: null,
        duplicateGroup: null,
        sectionKey: rng.pick(NEWS_SECTION_KEYS),
        wire: rng.chance(0.15),
        tags: rng.chance(0.3) ? [tagNamed(rng.pick(mentioned.tags)[lang], lang)] : [],
      };
      out.push(story(draft(v, rng, lang, false), placement, rng));
    }
  }
  return out;
}

/** The whole labelled set; the same options always give the same stories. */
export function buildLabelledSet(options: LabelledOptions = {}): SyntheticStory[] {
  const full: Required<LabelledOptions> = {
    seed: options.seed ?? DEFAULT_LABELLED_SEED,
    clusters: options.clusters ?? TOPIC_CLUSTERS.length,
    storiesPerCluster: options.storiesPerCluster ?? { min: 15, max: 25 },
    noise: options.noise ?? 60,
  };
  return [
    ...TOPIC_CLUSTERS.slice(0, full.clusters).flatMap((cluster) => clusterStories(cluster, full)),
    ...noiseStories(full),
  ];
}
