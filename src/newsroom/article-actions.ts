import type { FastifyRequest } from "fastify";
import { type Role, roleAtLeast } from "../accounts/roles.ts";
import type { User } from "../accounts/user.ts";
import { currentSession } from "../api/access.ts";
import type { Clock } from "../clock.ts";
import type { EditableArticle } from "../content/article-editor.queries.ts";
import { ARTICLE_RULES } from "../content/article-permissions.ts";
import { TRANSITIONS, type WorkflowMove } from "../content/article-workflow.ts";

/** Pinned stories change what readers see under a story: an editor's call. */
export const PIN_RELATED_ACCESS = "editor" satisfies Role;

/** What the newsroom app may offer to do with a story; the order is the order of its buttons. */
export const ARTICLE_ACTIONS = [
  "edit",
  "submit",
  "return",
  "schedule",
  "publish",
  "unpublish",
  "cancelSchedule",
  "translate",
  "pinRelated",
  "delete",
] as const;
export type ArticleActionName = (typeof ARTICLE_ACTIONS)[number];

type Story = Pick<EditableArticle, "status" | "createdBy" | "edition" | "translations" | "embargoUntil">;

const isMove = (action: ArticleActionName): action is WorkflowMove => action in TRANSITIONS;

/** Whether a request to do this would pass the checks the server makes when it is asked to. */
function mayDo(
  action: ArticleActionName,
  user: User,
  story: Story,
  editions: readonly string[],
  now: Date,
): boolean {
  if (!ARTICLE_RULES.read(user, story)) return false;
  // Scheduling stays on offer: a time after the embargo is taken.
  if (action === "publish" && story.embargoUntil !== null && Date.parse(story.embargoUntil) > now.getTime())
    return false;
  if (isMove(action)) {
    const move = TRANSITIONS[action];
    return (move.from as readonly string[]).includes(story.status) && ARTICLE_RULES[move.rule](user, story);
  }
  switch (action) {
    case "edit":
    case "delete":
      return ARTICLE_RULES[action](user, story);
    case "translate":
      // createTranslation checks the submit rule on the source, and one translation per edition.
      return (
        ARTICLE_RULES.submit(user, story) &&
        editions.some((e) => e !== story.edition && !story.translations.some((t) => t.edition === e))
      );
    case "pinRelated":
      return roleAtLeast(user.role, PIN_RELATED_ACCESS);
  }
}

/** The actions this user may take on this story now, from the rules the server enforces. */
export function allowedActions(
  user: User,
  story: Story,
  editions: readonly string[],
  now: Date,
): ArticleActionName[] {
  return ARTICLE_ACTIONS.filter((action) => mayDo(action, user, story, editions, now));
}

/**
 * Adds `allowedActions` for the requesting user to a story the admin API answers with, so the
 * newsroom app shows only the controls that would work instead of keeping its own copy of the rules.
 */
export function storyPresenter(editions: readonly string[], now: Clock) {
  return <A extends EditableArticle>(request: FastifyRequest, article: A) => ({
    ...article,
    allowedActions: allowedActions(currentSession(request).user, article, editions, now()),
  });
}
