/**
 * Deterministic generator for the demo newspaper "The Dhaka Dateline" / "ঢাকা ডেটলাইন".
 * All copy comes from the hand-written banks under ./banks; this file only decides who wrote
 * what, when it was published, which pictures go with it and how the pieces are combined.
 */
import { CLUSTERS } from "./banks/index.ts";
import type { Bi, ClusterBank, Lang, Story, TagDef } from "./banks/types.ts";
import { LANGS } from "./banks/types.ts";
import { composeBody } from "./compose.ts";
import type { DemoArticle, DemoAuthor, DemoContent, DemoPhoto, DemoTag } from "./demo-types.ts";
import { isDemoMotif, MOTIF_ALT } from "./motifs.ts";
import {
  AGENCIES,
  type AuthorSeed,
  COLUMNISTS,
  PHOTOGRAPHERS,
  QUOTED_PEOPLE,
  STAFF,
  WEEKDAYS,
} from "./people.ts";
import { getPlace } from "./places.ts";
import { hashSeed, Rng } from "./prng.ts";
import { GLOBAL_TAGS, SECTIONS } from "./sections.ts";
import { fill, formatNumber, slugifyBangla, slugifyEnglish } from "./text.ts";

const SEED = 0x0d47e11e;
/** Ten days, the window the demo front pages are meant to cover. */
const WINDOW_MINUTES = 14_400;
const LEAD_SIZE = { width: 1600, height: 900 };
const PORTRAIT_SIZE = { width: 600, height: 600 };
/** Per-edition counts of updated stories drawn from each pool (shared pairs, then solo stories). */
const UPDATED_SHARED = 5;
const UPDATED_SOLO = 5;
/** Solo columns left without a lead picture, as real opinion pages often are. */
const COLUMNS_WITHOUT_PHOTO = 3;

interface StoryPlan {
  bank: ClusterBank;
  story: Story;
  langs: Lang[];
  translationKey: string | null;
  authors: string[];
  agency: Bi | null;
  placeKey: string;
  slots: Record<Lang, Record<string, string>>;
  tags: TagDef[];
  photo: DemoPhoto | null;
  updated: boolean;
  bodies: Partial<Record<Lang, string>>;
}

function storyLangs(story: Story): Lang[] {
  return LANGS.filter((lang) => story[lang] !== undefined);
}

function authorSeedBySlug(slug: string): AuthorSeed {
  const found = [...COLUMNISTS, ...STAFF].find((a) => a.slug === slug);
  if (!found) throw new Error(`Unknown author ${slug}`);
  return found;
}

const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

function spellSmall(n: number): string {
  return SMALL_NUMBERS[n] ?? String(n);
}

function buildSlots(
  bank: ClusterBank,
  placeKey: string,
  place2Key: string,
  rng: Rng,
): Record<Lang, Record<string, string>> {
  const place = getPlace(placeKey);
  const place2 = getPlace(place2Key);
  const day = rng.pick(WEEKDAYS);
  const n1 = rng.int(2, 9);
  const numbers: Record<string, number> = {
    n1,
    n1b: n1 + rng.int(2, 4),
    n2: rng.int(12, 95),
    n3: rng.int(120, 950),
    n4: rng.int(12, 98) * 100 + (rng.chance(0.5) ? 50 : 0),
    pct: rng.int(4, 28),
    pct2: rng.int(30, 85),
    // A second small percentage so unrelated paragraphs do not all quote the same figure.
    pct3: rng.int(3, 24),
  };
  const out = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) {
    const slots: Record<string, string> = {
      place: place[lang],
      place2: place2[lang],
      placeLoc: lang === "bn" ? place.bnLoc : place.en,
      place2Loc: lang === "bn" ? place2.bnLoc : place2.en,
      placeGen: lang === "bn" ? place.bnGen : place.en,
      place2Gen: lang === "bn" ? place2.bnGen : place2.en,
      day: day[lang],
    };
    for (const [name, term] of Object.entries(bank.terms)) slots[name] = term[lang];
    for (const [name, value] of Object.entries(numbers)) slots[name] = formatNumber(value, lang);
    // English house style spells out numbers below ten; Bangla copy keeps Bengali digits ("৪টি").
    if (lang === "en") for (const name of ["n1", "n1b"]) slots[name] = spellSmall(numbers[name] ?? 0);
    out[lang] = slots;
  }
  return out;
}

function pickAuthors(bank: ClusterBank, story: Story, rng: Rng): string[] {
  if (story.kind === "opinion") return [bank.columnist];
  const beat = STAFF.filter((a) => a.beats.includes(bank.key));
  const primary = rng.pick(beat.length > 0 ? beat : STAFF);
  // Joint bylines come from colleagues on the same beat, as they would on a real desk.
  const colleagues = beat.filter((a) => a.slug !== primary.slug);
  if (colleagues.length === 0 || !rng.chance(0.25)) return [primary.slug];
  return [primary.slug, rng.pick(colleagues).slug];
}

