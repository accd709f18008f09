import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";

/**
 * An embargo is the time before which nobody, whatever their role, may put a story in front of
 * readers: an agency's (set when its copy is adopted) or the newsroom's own.
 */
function embargoed(until: string, detail: string): AppError {
  return new AppError("EMBARGOED", detail, { extra: { embargoUntil: until } });
}

/** Refuses a story going live (published now, or scheduled for `at`) before its embargo ends. */
export function assertEmbargoOver(article: Pick<EditableArticle, "embargoUntil">, at: Date): void {
  const until = article.embargoUntil;
  if (until !== null && at.getTime() < Date.parse(until))
    throw embargoed(until, `The story is under embargo until ${until}; it cannot go live before then.`);
}

/**
 * Checks a change of a story's embargo: one still in force may be moved later but never lifted or
 * brought forward, so nobody can publish early by editing it away; and a scheduled story cannot
 * be embargoed past the time it is scheduled for.
 */
export function assertEmbargoChange(article: EditableArticle, next: string | null, now: Date): void {
  const current = article.embargoUntil;
  if (next === current) return;
  const inForce = current !== null && Date.parse(current) > now.getTime();
  if (inForce && (next === null || Date.parse(next) < Date.parse(current)))
    throw embargoed(
      current,
      `The story is under embargo until ${current}; an embargo can be moved later, but not lifted or brought forward before it ends.`,
    );
  if (next === null) return;
  if (article.status === "published" && Date.parse(next) > now.getTime())
    throw new AppError(
      "UNPROCESSABLE",
      "A published story cannot be put under embargo; unpublish it first.",
      {
        extra: { field: "embargoUntil" },
      },
    );
  if (
    article.status === "scheduled" &&
    article.scheduledAt !== null &&
    Date.parse(next) > Date.parse(article.scheduledAt)
  )
    throw embargoed(
      next,
      `The story is scheduled for ${article.scheduledAt}, before that embargo ends; schedule it for ${next} or later first.`,
    );
}
