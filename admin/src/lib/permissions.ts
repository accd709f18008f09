// What the signed-in user may do with a story. Only used to hide controls that would fail:
// the server enforces the same rules and remains the authority.
import type { Article, User } from "../api/types.ts";
import { atLeast } from "./session.tsx";

export interface StoryPermissions {
  edit: boolean;
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  remove: boolean;
  translate: boolean;
  pinRelated: boolean;
}

export function storyPermissions(user: User, article: Article): StoryPermissions {
  const own = article.createdBy?.id === user.id;
  const editor = atLeast(user.role, "editor");
  // Authors publish their own stories; editors and admins publish anything.
  const publisher = editor || (user.role === "author" && own);
  const s = article.status;
  const edit = editor || (user.role === "author" && own) || (own && s === "draft");
  return {
    edit,
    submit: edit && (s === "draft" || s === "unpublished"),
    publish: publisher && (s === "draft" || s === "in_review" || s === "scheduled" || s === "unpublished"),
    schedule: publisher && (s === "draft" || s === "in_review" || s === "scheduled" || s === "unpublished"),
    unpublish: publisher && (s === "published" || s === "scheduled"),
    remove: editor || (own && s === "draft"),
    // Anyone may start a translation: it is a new draft of their own.
    translate: true,
    // Pinned related stories change what readers see under any story: an editor's call.
    pinRelated: editor,
  };
}
