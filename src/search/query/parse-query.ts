import { type Term, termOf, words } from "../text/terms.ts";

/** One condition every hit must meet. */
export type Clause =
  | { kind: "term"; term: string }
  /** The word being typed: its whole term, or any term starting with `prefix`. */
  | { kind: "prefix"; term: string; prefix: string }
  | { kind: "phrase"; terms: string[] };

export interface ParsedQuery {
  clauses: Clause[];
  /** Every term and prefix the query looks for: what highlighting marks. */
  highlight: { terms: ReadonlySet<string>; prefixes: readonly string[] };
}

/** Beyond this many conditions a query only gets slower, not better. */
const MAX_CLAUSES = 12;
/** Shorter prefixes match too much of the vocabulary to be useful, and cost the most. */
const MIN_PREFIX_LENGTH = 3;
/**
 * A word being typed that is still shorter than this narrows little and costs much (`tha*` is
 * every word from "than" to "thaw"): beside other words it waits until it is longer.
 */
const MIN_TYPED_LENGTH = 4;

const QUOTES = /["“”„«»]/u;

/**
 * Reads what a reader typed. Quoted stretches are phrases; other words are all required, except
 * stop words (unless nothing else is left). The last word, when the reader has not finished it
 * with a space or quote, also matches as a prefix. Nothing a reader types is syntax for the
 * engine: clauses hold only terms, and each engine writes its own safe expression from them.
 */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.toWellFormed();
  const pieces = text.split(QUOTES);
  // An unclosed quote quotes nothing: its words count as loose words.
  const closed = pieces.length % 2 === 1;
  const loose: Term[] = [];
  const phrases: Term[][] = [];
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1 && (closed || i < pieces.length - 1);
    const terms = termsOf(piece);
    if (quoted) phrases.push(terms);
    else loose.push(...terms);
  });
  const typing = /[\p{L}\p{M}\p{N}]$/u.test(text);
  const clauses = [...looseClauses(loose, typing), ...phraseClauses(phrases)].slice(0, MAX_CLAUSES);
  return { clauses: dedupe(clauses), highlight: highlightOf(clauses) };
}

function termsOf(text: string): Term[] {
  return [...words(text)].flatMap((w) => termOf(w.surface) ?? []);
}

function looseClauses(terms: Term[], typing: boolean): Clause[] {
  const typed = typing ? terms.at(-1) : undefined;
  const waiting = typed !== undefined && terms.length > 1 && [...typed.base].length < MIN_TYPED_LENGTH;
  const considered = waiting ? terms.slice(0, -1) : terms;
  const content = considered.filter((t) => !t.stop);
  const kept = content.length > 0 ? content : considered;
  return kept.map((t, i): Clause => {
    const last = i === kept.length - 1 && t === terms.at(-1);
    if (typing && last) {
      const prefix = commonPrefix(t.base, t.term);
      if ([...prefix].length >= MIN_PREFIX_LENGTH) return { kind: "prefix", term: t.term, prefix };
    }
    return { kind: "term", term: t.term };
  });
}

/**
 * A phrase of stop words only ("and the") is in nearly every story, and checking word positions
 * in all of them is the slowest thing the engine can be asked; its words are required instead.
 */
function phraseClauses(phrases: Term[][]): Clause[] {
  return phrases.flatMap((terms): Clause[] => {
    if (terms.length === 1 || terms.every((t) => t.stop))
      return terms.map((t): Clause => ({ kind: "term", term: t.term }));
    return [{ kind: "phrase", terms: terms.map((t) => t.term) }];
  });
}

/**
 * A stem can be shorter than the word (election → elect) or differ at its end (happy → happi);
 * the part they share is a prefix of every term the finished word could index as.
 */
function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Never cut between a letter and its vowel sign or virama.
  return a
    .slice(0, i)
    .replace(/\p{L}\p{M}*$/u, (tail) => (i < a.length && /\p{M}/u.test(a[i] as string) ? "" : tail));
}

function dedupe(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function highlightOf(clauses: Clause[]): ParsedQuery["highlight"] {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  for (const c of clauses) {
    if (c.kind === "phrase") for (const t of c.terms) terms.add(t);
    else terms.add(c.term);
    if (c.kind === "prefix") prefixes.push(c.prefix);
  }
  return { terms, prefixes };
}
