import { createRequire } from "node:module";
import { AppError } from "../http/app-error.ts";

/**
 * How deeply a story body's elements may nest. Real stories stay under 15 (a quote holding a list
 * of paragraphs with a bold link); the limit leaves room for pasted markup. The parser keeps its
 * open elements in an array it inserts at the front of, so each open element costs as much as the
 * depth: `"<b>"` × 166,000 took seconds. Bounded, the worst body the schema lets through sanitizes
 * in a few hundred milliseconds (bench/hostile-save.bench.ts).
 */
export const MAX_BODY_DEPTH = 64;

// The depth is counted by the very htmlparser2 sanitize-html parses with (it pins its own major
// version), so the two cannot disagree about which elements are still open.
const sanitizerRequire = createRequire(createRequire(import.meta.url).resolve("sanitize-html"));
const { Parser } = sanitizerRequire("htmlparser2") as typeof import("htmlparser2");

/**
 * The deepest nesting of elements in `html`, as an HTML parser sees it (unclosed tags stay open),
 * counted up to `limit + 1` and no further: a body past the limit is read only until it passes it.
 */
export function nestingDepth(html: string, limit = MAX_BODY_DEPTH): number {
  let open = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag: () => {
      open += 1;
      deepest = Math.max(deepest, open);
      if (deepest > limit) parser.pause();
    },
    onclosetag: () => {
      open -= 1;
    },
  });
  parser.write(html);
  return deepest;
}

/** Refuses a body nested deeper than MAX_BODY_DEPTH with 422, naming the field. */
export function assertBodyDepth(html: string): void {
  if (nestingDepth(html) <= MAX_BODY_DEPTH) return;
  throw new AppError(
    "UNPROCESSABLE",
    `The body nests elements more than ${MAX_BODY_DEPTH} deep (often tags that are opened and never closed). Close them or flatten the markup.`,
    { extra: { field: "body", maxDepth: MAX_BODY_DEPTH } },
  );
}
