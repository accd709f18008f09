import type { UnitOfWork } from "../../../events/write-path.ts";
import { pageUrlPath } from "../../../pages/page-path.ts";
import { upsertStaticPage } from "../../../pages/static-pages.service.ts";
import { claimLedgerKey, type LedgerEntry, updateLedgerEntry } from "../../import-ledger.ts";
import { type LibraryPhoto, placeLibraryPhotos } from "../content/place-images.ts";
import type { PagePlan } from "./item-plan.ts";
import { ImportRaced } from "./story-write.ts";

export interface PageInputs {
  plan: PagePlan;
  entry: LedgerEntry | undefined;
  hash: string;
  inline: (LibraryPhoto | null)[];
}

/** Writes a WordPress page as the edition's static page at its old path; answers where it is served now. */
export async function writePage(
  uow: UnitOfWork,
  input: PageInputs,
  ctx: { source: string; now: Date },
): Promise<{ outcome: "created" | "updated"; url: string }> {
  const { plan } = input;
  const page = await upsertStaticPage(uow, {
    edition: plan.edition,
    path: plan.path,
    title: plan.title,
    bodyHtml: placeLibraryPhotos(plan.content.html, plan.content.images, (_, i) => input.inline[i] ?? null),
    status: plan.published ? "published" : "draft",
    publishedAt: plan.publishedAt,
    updatedAt: plan.updatedAt,
    now: ctx.now,
  });
  if (input.entry) {
    await updateLedgerEntry(
      uow.trx,
      ctx.source,
      plan.itemKey,
      { content_hash: input.hash, target_version: null },
      ctx.now,
    );
  } else {
    const claimed = await claimLedgerKey(
      uow.trx,
      ctx.source,
      plan.itemKey,
      { target_kind: "static-page", target_id: page.id, content_hash: input.hash, target_version: null },
      ctx.now,
    );
    if (!claimed) throw new ImportRaced(plan.itemKey);
  }
  return { outcome: input.entry ? "updated" : "created", url: pageUrlPath(plan.edition, page.path) };
}
