import type { User } from "../accounts/user.ts";
import type { CleanBody } from "../content/body-sanitizer.ts";
import { joiningWritePath } from "../events/joining-write-path.ts";
import type { WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { coverageEndedAt } from "../live/live-coverage.queries.ts";
import { ENTRY_HEADLINE_MAX, postEntry } from "../live/live-entries.service.ts";
import type { LiveEntry } from "../live/live-entry.ts";
import { escapeHtml } from "./formats/newsml-g2-markup.ts";
import { assertItemUsable } from "./wire-item-use.ts";

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/** The text cut to `max` code units (the entry's limit) at a grapheme boundary, marked as cut. */
export function clipGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length + 1 > max) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * An entry on a live blog made from an agency item's newest version: its headline and body, and
 * the agency's credit line (or the source's) as the entry's last paragraph, so readers see whose
 * copy it is. Refused like adopting for withheld, canceled or embargoed copy; an item still under
 * a named embargo is refused too, since an entry is public the moment it is posted. The entry is
 * posted through the live blog's own service, in the same transaction as the item is read.
 */
export async function postWireItemToLiveBlog(
  writes: WritePath,
  clean: CleanBody,
  itemId: number,
  articleId: number,
  user: User,
  now: Date,
): Promise<LiveEntry> {
  return writes.run(async (uow) => {
    const item = await uow.trx
      .selectFrom("wire_items as i")
      .innerJoin("wire_sources as s", "s.id", "i.source_id")
      .where("i.id", "=", itemId)
      .select([
        "i.status",
        "i.embargoed",
        "i.embargo_until",
        "i.headline",
        "i.body_html",
        "i.credit",
        "s.credit as source_credit",
      ])
      .executeTakeFirst();
    if (!item) throw new AppError("NOT_FOUND", `No wire item ${itemId}.`);
    assertItemUsable(item);
    if (item.embargo_until !== null && new Date(item.embargo_until).getTime() > now.getTime())
      throw new AppError("EMBARGOED", `The agency's embargo lasts until ${item.embargo_until}.`, {
        extra: { embargoUntil: item.embargo_until },
      });
    if ((await coverageEndedAt(uow.trx, articleId)) !== null)
      throw new AppError("UNPROCESSABLE", `The live coverage of story ${articleId} has ended.`, {
        extra: { field: "articleId" },
      });
    const credit = (item.credit ?? item.source_credit).trim();
    const headline = item.headline.trim().normalize("NFC");
    return postEntry(
      joiningWritePath(uow),
      clean,
      articleId,
      user,
      {
        headline: headline === "" ? null : clipGraphemes(headline, ENTRY_HEADLINE_MAX),
        bodyHtml: `${item.body_html}\n<p>— ${escapeHtml(credit)}</p>`,
      },
      now,
    );
  });
}
