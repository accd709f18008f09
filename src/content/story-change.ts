import type { UnitOfWork } from "../events/write-path.ts";
import type { EditableArticle } from "./article-editor.queries.ts";

/**
 * Tells the newsroom's live lists that a story changed, whether readers can see the change or not.
 * Every story write records it, in its own transaction; `deleted` once the story is gone.
 */
export function recordStoryChange(
  uow: UnitOfWork,
  story: EditableArticle,
  byUserId: number | null,
  deleted = false,
  move?: string,
): Promise<void> {
  return uow.record({
    type: "story.changed",
    story: {
      id: story.id,
      edition: story.edition,
      status: deleted ? "deleted" : story.status,
      version: story.version,
      ownerId: story.createdBy?.id ?? null,
      byUserId,
      ...(move ? { move } : {}),
    },
  });
}
