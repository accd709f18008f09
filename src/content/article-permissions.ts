import { roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { AppError } from "../http/app-error.ts";
import type { EditableArticle } from "./article-editor.queries.ts";

type Subject = Pick<EditableArticle, "status" | "createdBy">;

const own = (user: User, article: Subject) => article.createdBy?.id === user.id;

/**
 * Who may do what to a story. Editors and admins: everything. Authors: their own stories,
 * including publishing them. Contributors: their own drafts, and submitting them for review.
 */
export const ARTICLE_RULES = {
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
