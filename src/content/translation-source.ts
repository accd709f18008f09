import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { EditableArticle } from "./article-editor.queries.ts";
import { type FieldChange, fieldChanges } from "./revision-diff.ts";
import { type Snapshot, snapshotAt, snapshotOf } from "./revisions.ts";

type Q = Kysely<Database>;

/** What a translator carries across; slugs, sections and bylines are each edition's own. */
export const TRANSLATED: readonly (keyof Snapshot)[] = [
  "headline",
  "standfirst",
  "body",
  "creditLine",
  "datelinePlace",
  "leadMediaId",
  "correctionNote",
];

/**
 * The story a translation was made from: the oldest of its translation group in another edition
 * made no later than it (on the same instant, the lower id). A story that began its group has none.
 */
export async function translationSourceId(db: Q, story: EditableArticle): Promise<number | undefined> {
  if (story.translationGroup === null) return undefined;
  const row = await db
    .selectFrom("articles")
    .where("translation_group", "=", story.translationGroup)
    .where("edition", "!=", story.edition)
    .where((eb) =>
      eb.or([
        eb("created_at", "<", story.createdAt),
        eb.and([eb("created_at", "=", story.createdAt), eb("id", "<", story.id)]),
      ]),
    )
    .orderBy("created_at")
    .orderBy("id")
    .select("id")
    .executeTakeFirst();
  return row?.id;
}

/**
 * How the source stands against what it was when the translation was last saved, in the fields a
 * translator carries across, with word diffs of the prose. With no revision of the source from
 * before that save, every such field counts as new.
 */
export async function sourceChangesSince(
  db: Q,
  source: EditableArticle,
  savedAt: string,
): Promise<FieldChange[]> {
  if (source.modifiedAt <= savedAt) return [];
  const now = snapshotOf(source);
  const then =
    (await snapshotAt(db, source.id, savedAt)) ??
    ({ ...now, ...Object.fromEntries(TRANSLATED.map((f) => [f, null])) } as Snapshot);
  return fieldChanges(then, now).filter((c) => TRANSLATED.includes(c.field as keyof Snapshot));
}
