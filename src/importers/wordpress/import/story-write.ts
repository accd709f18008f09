import { createHash } from "node:crypto";
import {
  ensureSection,
  ensureTags,
  type ImportedStory,
  insertImportedStory,
  storyVersion,
  updateImportedStory,
} from "../../../content/imported-stories.ts";
import type { UnitOfWork } from "../../../events/write-path.ts";
import { claimLedgerKey, type LedgerEntry, updateLedgerEntry } from "../../import-ledger.ts";
import { type LibraryPhoto, placeLibraryPhotos } from "../content/place-images.ts";
import type { StoryPlan } from "./item-plan.ts";

/** What a story's row is made from besides its plan: photos brought in, bylines, and the map. */
export interface StoryInputs {
  plan: StoryPlan;
  /** Its ledger entry from an earlier run, if any. */
  entry: LedgerEntry | undefined;
  hash: string;
  lead: LibraryPhoto | null;
  inline: (LibraryPhoto | null)[];
}

export interface StoryContext {
  source: string;
  authorIds: ReadonlyMap<string, number>;
  /** Category slug → section key; `*` for posts without a category. */
  sectionMap: ReadonlyMap<string, string>;
  now: Date;
}

export type StoryWrite =
  /** `linked`: it joined another edition's story; `grouped` false: its group already had this edition. */
  | { outcome: "created" | "updated"; articleId: number; linked: boolean | null; grouped?: boolean }
  | { outcome: "skipped"; reason: string };

/** Another import wrote the same item first; the batch rolls back and is read again. */
export class ImportRaced extends Error {
  override name = "ImportRaced";
}

/**
 * Writes one planned story in the batch's transaction: made new, or a newer export's text over
 * the one an earlier run made, but never over an editor's work (a story edited or deleted in
 * Dateline since is left alone and reported).
 */
export async function writeStory(
  uow: UnitOfWork,
  input: StoryInputs,
  ctx: StoryContext,
): Promise<StoryWrite> {
  const { trx } = uow;
  const { plan, entry } = input;
  const story = await storyRow(uow, input, ctx);
  if (!entry) {
    const { id, grouped, linked } = await insertImportedStory(trx, story, ctx.now);
    const claimed = await claimLedgerKey(
      trx,
      ctx.source,
      plan.itemKey,
      { target_kind: "article", target_id: id, content_hash: input.hash, target_version: 1 },
      ctx.now,
    );
    if (!claimed) throw new ImportRaced(plan.itemKey);
    return {
      outcome: "created",
      articleId: id,
      linked: plan.translationGroup ? linked : null,
      grouped: plan.translationGroup ? grouped : undefined,
    };
  }
  const version = await storyVersion(trx, entry.target_id);
  if (version === undefined)
    return { outcome: "skipped", reason: "deleted in Dateline since an earlier import" };
  if (version !== entry.target_version)
    return { outcome: "skipped", reason: "edited in Dateline since an earlier import, so left as it is" };
  const next = await updateImportedStory(trx, { id: entry.target_id, version }, story, ctx.now);
  await updateLedgerEntry(
    trx,
    ctx.source,
    plan.itemKey,
    { content_hash: input.hash, target_version: next },
    ctx.now,
  );
  return { outcome: "updated", articleId: entry.target_id, linked: null };
}

async function storyRow(uow: UnitOfWork, input: StoryInputs, ctx: StoryContext): Promise<ImportedStory> {
  const { plan } = input;
  const category = plan.category ?? { slug: "uncategorized", name: "Uncategorized" };
  const mapped = ctx.sectionMap.get(category.slug) ?? (plan.category ? undefined : ctx.sectionMap.get("*"));
  const sectionId = await ensureSection(uow.trx, { edition: plan.edition, ...category, key: mapped });
  const authorId = ctx.authorIds.get(plan.authorLogin);
  return {
    edition: plan.edition,
    translationGroup: plan.translationGroup && groupId(ctx.source, plan.translationGroup),
    sectionId,
    kind: "news",
    slug: plan.slug,
    headline: plan.headline,
    standfirst: plan.standfirst,
    bodyHtml: placeLibraryPhotos(plan.content.html, plan.content.images, (_, i) => input.inline[i] ?? null),
    leadMediaId: input.lead?.mediaId ?? null,
    status: plan.status.status,
    publishedAt: plan.status.publishedAt,
    updatedAt: plan.updatedAt,
    scheduledAt: plan.status.scheduledAt,
    authorIds: authorId === undefined ? [] : [authorId],
    tagIds: await ensureTags(uow.trx, plan.edition, plan.tags),
  };
}

/** The same plugin group from the same site is the same Dateline translation group, whichever file comes first. */
function groupId(source: string, group: string): string {
  const hex = createHash("sha256").update(`${source}\n${group}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
