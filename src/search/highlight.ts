import type { ParsedQuery } from "./query/parse-query.ts";
import type { TextPart } from "./search.types.ts";
import { normalizeWord } from "./text/normalize.ts";
import { termOf, type Word, words } from "./text/terms.ts";

type Highlight = ParsedQuery["highlight"];
type Matcher = (word: Word) => boolean;

/**
 * A word matches when it indexes as a searched term, or starts like the word being typed.
 * Stems keep a word's first letter, so a word whose first letter starts no searched term is
 * passed over without being analyzed: most words of a passage are.
 */
function matcherFor(highlight: Highlight): Matcher {
  const firsts = new Set([...highlight.terms, ...highlight.prefixes].map(firstLetter));
  return (word) => {
    if (!firsts.has(firstLetter(normalizeFirst(word.surface)))) return false;
    const t = termOf(word.surface);
    if (!t) return false;
    return (
      highlight.terms.has(t.term) ||
      highlight.prefixes.some((p) => t.base.startsWith(p) || t.term.startsWith(p))
    );
  };
}

function firstLetter(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0);
}

const firstLetters = new Map<string, string>();

/** The normalized form of a word's first letter (Bengali digit → ASCII, capital → small, accent off). */
function normalizeFirst(surface: string): string {
  const first = firstLetter(surface);
  let normalized = firstLetters.get(first);
  if (normalized === undefined) {
    normalized = normalizeWord(first);
    if (firstLetters.size < 10_000) firstLetters.set(first, normalized);
  }
  return normalized;
}

function partsOf(text: string, start: number, end: number, matches: Matcher): TextPart[] {
  const parts: TextPart[] = [];
  let at = start;
  for (const word of words(text.slice(start, end))) {
    if (!matches(word)) continue;
    if (word.start + start > at) parts.push({ text: text.slice(at, word.start + start), match: false });
    parts.push({ text: word.surface, match: true });
    at = word.end + start;
  }
  if (at < end) parts.push({ text: text.slice(at, end), match: false });
  return parts;
}

/** The whole text, with the searched words marked. */
export function highlightAll(text: string, highlight: Highlight): TextPart[] {
  return partsOf(text, 0, text.length, matcherFor(highlight));
}

const SNIPPET_LENGTH = 240;
const LEAD_IN = 70;
/** How far into a body to look for a match; past it, the standfirst stands in. */
const SCAN_LIMIT = 3_000;

/**
 * A passage of about SNIPPET_LENGTH characters around the first match in the body, cut at word
 * boundaries and marked with ellipses where it was cut; the standfirst when the body has no match.
 */
export function snippetOf(body: string, standfirst: string, highlight: Highlight): TextPart[] {
  const scanned = body.slice(0, SCAN_LIMIT);
  const matches = matcherFor(highlight);
  let first: Word | undefined;
  for (const word of words(scanned)) {
    if (matches(word)) {
      first = word;
      break;
    }
  }
  if (!first) return highlightAll(standfirst, highlight);
  const start = wordStartAtOrBefore(scanned, Math.max(0, first.start - LEAD_IN));
  const end = wordEndAtOrAfter(scanned, Math.min(scanned.length, start + SNIPPET_LENGTH));
  const parts = partsOf(scanned, start, end, matches);
  if (start > 0) parts.unshift({ text: "… ", match: false });
  if (end < body.length) parts.push({ text: " …", match: false });
  return parts;
}

function wordStartAtOrBefore(text: string, at: number): number {
  const space = text.lastIndexOf(" ", at);
  const newline = text.lastIndexOf("\n", at);
  const cut = Math.max(space, newline);
  return at === 0 || cut < 0 ? 0 : cut + 1;
}

function wordEndAtOrAfter(text: string, at: number): number {
  const match = /[\s]/u.exec(text.slice(at));
  return match ? at + match.index : text.length;
}