function pickTags(bank: ClusterBank, rng: Rng): TagDef[] {
  const [primary, ...rest] = bank.tags;
  if (!primary) throw new Error(`Cluster ${bank.key} has no tags`);
  const chosen = [primary, ...rng.shuffle(rest).slice(0, rng.int(1, 2))];
  const cross = bank.crossTags.map((key) => GLOBAL_TAGS[key]).filter((t) => t !== undefined);
  if (cross.length > 0 && chosen.length < 4 && rng.chance(0.6)) chosen.push(rng.pick(cross));
  return chosen;
}

function leadPhoto(key: string, plan: Omit<StoryPlan, "photo" | "bodies">, rng: Rng): DemoPhoto {
  const motif = rng.pick(plan.bank.motifs);
  if (!isDemoMotif(motif) || motif === "portrait") throw new Error(`Unsupported lead motif ${motif}`);
  const caption = rng.pick(plan.bank.captions);
  return {
    key,
    scene: { motif, hue: (plan.bank.hue + rng.int(-25, 25) + 360) % 360, seed: hashSeed(key) },
    ...LEAD_SIZE,
    caption: { en: fill(caption.en, plan.slots.en), bn: fill(caption.bn, plan.slots.bn) },
    alt: { ...MOTIF_ALT[motif] },
    credit: plan.agency ? `${plan.agency.en}/Staff` : `Dateline Photo/${rng.pick(PHOTOGRAPHERS)}`,
  };
}

function planStories(rng: Rng): StoryPlan[] {
  const plans: StoryPlan[] = [];
  const columnsWithoutPhoto: Record<Lang, number> = { en: 0, bn: 0 };
  for (const bank of CLUSTERS) {
    for (const story of bank.stories) {
      const r = rng.fork(`${bank.key}/${story.id}`);
      const langs = storyLangs(story);
      const placeKey = story.place ?? r.pick(bank.places);
      const place2Key = r.pick(bank.places.filter((p) => p !== placeKey));
      // Keys double as file names for rendered pictures, so they stay filesystem-safe.
      const translationKey = langs.length > 1 ? `${bank.key}--${story.id}` : null;
      const base = {
        bank,
        story,
        langs,
        translationKey,
        authors: story.wire ? [] : pickAuthors(bank, story, r),
        agency: story.wire ? r.pick(AGENCIES) : null,
        placeKey,
        slots: buildSlots(bank, placeKey, place2Key, r),
        tags: pickTags(bank, r),
        updated: false,
      };
      const soloLang = langs.length === 1 ? langs[0] : undefined;
      let photo: DemoPhoto | null = null;
      if (story.kind === "opinion" && soloLang && columnsWithoutPhoto[soloLang] < COLUMNS_WITHOUT_PHOTO) {
        columnsWithoutPhoto[soloLang]++;
      } else {
        photo = leadPhoto(`photo-${translationKey ?? `${soloLang}-${bank.key}-${story.id}`}`, base, r);
      }
      plans.push({ ...base, photo, bodies: {} });
    }
  }
  markUpdates(plans, rng);
  return plans;
}

/** Significant updates go to news stories: a few translation pairs and a few single-edition pieces. */
function markUpdates(plans: StoryPlan[], rng: Rng): void {
  const news = plans.filter((p) => p.story.kind === "news");
  const pick = (list: StoryPlan[], n: number) => {
    for (const p of rng.shuffle(list).slice(0, n)) p.updated = true;
  };
  pick(
    news.filter((p) => p.langs.length > 1),
    UPDATED_SHARED,
  );
  for (const lang of LANGS) {
    pick(
      news.filter((p) => p.langs.length === 1 && p.langs[0] === lang),
      UPDATED_SOLO,
    );
  }
}

function compose(plan: StoryPlan, rng: Rng): void {
  const columnist = plan.story.kind === "opinion" ? authorSeedBySlug(plan.bank.columnist).name : null;
  const lead: Partial<Bi> = {};
  for (const lang of plan.langs) {
    const text = plan.story[lang];
    if (text) lead[lang] = text.lead;
  }
  plan.bodies = composeBody({
    bank: plan.bank,
    kind: plan.story.kind,
    langs: plan.langs,
    lead,
    slots: plan.slots,
    wire: plan.agency !== null,
    updated: plan.updated,
    columnist: columnist ? { en: columnist.en ?? "", bn: columnist.bn ?? "" } : null,
    people: QUOTED_PEOPLE,
    rng,
    targetWords: rng.int(480, 760),
  });
}

/** Publication times skewed towards the present, so front pages have a handful of fresh stories. */
function spreadTimes(count: number, rng: Rng): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = (i + rng.range(0.1, 0.9)) / count;
    times.push(Math.max(4, Math.round((WINDOW_MINUTES - 100) * u ** 1.35)));
  }
  return rng.shuffle(times);
}

function uniqueTime(t: number, used: Set<number>): number {
  let value = Math.min(WINDOW_MINUTES, Math.max(1, t));
  while (used.has(value)) value = value >= WINDOW_MINUTES ? value - 1 : value + 1;
  used.add(value);
  return value;
}

