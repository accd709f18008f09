import { diffArrays } from "diff";

/** A run of text that both versions share, or that one added or removed. */
export interface DiffPart {
  text: string;
  change: "same" | "added" | "removed";
}

/**
 * Words (letters with their marks, and digits: a Bangla word with its vowel signs and conjuncts is
 * one), runs of space, and single punctuation marks. The library's own word splitter takes only
 * Latin letters for letters, and cuts Bangla words apart.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

const tokens = (text: string) => text.normalize("NFC").match(TOKEN) ?? [];

/** The word-level difference between two texts, in reading order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffArrays(tokens(before), tokens(after)).map((part) => ({
    text: part.value.join(""),
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
