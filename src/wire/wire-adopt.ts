import type { User } from "../accounts/user.ts";
import type { NewDraft } from "../content/article.commands.ts";
import { assertEdition, insertDraft } from "../content/article.service.ts";
import type { EditableArticle } from "../content/article-editor.queries.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import type { WireConcept } from "./wire-item.ts";

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

export interface AdoptDeps {
  writes: WritePath;
  cleanBody: CleanBody;
  editions: readonly string[];
}

/**
 * Makes a draft in the item's edition from its newest version: headline, standfirst, body, the
 * agency's credit line (or the source's), dateline place, its subjects as tags; and records the
 * link, so the desk shows who adopted it and the story learns of later versions. An item the agency
 * has withheld or canceled is not adopted; an item is adopted once per edition.
 */
export async function adoptWireItem(
  deps: AdoptDeps,
  itemId: number,
  input: { section: string },
  user: User,
  now: Date,
): Promise<EditableArticle> {
  return deps.writes.run(async ({ trx }) => {
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
        "i.details",
        "s.credit as source_credit",
      ])
      .executeTakeFirst();
    if (!item) throw new AppError("NOT_FOUND", `No wire item ${itemId}.`);
    assertEdition(item.edition, deps.editions);
    if (item.status !== "usable")
      throw new AppError(
        "UNPROCESSABLE",
        `The agency has marked this item ${item.status}; it cannot be adopted.`,
      );
    if (item.headline.trim() === "")
      throw new AppError("UNPROCESSABLE", "This item has no headline to start a story from.");
    const taken = await trx
      .selectFrom("wire_adoptions")
      .where("item_id", "=", itemId)
      .where("edition", "=", item.edition)
      .select("article_id")
      .executeTakeFirst();
    if (taken)
      throw new AppError("UNPROCESSABLE", `This item is already story ${taken.article_id} in this edition.`, {
        extra: { articleId: taken.article_id },
      });
    const { subjects } = JSON.parse(item.details) as { subjects: WireConcept[] };
    const draft: NewDraft = {
      edition: item.edition,
      section: input.section,
      headline: clip(item.headline, LIMITS.headline),
      standfirst: clip(item.standfirst ?? "", LIMITS.standfirst),
      body: await deps.cleanBody(item.body_html),
      tags: tagsFrom(subjects),
      creditLine: clip(item.credit ?? item.source_credit, LIMITS.credit),
      datelinePlace: item.dateline_place ? clip(item.dateline_place, LIMITS.dateline) : null,
    };
    const article = await insertDraft(trx, draft, null, user, now);
    await trx
      .insertInto("wire_adoptions")
      .values({
        item_id: itemId,
        article_id: article.id,
        edition: item.edition,
        kind: "adopt",
        item_version: item.version,
        adopted_by: user.id,
        adopted_at: now.toISOString(),
      })
      .execute();
    return article;
  });
}
