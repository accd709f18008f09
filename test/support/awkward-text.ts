import fc from "fast-check";

/**
 * Pieces of text that have tripped up text handling somewhere: letters whose case mapping grows or
 * undoes NFC (İ, ß, ŉ, ΐ), Bangla conjuncts, vowel signs, legacy khanda-ta and digits, joiners,
 * RTL text and controls, emoji sequences, NUL and other controls, lone surrogates, private use
 * (the search index's edition mark) and every kind of space and separator.
 */
const AWKWARD_PIECES = [
  "River",
  "floods",
  "the",
  "İ",
  "ß",
  "ẞ",
  "ﬀ",
  "ŉ",
  "ΐ",
  "ǅ",
  "\u0301",
  "\u0345",
  "ক",
  "্",
  "ি",
  "নদীর",
  "এবং",
  "ত্‍",
  "\u09CE",
  "০",
  "৯",
  "\u200C",
  "\u200D",
  "ء",
  "ً",
  "\u202E",
  "😀",
  "👩‍👩‍👧",
  "\u0000",
  "\u0007",
  "\u007F",
  "\ud800",
  "\udc00",
  "\uE000",
  "\uFFFD",
  "2026",
  "Ⅻ",
  "½",
  " ",
  "-",
  "--",
  "_",
  "/",
  "..",
  "%",
  "%2F",
  "\t",
  "\n",
  "\u00A0",
  "\u3000",
];

/**
 * Any text, weighted towards the awkward: arbitrary UTF-16 units, whole graphemes, and the pieces
 * above. `size` is fast-check's: its default ("small") keeps strings to about ten units whatever
 * `maxLength` says.
 */
export function awkwardText(
  maxLength: number,
  { extraPieces = [], size = "medium" }: { extraPieces?: readonly string[]; size?: fc.SizeForArbitrary } = {},
): fc.Arbitrary<string> {
  const options = { maxLength, size };
  return fc.oneof(
    fc.string({ unit: "binary", ...options }),
    fc.string({ unit: "grapheme", ...options }),
    fc.string({ unit: fc.constantFrom(...AWKWARD_PIECES, ...extraPieces), ...options }),
  );
}

/**
 * What search syntax looks like to FTS5, tsquery and readers: quotes of every kind, operators,
 * prefix and column marks, escapes, and the engines' keywords.
 */
export const QUERY_SYNTAX = [
  '"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "'",
  "’",
  "*",
  "^",
  "(",
  ")",
  ":",
  "+",
  "&",
  "|",
  "!",
  "<->",
  "<2>",
  "\\",
  ":*",
  "NEAR",
  "OR",
  "AND",
  "NOT",
  "{headline}",
  "headline:",
  ";",
];
