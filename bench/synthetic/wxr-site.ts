/**
 * Who and what the generated old site holds besides its posts: its authors, categories (some
 * nested), tags, pages (some nested) and the readers who comment. Names are invented; the tags
 * are plain words of the synthetic English list, drawn in an order fixed by the seed.
 */
import { hashSeed, Rng } from "../../src/demo/prng.ts";
import { ENGLISH_HEAD } from "./english-words.ts";

export interface Author {
  login: string;
  first: string;
  last: string;
}

export const AUTHORS: readonly Author[] = [
  ["nadia", "Nadia", "Rahman"],
  ["tomas", "Tomás", "Okafor"],
  ["farhana", "Farhana", "Lindqvist"],
  ["owen", "Owen", "Chowdhury"],
  ["ishita", "Ishita", "Moreau"],
  ["marcus", "Marcus", "Haider"],
  ["leena", "Leena", "Brennan"],
  ["rafiq", "Rafiq", "Sato"],
  ["sofia", "Sofia", "Quayle"],
  ["daniel", "Daniel", "Islam"],
  ["anika", "Anika", "Ferreira"],
  ["zoe", "Zoë", "Aziz"],
].map(([login, first, last]) => ({ login, first, last }) as Author);

export interface Term {
  slug: string;
  name: string;
  parent: string;
}

export const CATEGORIES: readonly Term[] = [
  ["news", "News", ""],
  ["politics", "Politics", "news"],
  ["business", "Business", ""],
  ["economy", "Economy", "business"],
  ["sport", "Sport", ""],
  ["cricket", "Cricket", "sport"],
  ["football", "Football", "sport"],
  ["culture", "Culture", ""],
  ["books", "Books", "culture"],
  ["film", "Film", "culture"],
  ["science", "Science", ""],
  ["health", "Health", ""],
  ["environment", "Environment", ""],
  ["opinion", "Opinion", ""],
  ["travel-food", "Travel & Food", ""],
].map(([slug, name, parent]) => ({ slug, name, parent }) as Term);

/** 200 distinct plain words of the head list, in an order fixed by the seed. */
export function tagsOf(seed: number): Term[] {
  const candidates = ENGLISH_HEAD.filter((word) => /^[a-z]{5,}$/.test(word));
  return new Rng(hashSeed(`wxr/${seed}/tags`))
    .shuffle(candidates)
    .slice(0, 200)
    .map((word) => ({ slug: word, name: word, parent: "" }));
}

/** Pages as [slug, title, index of the parent page or -1]: an about section with children, and the rest. */
export const PAGES: readonly [string, string, number][] = [
  ["about", "About us", -1],
  ["our-team", "Our team", 0],
  ["history", "Our history", 0],
  ["careers", "Careers", 0],
  ["internships", "Internships", 3],
  ["contact", "Contact", -1],
  ["newsroom", "Newsroom desks", 5],
  ["advertise", "Advertise with us", -1],
  ["rates", "Rates & formats", 7],
  ["terms", "Terms of use", -1],
  ["privacy", "Privacy", -1],
  ["cookies", "Cookies", 10],
  ["corrections", "Corrections", -1],
  ["ethics", "Code of ethics", -1],
  ["subscribe", "Subscribe", -1],
  ["newsletters", "Newsletters", 14],
  ["archive", "Archive", -1],
  ["tips", "Send us a tip", -1],
  ["accessibility", "Accessibility", -1],
  ["faq", "Questions & answers", -1],
];

export const COMMENTERS = ["Rumana K.", "Peter & Jo", "a reader in Khulna", "Habib", "Mei-Lin", "J. Osei"];
