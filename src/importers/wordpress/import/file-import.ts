import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { WritePath } from "../../../events/write-path.ts";
import { pathProblem } from "../../../pages/page-path.ts";
import { StaticPageRefused } from "../../../pages/static-page-refused.ts";
import { upsertRedirects } from "../../../redirects/redirects.service.ts";
import { ledgerEntries } from "../../import-ledger.ts";
import type { LibraryPhoto } from "../content/place-images.ts";
import { readWxr } from "../wxr-reader.ts";
import type { WxrItem } from "../wxr-records.ts";
import type { ExportIndex } from "./export-index.ts";
import { addContent, addRedirects, type ImportReport, skip, tally } from "./import-report.ts";
import { type ItemPlan, type PagePlan, type PlanContext, planItem, type StoryPlan } from "./item-plan.ts";
import { type PageInputs, writePage } from "./page-write.ts";
import { type PhotoImporter, type WantedPhoto, wantedFromAttachment } from "./photo-import.ts";
import { ImportRaced, type StoryContext, type StoryInputs, writeStory } from "./story-write.ts";
import { originalUploadsPath } from "./uploads-folder.ts";

const PHOTO_CONCURRENCY = 4;

/** Maps the items with at most `limit` of them in flight, keeping their order. */
async function inParallel<T, R>(
  limit: number,
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Items written per transaction: few enough that an interruption loses little, many enough to keep commits cheap. */
export const BATCH_SIZE = 50;

export interface FileImport {
  path: string;
  index: ExportIndex;
  plan: PlanContext;
  story: Omit<StoryContext, "now">;
  photos: PhotoImporter;
  writes: WritePath;
  report: ImportReport;
  dryRun: boolean;
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
}

/** The categories the file's posts use, by slug: as their section, or as a tag. */
interface CategoryUse {
  sections: Set<string>;
  tags: Set<string>;
}

type Planned = { plan: StoryPlan | PagePlan; item: WxrItem } | { attachment: WxrItem };

/** Whether the file was read to its end (false: interrupted, a re-run finishes it). */
export async function importItems(job: FileImport): Promise<boolean> {
  let batch: Planned[] = [];
  let done = 0;
  const used: CategoryUse = { sections: new Set(), tags: new Set() };
  job.onProgress?.(0);
  for await (const record of readWxr(createReadStream(job.path))) {
    if (record.kind === "skipped") {
      done++;
      skip(job.report, {
        file: job.path,
        line: record.line,
        postId: record.postId,
        title: record.title,
        reason: record.reason,
      });
      continue;
    }
    if (record.kind !== "item") continue;
    done++;
    const planned = plan(job, record, used);
    if (planned) batch.push(planned);
    if (batch.length < BATCH_SIZE) continue;
    await writeBatch(job, batch);
    batch = [];
    job.onProgress?.(done);
    if (job.signal?.aborted) return false;
  }
  await writeBatch(job, batch);
  job.onProgress?.(done);
  countCategories(job, used);
  return true;
}

function countCategories(job: FileImport, used: CategoryUse): void {
  const counts = job.report.categories;
  for (const { slug } of job.index.categories) {
    counts.declared++;
    if (used.sections.has(slug)) counts.asSections++;
    else if (used.tags.has(slug)) counts.asTags++;
    else counts.unused++;
  }
}

function plan(job: FileImport, item: WxrItem, used: CategoryUse): Planned | undefined {
  if (item.postType === "attachment") return { attachment: item };
  const planned: ItemPlan = planItem(item, job.plan);
  const entry = { file: job.path, line: item.line, postId: item.postId, title: item.title };
  const kind = item.postType === "post" ? "post" : item.postType === "page" ? "page" : undefined;
  if (planned.kind === "skip") return void skip(job.report, { ...entry, reason: planned.reason }, kind);
  if (planned.kind === "page") {
    const problem = pathProblem(planned.path);
    if (problem)
      return void skip(
        job.report,
        { ...entry, reason: `its path "${planned.path}" cannot be served here (${problem})` },
        "page",
      );
  }
  if (planned.kind === "story") {
    if (planned.category) used.sections.add(planned.category.slug);
    for (const tag of planned.tags) used.tags.add(tag.slug);
  }
  job.report.comments += item.comments.count;
  addContent(job.report, planned.content.report);
  return { plan: planned, item };
}

interface Prepared {
  item: WxrItem;
  story?: StoryInputs;
  page?: PageInputs;
}

async function writeBatch(job: FileImport, batch: readonly Planned[]): Promise<void> {
  for (const planned of batch) if ("attachment" in planned) await importAttachment(job, planned.attachment);
  const plans = batch.flatMap((p) => ("plan" in p ? [p] : []));
  if (plans.length === 0) return;
  const entries = await ledgerEntries(
    job.writes.db,
    job.story.source,
    plans.map((p) => p.plan.itemKey),
  );
  const toWrite: { plan: StoryPlan | PagePlan; item: WxrItem; wanted: WantedPhoto[]; hash: string }[] = [];
  for (const { plan, item } of plans) {
    const wanted = wantedPhotos(job, plan);
    const hash = hashWith(
      plan.hash,
      wanted.map((w) => job.photos.isLocal(w)),
    );
    const entry = entries.get(plan.itemKey);
    const kind = plan.kind === "story" ? "post" : "page";
    if (entry?.content_hash === hash) tally(job.report, kind, "unchanged");
    else if (job.dryRun) tally(job.report, kind, entry ? "updated" : "created");
    else toWrite.push({ plan, item, wanted, hash });
  }
  // Pictures are checked and stored off the main thread (sharp): a few at once keep the cores busy.
  const prepared = await inParallel(
    PHOTO_CONCURRENCY,
    toWrite,
    async ({ plan, item, wanted, hash }): Promise<Prepared> => {
      const entry = entries.get(plan.itemKey);
      const photos = await bringPhotos(job, plan, wanted);
      return plan.kind === "story"
        ? { item, story: { plan, entry, hash, lead: photos.lead, inline: photos.inline } }
        : { item, page: { plan, entry, hash, inline: photos.inline } };
    },
  );
  await writePrepared(job, prepared);
}

/**
 * Writes the batch in one transaction. If any item fails (a body the sanitizer refuses, a race
 * with another import), the batch rolls back and its items go one by one, so one bad item is
 * skipped with its reason and the rest still come across.
 */
async function writePrepared(job: FileImport, prepared: readonly Prepared[]): Promise<void> {
  if (prepared.length === 0) return;
  try {
    const results = await job.writes.run((uow) => writeAll(job, uow, prepared));
    for (const result of results) result();
  } catch {
    for (const one of prepared) {
      try {
        const [result] = await job.writes.run((uow) => writeAll(job, uow, [one]));
        result?.();
      } catch (error) {
        const plan = one.story?.plan ?? one.page?.plan;
        if (error instanceof ImportRaced && plan) {
          tally(job.report, plan.kind === "story" ? "post" : "page", "unchanged");
          continue;
        }
        skip(
          job.report,
          {
            file: job.path,
            line: one.item.line,
            postId: one.item.postId,
            title: one.item.title,
            reason: reasonOf(error),
          },
          one.story ? "post" : "page",
        );
      }
    }
  }
}

type Settle = () => void;

/** Writes the items and answers what to count once the transaction has committed. */
async function writeAll(
  job: FileImport,
  uow: Parameters<Parameters<WritePath["run"]>[0]>[0],
  prepared: readonly Prepared[],
) {
  const now = job.now();
  const settle: Settle[] = [];
  const imported = new Map<string, number[]>();
  for (const one of prepared) {
    if (one.story) {
      const written = await writeStory(uow, one.story, { ...job.story, now });
      const plan = one.story.plan;
      if (written.outcome === "skipped") {
        settle.push(() =>
          skip(
            job.report,
            {
              file: job.path,
              line: plan.line,
              postId: plan.wpId,
              title: plan.headline,
              reason: written.reason,
            },
            "post",
          ),
        );
        continue;
      }
      imported.set(plan.edition, [...(imported.get(plan.edition) ?? []), written.articleId]);
      const redirects = await upsertRedirects(
        uow,
        plan.oldAddresses.map((from) => ({ from, target: { articleId: written.articleId } })),
        { source: `wordpress:${job.story.source}`, now },
      );
      settle.push(() => {
        tally(job.report, "post", written.outcome);
        addRedirects(job.report, redirects);
        if (written.linked === true) job.report.translations.linked++;
        if (written.grouped === false)
          job.report.translations.notLinked.push({
            postId: plan.wpId,
            reason: `its translation group already has a ${plan.edition} story`,
          });
      });
    } else if (one.page) {
      const plan = one.page.plan;
      const written = await writePage(uow, one.page, { source: job.story.source, now });
      const redirects = await upsertRedirects(
        uow,
        plan.oldAddresses.map((from) => ({ from, target: { path: written.url } })),
        { source: `wordpress:${job.story.source}`, now },
      );
      settle.push(() => {
        tally(job.report, "page", written.outcome);
        addRedirects(job.report, redirects);
      });
    }
  }
  for (const [edition, articleIds] of imported)
    await uow.record({ type: "articles.imported", edition, articleIds });
  return settle;
}

function reasonOf(error: unknown): string {
  if (error instanceof StaticPageRefused) return `the page was refused (${error.problem})`;
  return error instanceof Error ? error.message : String(error);
}

async function importAttachment(job: FileImport, item: WxrItem): Promise<void> {
  const info = job.index.attachments.get(item.postId);
  const entry = { file: job.path, line: item.line, postId: item.postId, title: item.title };
  if (!info)
    return void skip(
      job.report,
      { ...entry, reason: "an attachment the first reading did not see" },
      "attachment",
    );
  const result = await job.photos.photoFor(wantedFromAttachment(info), { attachmentItem: true });
  if (result.outcome === "created" || result.outcome === "unchanged")
    return tally(job.report, "attachment", result.outcome);
  if (result.outcome === "failed")
    job.report.failedPictures.push({ url: info.url, reason: result.failure ?? "" });
  skip(
    job.report,
    {
      ...entry,
      reason:
        result.outcome === "remote"
          ? "no local copy of the file (see --uploads); posts link to its old address"
          : `the file could not be read as a picture: ${result.failure}`,
    },
    "attachment",
  );
}

function wantedPhotos(job: FileImport, plan: StoryPlan | PagePlan): WantedPhoto[] {
  const inline = plan.content.images.map((image): WantedPhoto => {
    const info = job.index.attachments.get(image.attachmentId ?? attachmentShown(job.index, image.url) ?? 0);
    if (info) return { ...wantedFromAttachment(info), ...(image.alt ? { alt: image.alt } : {}) };
    return { attachmentId: null, url: image.url ?? "", caption: "", alt: image.alt, credit: "" };
  });
  const featured =
    plan.kind === "story" && plan.featuredAttachmentId !== null
      ? job.index.attachments.get(plan.featuredAttachmentId)
      : undefined;
  return featured ? [...inline, wantedFromAttachment(featured)] : inline;
}

/** The attachment whose picture (or a resized copy of it) an address shows, when the post names no id. */
function attachmentShown(index: ExportIndex, url: string | null): number | undefined {
  const upload = url ? originalUploadsPath(url) : null;
  return upload === null ? undefined : index.attachmentByUpload.get(upload);
}

async function bringPhotos(
  job: FileImport,
  plan: StoryPlan | PagePlan,
  wanted: readonly WantedPhoto[],
): Promise<{ lead: LibraryPhoto | null; inline: (LibraryPhoto | null)[] }> {
  const photos: (LibraryPhoto | null)[] = [];
  for (const w of wanted) {
    const result = await job.photos.photoFor(w);
    if (!result.photo && w.url) job.report.remotePictures.push({ postId: plan.wpId, url: w.url });
    if (result.outcome === "failed")
      job.report.failedPictures.push({ url: w.url, reason: result.failure ?? "" });
    photos.push(result.photo);
  }
  const hasLead =
    plan.kind === "story" &&
    plan.featuredAttachmentId !== null &&
    job.index.attachments.has(plan.featuredAttachmentId);
  return { lead: hasLead ? (photos.at(-1) ?? null) : null, inline: hasLead ? photos.slice(0, -1) : photos };
}

/** A story changes when a picture it shows gains or loses its local copy (`--uploads` given later). */
function hashWith(hash: string, local: readonly boolean[]): string {
  return createHash("sha256")
    .update(`${hash}|${local.map(Number).join("")}`)
    .digest("base64url");
}
