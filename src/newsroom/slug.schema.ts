import { z } from "zod";
import { slugSpelling } from "../content/slug.ts";

const SLUG_PATTERN = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
const SLUG_RULE = "use letters, digits and single hyphens";
const MAX_LENGTH = 120;
// Lower-casing can lengthen a slug (İ becomes i and a combining dot), so the limit holds after it too.
const fitsAfterSpelling = (s: string) => s.length <= MAX_LENGTH;
const LENGTH_RULE = `at most ${MAX_LENGTH} characters once lower-cased`;

/** A URL slug in any script: letters with their combining marks and digits, joined by single hyphens. */
export const SlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_LENGTH)
  .transform(slugSpelling)
  .refine(fitsAfterSpelling, LENGTH_RULE)
  .refine((s) => SLUG_PATTERN.test(s), SLUG_RULE);

/**
 * A story's slug as the editor's field sends it: empty (or blank) asks the server to make one from
 * the headline, which is what the newsroom tells writers to do.
 */
export const StorySlugSchema = z
  .string()
  .trim()
  .max(MAX_LENGTH)
  .transform(slugSpelling)
  .refine(fitsAfterSpelling, LENGTH_RULE)
  .refine((s) => s === "" || SLUG_PATTERN.test(s), `${SLUG_RULE}, or leave it empty`);
