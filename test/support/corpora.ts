import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The shared sample files beside the clone; a user's clone has none, CI always does. */
export const CORPORA = resolve(import.meta.dirname, "../../../shared/corpora");

/** A corpus file's or folder's path, or the reason a test must skip without it (in CI its absence is an error). */
export function corpusPath(
  relativePath: string,
): { path: string; skip?: undefined } | { path: ""; skip: string } {
  const path = resolve(CORPORA, relativePath);
  if (existsSync(path)) return { path };
  if (process.env.CI) throw new Error(`${path} is missing; CI needs ../shared/corpora`);
  return { path: "", skip: `skipped: needs ${path} (../shared/corpora)` };
}

/** A corpus file's text, or the reason a test must skip without it. */
export function readCorpus(
  relativePath: string,
): { text: string; skip?: undefined } | { text: ""; skip: string } {
  const found = corpusPath(relativePath);
  return found.skip === undefined
    ? { text: readFileSync(found.path, "utf8") }
    : { text: "", skip: found.skip };
}
