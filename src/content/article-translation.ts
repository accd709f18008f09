import type { Transaction } from "kysely";
import type { User } from "../accounts/user.ts";
import type { Database } from "../db/database.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { assertEdition, getArticleForChange, insertDraft } from "./article.service.ts";
import { assertMayAct } from "./article-permissions.ts";
import { translationExists } from "./article-rows.ts";

type T = Transaction<Database>;

/**
 * Starts the other-edition version of a story: a draft in the target edition, in the same section
 * and translation group, seeded with the source text for the translator to replace. The source
 * is held while the draft is made, so people asking at once get one translation and 422s.
 */
export async function createTranslation(
  writes: WritePath,
  sourceId: number,
  edition: string,
  user: User,
  editions: readonly string[],
  now: Date,
) {
  assertEdition(edition, editions);
  return writes.run(async (uow) => {
    const { trx } = uow;
    const source = await getArticleForChange(trx, sourceId);
    assertMayAct("submit", user, source);
    if (edition === source.edition)
      throw new AppError("VALIDATION_FAILED", "A translation goes to another edition.");
    if (source.translations.some((t) => t.edition === edition)) throw translationExists(edition);
    const group = await translationGroupOf(trx, source);
    const section = await trx
      .selectFrom("section_localizations")
      .where("section_id", "=", source.sectionId)
      .where("edition", "=", edition)
      .select("slug")
      .executeTakeFirst();
    if (!section)
      throw new AppError("UNPROCESSABLE", `The section of story ${sourceId} has no ${edition} version.`);
    return insertDraft(
      uow,
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
      },
      group,
      user,
      now,
    );
  });
}

/**
 * The translation group a story's other-edition versions join, given to the story first if it
 * has none; refused when the group already has a story in `edition`. The caller holds the story.
 */
export async function joinableTranslationGroup(trx: T, storyId: number, edition: string): Promise<string> {
  const story = await getArticleForChange(trx, storyId);
  if (story.edition === edition || story.translations.some((t) => t.edition === edition))
    throw translationExists(edition);
  return translationGroupOf(trx, story);
}

async function translationGroupOf(
  trx: T,
  story: { id: number; translationGroup: string | null },
): Promise<string> {
  if (story.translationGroup !== null) return story.translationGroup;
  const group = `story-${story.id}`;
  await trx.updateTable("articles").set({ translation_group: group }).where("id", "=", story.id).execute();
  return group;
}
