/**
 * The elements a story or entry body may hold: the sanitizer keeps only these, and the newsroom
 * rebuilds stored bodies from the same list. No dependencies, so the newsroom app imports it too.
 */
export const BODY_TAGS = [
  "p",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "b",
  "i",
  "a",
  "br",
  "figure",
  "figcaption",
  "img",
  "hr",
  "cite",
  "sub",
  "sup",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
] as const;
