import type { Kysely } from "kysely";
import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import { isVisibleToReaders } from "../content/reader-visibility.ts";
import { findStoryRefs, type StoryRef } from "../content/story-ref.queries.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { listPins, replacePins, storedRelatedRows } from "../search/related/related-pins.ts";

/** A story page shows four related stories, so a fifth pin could never be seen. */
const MAX_PINS = 4;

export interface RelatedStories {
  pinned: StoryRef[];
  computed: StoryRef[];
}

type PinRefusal =
  | "too_many"
  | "duplicate"
  | "self"
  | "not_found"
  | "translation"
  | "other_edition"
  | "not_published";

/** The story's pinned and computed related stories, each in its order. */
export async function readRelated(db: Kysely<Database>, articleId: number): Promise<RelatedStories> {
  await findStory(db, articleId);
  const rows = await storedRelatedRows(db, { articleId });
  const idsOf = (pinned: number) => rows.filter((r) => r.pinned === pinned).map((r) => r.related_id);
  const [pinnedRefs, computedRefs] = await Promise.all([
    findStoryRefs(db, idsOf(1)),
    findStoryRefs(db, idsOf(0)),
  ]);
  return { pinned: pinnedRefs, computed: computedRefs };
}

/**
 * Replaces the story's pins after checking every rule; records who did it and, when readers can
 * see the story, refreshes the public pages.
 */
export async function pinRelated(
  writes: WritePath,
  articleId: number,
  ids: readonly number[],
  ctx: { user: User; ip: string; now: Date },
): Promise<void> {
  await writes.run(async ({ trx, record }) => {
    const story = await findStory(trx, articleId);
    assertPinList(story, ids);
    assertPinnedStories(story, ids, await findStoryRefs(trx, ids), ctx.now.toISOString());
    const previous = await listPins(trx, articleId);
    await replacePins(trx, articleId, ids);
    await recordAudit(trx, {
      action: "article.related_pinned",
      actorUserId: ctx.user.id,
      subjectType: "article",
      subjectId: articleId,
      details: { headline: story.headline, pinned: ids, previous },
      ip: ctx.ip,
      now: ctx.now.toISOString(),
    });
    if (story.status === "published") await record({ type: "related.changed", articleIds: [articleId] });
  });
}

async function findStory(db: Kysely<Database>, id: number): Promise<StoryRef> {
  const [story] = await findStoryRefs(db, [id]);
  if (!story) throw new AppError("NOT_FOUND", `There is no story ${id}.`);
  return story;
}

function refuse(reason: PinRefusal, offending: readonly number[], detail: string): never {
  throw new AppError("RELATED_PIN_REFUSED", detail, { extra: { reason, ids: [...new Set(offending)] } });
}

/** The rules the list itself can break; checked before any lookup, so a huge list costs nothing. */
function assertPinList(story: StoryRef, ids: readonly number[]): void {
  if (ids.length > MAX_PINS) {
    refuse(
      "too_many",
      ids.slice(MAX_PINS),
      `Pin at most ${MAX_PINS} related stories; you sent ${ids.length}.`,
    );
  }
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length)
    refuse("duplicate", twice, `Each story can be pinned once; ${twice.join(", ")} came twice.`);
  if (ids.includes(story.id)) refuse("self", [story.id], "A story cannot be related to itself.");
}

/** The rules each pinned story must meet, in the order a person would fix them. */
function assertPinnedStories(story: StoryRef, ids: readonly number[], found: StoryRef[], now: string): void {
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) refuse("not_found", missing, `There is no story ${missing.join(", ")}.`);
  const check = (reason: PinRefusal, breaks: (f: StoryRef) => boolean, detail: string) => {
    const offending = found.filter(breaks).map((f) => f.id);
    if (offending.length) refuse(reason, offending, `${detail}: ${offending.join(", ")}.`);
  };
  check(
    "translation",
    (f) => f.translationGroup !== null && f.translationGroup === story.translationGroup,
    "These are versions of this story in another edition",
  );
  check("other_edition", (f) => f.edition !== story.edition, `These are not in the ${story.edition} edition`);
  check("not_published", (f) => !isVisibleToReaders(f, now), "These are not published");
}
