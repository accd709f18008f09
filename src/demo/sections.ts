import type { DemoSection } from "./demo-types.ts";

/**
 * Sections of the demo paper. Most Bangla slugs are Bengali words so Unicode URLs get exercised;
 * "khela" is deliberately an ASCII transliteration so the mixed case is covered too.
 */
export const SECTIONS: DemoSection[] = [
  {
    key: "national",
    position: 1,
    slug: { en: "national", bn: "জাতীয়" },
    name: { en: "National", bn: "জাতীয়" },
  },
  {
    key: "politics",
    position: 2,
    slug: { en: "politics", bn: "রাজনীতি" },
    name: { en: "Politics", bn: "রাজনীতি" },
  },
  {
    key: "business",
    position: 3,
    slug: { en: "business", bn: "বাণিজ্য" },
    name: { en: "Business", bn: "বাণিজ্য" },
  },
  { key: "world", position: 4, slug: { en: "world", bn: "আন্তর্জাতিক" }, name: { en: "World", bn: "আন্তর্জাতিক" } },
  { key: "sports", position: 5, slug: { en: "sports", bn: "khela" }, name: { en: "Sports", bn: "খেলা" } },
  {
    key: "technology",
    position: 6,
    slug: { en: "technology", bn: "প্রযুক্তি" },
    name: { en: "Technology", bn: "প্রযুক্তি" },
  },
  {
    key: "environment",
    position: 7,
    slug: { en: "environment", bn: "পরিবেশ" },
    name: { en: "Environment", bn: "পরিবেশ" },
  },
  { key: "opinion", position: 8, slug: { en: "opinion", bn: "মতামত" }, name: { en: "Opinion", bn: "মতামত" } },
];

/** Tags shared by several clusters; they are what links, say, a flood story to a climate summit. */
export const GLOBAL_TAGS: Readonly<
  Record<string, { slug: { en: string; bn: string }; name: { en: string; bn: string } }>
> = {
  "climate-change": {
    slug: { en: "climate-change", bn: "জলবায়ু-পরিবর্তন" },
    name: { en: "Climate Change", bn: "জলবায়ু পরিবর্তন" },
  },
  dhaka: { slug: { en: "dhaka", bn: "ঢাকা" }, name: { en: "Dhaka", bn: "ঢাকা" } },
  economy: { slug: { en: "economy", bn: "অর্থনীতি" }, name: { en: "Economy", bn: "অর্থনীতি" } },
  "public-health": {
    slug: { en: "public-health", bn: "জনস্বাস্থ্য" },
    name: { en: "Public Health", bn: "জনস্বাস্থ্য" },
  },
  infrastructure: {
    slug: { en: "infrastructure", bn: "অবকাঠামো" },
    name: { en: "Infrastructure", bn: "অবকাঠামো" },
  },
  "bay-of-bengal": {
    slug: { en: "bay-of-bengal", bn: "bay-of-bengal" },
    name: { en: "Bay of Bengal", bn: "বঙ্গোপসাগর" },
  },
};
