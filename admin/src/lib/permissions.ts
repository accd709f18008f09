// What the signed-in user may do with a story, as the server says in the story's `allowedActions`.
// The app keeps no copy of the rules; it only hides controls the server would refuse.
import type { Article, ArticleAction } from "../api/types.ts";

export interface StoryPermissions {
  edit: boolean;
  submit: boolean;
  /** Send a story in review back to its writer, with a note. */
  returnToWriter: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  cancelSchedule: boolean;
  remove: boolean;
  translate: boolean;
  pinRelated: boolean;
}

export function storyPermissions(article: Article): StoryPermissions {
  const may = (action: ArticleAction) => article.allowedActions.includes(action);
  return {
    edit: may("edit"),
    submit: may("submit"),
    returnToWriter: may("return"),
    publish: may("publish"),
    schedule: may("schedule"),
    unpublish: may("unpublish"),
    cancelSchedule: may("cancelSchedule"),
    remove: may("delete"),
    translate: may("translate"),
    pinRelated: may("pinRelated"),
  };
}
