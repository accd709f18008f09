import type { PagePathProblem } from "./page-path.ts";

export type StaticPageProblem = PagePathProblem | "empty-title" | "bad-date" | "published-without-date";

/**
 * A static page that cannot be stored, and why. Thrown before any statement runs, so a caller's
 * transaction stays usable: an import reports the page and carries on.
 */
export class StaticPageRefused extends Error {
  override name = "StaticPageRefused";
  readonly problem: StaticPageProblem;
  /** The path as given. */
  readonly path: string;

  constructor(path: string, problem: StaticPageProblem) {
    super(`The static page "${path}" was refused: ${problem}`);
    this.path = path;
    this.problem = problem;
  }
}
