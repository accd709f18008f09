import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";

type Subject = Pick<EditableArticle, "status" | "createdBy">;

const own = (user: User, article: Subject) => article.createdBy?.id === user.id;

/**
 * Who may do what to a story. Editors and admins: everything. Authors: their own stories,
 * including publishing them. Contributors: their own drafts, and submitting them for review; they
 * see their own stories only.
 */
export const ARTICLE_RULES = {
  /** Seeing a story in the newsroom (and its preview, revisions and related stories). */
  read: (user: User, a: Subject) => roleAtLeast(user.role, "author") || own(user, a),
  edit: (user: User, a: Subject) =>
    roleAtLeast(user.role, "editor") ||
    (roleAtLeast(user.role, "author") && own(user, a)) ||
    (own(user, a) && a.status === "draft"),
  submit: (user: User, a: Subject) => roleAtLeast(user.role, "editor") || own(user, a),
  publish: (user: User, a: Subject) =>
    roleAtLeast(user.role, "editor") || (roleAtLeast(user.role, "author") && own(user, a)),
  delete: (user: User, a: Subject) =>
    roleAtLeast(user.role, "editor") || (own(user, a) && (a.status === "draft" || a.status === "in_review")),
} as const;

export type ArticleAction = keyof typeof ARTICLE_RULES;

export function assertAllowed(action: ArticleAction, user: User, article: Subject): void {
  if (!ARTICLE_RULES[action](user, article)) {
    throw new AppError("FORBIDDEN", `As ${user.role} you may not ${action} this story.`);
  }
}

/**
 * Whether this user may see the story at all; below that, the story is answered as missing
 * (404, not 403) so its id tells nothing.
 */
export function assertReadable(user: User, article: Subject & { id: number }): void {
  if (!ARTICLE_RULES.read(user, article)) throw new AppError("NOT_FOUND", `There is no story ${article.id}.`);
}

/** The creator a newsroom list must be narrowed to for this user, if any (contributors: themselves). */
export function readableCreator(user: User): number | undefined {
  return roleAtLeast(user.role, "author") ? undefined : user.id;
}

/**
 * A story action as the story routes check it: a story the user may not see is missing (404),
 * whatever the action, so writes tell no more than reads; one they see may still be refused (403).
 */
export function assertMayAct(action: ArticleAction, user: User, article: Subject & { id: number }): void {
  assertReadable(user, article);
  assertAllowed(action, user, article);
}