function assignTimes(plans: StoryPlan[], rng: Rng): Map<StoryPlan, Partial<Record<Lang, number>>> {
  const times = new Map<StoryPlan, Partial<Record<Lang, number>>>();
  const used: Record<Lang, Set<number>> = { en: new Set(), bn: new Set() };
  const enPlans = plans.filter((p) => p.langs.includes("en"));
  const enTimes = spreadTimes(enPlans.length, rng);
  for (const [i, p] of enPlans.entries()) times.set(p, { en: uniqueTime(enTimes[i] ?? 60, used.en) });
  // Translations go out within the hour, after the English original.
  for (const p of plans.filter((p) => p.langs.length > 1)) {
    const en = times.get(p)?.en ?? 60;
    const offset = rng.int(4, 50);
    const bn = en - offset > 0 ? en - offset : en + offset;
    times.set(p, { en, bn: uniqueTime(bn, used.bn) });
  }
  const bnSolo = plans.filter((p) => p.langs.length === 1 && p.langs[0] === "bn");
  const bnTimes = spreadTimes(bnSolo.length, rng);
  for (const [i, p] of bnSolo.entries()) times.set(p, { bn: uniqueTime(bnTimes[i] ?? 90, used.bn) });
  return times;
}

function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  used.add(candidate);
  return candidate;
}

function buildAuthors(): { authors: DemoAuthor[]; portraits: DemoPhoto[] } {
  const authors: DemoAuthor[] = [];
  const portraits: DemoPhoto[] = [];
  for (const seed of [...COLUMNISTS, ...STAFF]) {
    const key = seed.hasPortrait ? `portrait-${seed.slug}` : null;
    authors.push({
      slug: seed.slug,
      kind: seed.kind,
      name: seed.name,
      title: seed.title,
      bio: seed.bio,
      photo: key,
    });
    if (!key) continue;
    const h = hashSeed(seed.slug);
    const name = { en: seed.name.en ?? "", bn: seed.name.bn ?? "" };
    portraits.push({
      key,
      scene: { motif: "portrait", hue: h % 360, seed: h },
      ...PORTRAIT_SIZE,
      caption: { en: name.en, bn: name.bn },
      alt: { en: `Portrait illustration: ${name.en}`, bn: `প্রতিকৃতি অলংকরণ: ${name.bn}` },
      credit: "Dateline Photo/Staff",
    });
  }
  return { authors, portraits };
}

function buildTags(): DemoTag[] {
  const defs: TagDef[] = [...CLUSTERS.flatMap((c) => c.tags), ...Object.values(GLOBAL_TAGS)];
  return LANGS.flatMap((lang) =>
    defs.map((t) => ({ edition: lang, slug: t.slug[lang], name: t.name[lang] })),
  );
}

/** Deep NFC normalisation: Bengali has canonically equivalent spellings that would break slug lookups. */
function normalise<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map((v) => normalise(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)])) as T;
  }
  return value;
}

export function buildDemoContent(): DemoContent {
  const rng = new Rng(SEED);
  const plans = planStories(rng.fork("plan"));
  const composeRng = rng.fork("compose");
  for (const plan of plans) compose(plan, composeRng.fork(plan.translationKey ?? plan.story.id));
  const times = assignTimes(plans, rng.fork("times"));
  const updateRng = rng.fork("updates");

  const articles: DemoArticle[] = [];
  const slugs: Record<Lang, Set<string>> = { en: new Set(), bn: new Set() };
  for (const lang of LANGS) {
    for (const plan of plans) {
      const text = plan.story[lang];
      const body = plan.bodies[lang];
      const published = times.get(plan)?.[lang];
      if (!text || body === undefined || published === undefined) continue;
      const slug = lang === "bn" ? slugifyBangla(text.headline) : slugifyEnglish(text.headline, 12);
      const hasDateline = plan.story.kind === "news" || plan.story.kind === "feature";
      articles.push({
        key: `${lang}-${plan.bank.key}-${plan.story.id}`,
        translationKey: plan.translationKey,
        edition: lang,
        sectionKey: plan.story.section,
        kind: plan.story.kind,
        slug: uniqueSlug(slug, slugs[lang]),
        headline: text.headline,
        standfirst: text.standfirst,
        bodyHtml: body,
        authorSlugs: [...plan.authors],
        creditLine: plan.agency ? plan.agency[lang] : null,
        datelinePlace: hasDateline ? getPlace(plan.placeKey)[lang] : null,
        tagSlugs: plan.tags.map((t) => t.slug[lang]),
        leadPhoto: plan.photo?.key ?? null,
        publishedMinutesAgo: published,
        updatedMinutesAgo: plan.updated ? Math.floor(published * updateRng.range(0.2, 0.85)) : null,
        cluster: plan.bank.key,
      });
    }
  }

  const { authors, portraits } = buildAuthors();
  const photos = [...plans.flatMap((p) => (p.photo ? [p.photo] : [])), ...portraits];
  return normalise({ sections: SECTIONS, authors, tags: buildTags(), photos, articles });
}
