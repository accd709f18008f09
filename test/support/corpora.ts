import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The shared sample files beside the clone; a user's clone has none, CI always does. */
export const CORPORA = resolve(import.meta.dirname, "../../../shared/corpora");

/** A corpus file's text, or the reason a test must skip without it (in CI its absence is an error). */
export function readCorpus(
  relativePath: string,
): { text: string; skip?: undefined } | { text: ""; skip: string } {
  const path = resolve(CORPORA, relativePath);
  if (existsSync(path)) return { text: readFileSync(path, "utf8") };
  if (process.env.CI) throw new Error(`${path} is missing; CI needs ../shared/corpora`);
  return { text: "", skip: `skipped: needs ${path} (../shared/corpora)` };
}
