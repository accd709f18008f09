/**
 * The parts of a generated story that are not its text: kind, byline or agency credit, dateline
 * place, slug. They come from the demo paper's people, places and sections, so the loader can
 * create the same sections and authors the demo does.
 */

import type { ArticleKind } from "../../src/content/article.kinds.ts";
import type { Lang } from "../../src/demo/banks/types.ts";
import { AGENCIES, COLUMNISTS, STAFF } from "../../src/demo/people.ts";
import { PLACES } from "../../src/demo/places.ts";
import type { Rng } from "../../src/demo/prng.ts";
import { SECTIONS } from "../../src/demo/sections.ts";
import { slugifyBangla, slugifyEnglish } from "../../src/demo/text.ts";
import type { SyntheticTag } from "./synthetic-types.ts";

export const NEWS_SECTION_KEYS: readonly string[] = SECTIONS.map((s) => s.key).filter((k) => k !== "opinion");

/** Mostly news, as on any paper's archive pages. */
export function pickKind(rng: Rng): ArticleKind {
  const u = rng.next();
  if (u < 0.72) return "news";
  if (u < 0.82) return "analysis";
  if (u < 0.91) return "feature";
  return "opinion";
}

export interface Byline {
  authorSlugs: string[];
  creditLine: string | null;
}

/** Columns carry a columnist, wire copy an agency credit, the rest one or two staff reporters. */
export function pickByline(rng: Rng, kind: ArticleKind, lang: Lang, wire: boolean): Byline {
  if (kind === "opinion") return { authorSlugs: [rng.pick(COLUMNISTS).slug], creditLine: null };
  if (wire) return { authorSlugs: [], creditLine: rng.pick(AGENCIES)[lang] };
  const first = rng.pick(STAFF).slug;
  const second = rng.pick(STAFF).slug;
  return { authorSlugs: rng.chance(0.2) && second !== first ? [first, second] : [first], creditLine: null };
}

const PLACE_LIST = Object.values(PLACES);

export function pickPlace(rng: Rng, lang: Lang): string {
  return rng.pick(PLACE_LIST)[lang];
}

export function tagNamed(name: string, lang: Lang): SyntheticTag {
  return { slug: lang === "bn" ? slugifyBangla(name) : slugifyEnglish(name), name };
}

/** Headline words plus the story's number, which keeps slugs unique in their edition. */
export function storySlug(headline: string, lang: Lang, serial: string): string {
  const base = lang === "bn" ? slugifyBangla(headline, 6) : slugifyEnglish(headline, 8);
  return base === "" ? serial : `${base}-${serial}`;
}
