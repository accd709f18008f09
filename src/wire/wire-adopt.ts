import type { User } from "../accounts/user.ts";
import type { NewDraft } from "../content/article.commands.ts";
import { assertEdition, insertDraft } from "../content/article.service.ts";
import type { EditableArticle } from "../content/article-editor.queries.ts";
import { attachLeadPhoto } from "../content/article-lead-photo.ts";
import { joinableTranslationGroup } from "../content/article-translation.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import type { WireConcept, WirePicture } from "./wire-item.ts";
import { assertItemUsable } from "./wire-item-use.ts";
import { importWirePictures, type PictureDeps } from "./wire-pictures.ts";

/** The newsroom's limits on a draft's fields (see newsroom/article.schemas.ts). */
const LIMITS = { headline: 300, standfirst: 1000, tag: 80, tags: 30, credit: 200, dateline: 120 } as const;

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** The item's subjects as tags: one per name, as many as a story may carry. */
function tagsFrom(subjects: readonly WireConcept[]): string[] {
  const names = subjects.map((s) => clip(s.name.trim(), LIMITS.tag)).filter((n) => n.length > 0);
  return [...new Set(names)].slice(0, LIMITS.tags);
}

/** Adopt: a story in the item's edition. Translate: one in another edition. */
export type StoryRequest =
  | { kind: "adopt"; section: string }
  | { kind: "translate"; section: string; edition: string };

export interface AdoptDeps {
  writes: WritePath;
  cleanBody: CleanBody;
  editions: readonly string[];
  pictures: PictureDeps;
}

/** The draft, and why any of the item's pictures did not come into the photo library. */
export interface MadeStory {
  article: EditableArticle;
  pictureFailures: string[];
}

/**
 * Makes a draft from an item's newest version: headline, standfirst, body, the agency's credit
 * line (or the source's), dateline place, its subjects as tags; and records the link, so the desk
 * shows who made it and the story learns of later versions. Adopting makes it in the item's
 * edition; translating, in another, seeded with the agency's text for the translator. Stories made
 * from one item in two editions share a translation group. An item the agency has withheld or
 * canceled is not used; an embargoed one passes its embargo to the story (one whose end is not
 * known yet is not used); an item makes one story per edition. The item's pictures then come into
 * the photo library, the first as the draft's lead photo.
 */
export async function storyFromWireItem(
  deps: AdoptDeps,
  itemId: number,
  wanted: StoryRequest,
  user: User,
  now: Date,
): Promise<MadeStory> {
  const made = await draftFromItem(deps, itemId, wanted, user, now);
  if (made.pictures.length === 0) return { article: made.article, pictureFailures: [] };
  // Fetched once the draft exists, outside its transaction: no lock waits on an agency's server.
  const imported = await importWirePictures(deps.pictures, made.pictures, {
    credit: made.credit,
    base: made.base,
    now,
  });
  const lead = imported.mediaIds[0];
  const article =
    lead === undefined
      ? made.article
      : await attachLeadPhoto(
          deps.writes,
          made.article.id,
          lead,
          "lead photo from the agency's pictures",
          now,
        );
  return { article, pictureFailures: imported.failures };
}

async function draftFromItem(deps: AdoptDeps, itemId: number, wanted: StoryRequest, user: User, now: Date) {
  return deps.writes.run(async (uow) => {
    const { trx } = uow;
    // Read before the item: a version landing in between then shows as an update, never hides as one.
    const newest = await trx
      .selectFrom("wire_item_versions")
      .where("item_id", "=", itemId)
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    const item = await trx
      .selectFrom("wire_items as i")
      .innerJoin("wire_sources as s", "s.id", "i.source_id")
      .where("i.id", "=", itemId)
      .select([
        "i.id",
        "i.edition",
        "i.status",
        "i.version",
        "i.headline",
        "i.standfirst",
        "i.body_html",
        "i.credit",
        "i.dateline_place",
        "i.embargoed",
        "i.embargo_until",
        "i.details",
        "s.credit as source_credit",
        "s.url as source_url",
      ])
      .executeTakeFirst();
    if (!item) throw new AppError("NOT_FOUND", `No wire item ${itemId}.`);
    const { kind } = wanted;
    const edition = kind === "adopt" ? item.edition : wanted.edition;
    assertEdition(edition, deps.editions);
    if (kind === "translate" && edition === item.edition)
      throw new AppError(
        "VALIDATION_FAILED",
        "A translation goes to another edition; adopt the item instead.",
        {
          extra: { field: "edition" },
        },
      );
    assertItemUsable(item);
    if (item.headline.trim() === "")
      throw new AppError("UNPROCESSABLE", "This item has no headline to start a story from.");
    const made = await trx
      .selectFrom("wire_adoptions")
      .where("item_id", "=", itemId)
      .select(["article_id", "edition"])
      .execute();
    const taken = made.find((m) => m.edition === edition);
    if (taken)
      throw new AppError("UNPROCESSABLE", `This item is already story ${taken.article_id} in this edition.`, {
        extra: { articleId: taken.article_id },
      });
    const sibling = made[0];
    const group = sibling ? await joinableTranslationGroup(trx, sibling.article_id, edition) : null;
    const { subjects, pictures } = JSON.parse(item.details) as {
      subjects: WireConcept[];
      pictures?: WirePicture[];
    };
    const credit = item.credit ?? item.source_credit;
    const draft: NewDraft = {
      edition,
      section: wanted.section,
      headline: clip(item.headline, LIMITS.headline),
      standfirst: clip(item.standfirst ?? "", LIMITS.standfirst),
      body: await deps.cleanBody(item.body_html),
      tags: tagsFrom(subjects),
      creditLine: clip(credit, LIMITS.credit),
      datelinePlace: item.dateline_place ? clip(item.dateline_place, LIMITS.dateline) : null,
      // The agency's embargo binds the story: nobody can publish it before then.
      embargoUntil: item.embargo_until,
    };
    const article = await insertDraft(uow, draft, group, user, now);
    await trx
      .insertInto("wire_adoptions")
      .values({
        item_id: itemId,
        article_id: article.id,
        edition,
        kind,
        item_version: item.version,
        seen_version_id: newest?.id ?? null,
        adopted_by: user.id,
        adopted_at: now.toISOString(),
      })
      .execute();
    return { article, pictures: pictures ?? [], credit, base: item.source_url };
  });
}
