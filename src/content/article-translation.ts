import type { Kysely } from "kysely";
import type { User } from "../accounts/user.ts";
import type { Database } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { createDraft, getEditableArticle } from "./article.service.ts";
import { assertAllowed } from "./article-permissions.ts";

/**
 * Starts the other-edition version of a story: a draft in the target edition, in the same section
 * and translation group, seeded with the source text for the translator to replace.
 */
export async function createTranslation(
  db: Kysely<Database>,
  sourceId: number,
  edition: string,
  user: User,
  editions: readonly string[],
  now: Date,
) {
  const source = await getEditableArticle(db, sourceId);
  assertAllowed("submit", user, source);
  if (edition === source.edition)
    throw new AppError("VALIDATION_FAILED", "A translation goes to another edition.");
  if (source.translations.some((t) => t.edition === edition)) {
    throw new AppError("UNPROCESSABLE", `Story ${sourceId} already has a ${edition} version.`);
  }
  const group = source.translationGroup ?? `story-${source.id}`;
  if (source.translationGroup === null) {
    await db.updateTable("articles").set({ translation_group: group }).where("id", "=", source.id).execute();
  }
  const section = await db
    .selectFrom("section_localizations")
    .where("section_id", "=", source.sectionId)
    .where("edition", "=", edition)
    .select("slug")
    .executeTakeFirst();
  if (!section)
    throw new AppError("UNPROCESSABLE", `The section of story ${sourceId} has no ${edition} version.`);
  return createDraft(
    db,
    {
      edition,
      section: section.slug,
      kind: source.kind,
      headline: source.headline,
      standfirst: source.standfirst,
      body: source.body,
      authors: source.authors,
      creditLine: source.creditLine,
      datelinePlace: source.datelinePlace,
      leadMediaId: source.leadMediaId,
      translationGroup: group,
    },
    user,
    editions,
    now,
  );
}
