import { z } from "zod";

/** A URL slug in any script: letters with their combining marks and digits, joined by single hyphens. */
export const SlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .transform((s) => s.normalize("NFC").toLowerCase())
  .refine(
    (s) => /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(s),
    "use letters, digits and single hyphens",
  );
