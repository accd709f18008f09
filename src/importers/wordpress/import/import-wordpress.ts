import { createReadStream } from "node:fs";
import { recordAudit } from "../../../audit/audit.ts";
import type { SiteSettings } from "../../../config/site.ts";
import {
  ensureAuthor,
  ensureTags,
  sectionIdByKey,
  unknownSection,
} from "../../../content/imported-stories.ts";
import { slugify } from "../../../content/slug.ts";
import type { WritePath } from "../../../events/write-path.ts";
import type { MediaStorage } from "../../../media/media-storage.ts";
import { WxrError, type WxrHeader } from "../wxr-records.ts";
import { type ExportIndex, indexExport } from "./export-index.ts";
import { importItems } from "./file-import.ts";
import { emptyImportReport, type ImportReport, tally } from "./import-report.ts";
import { PhotoImporter } from "./photo-import.ts";

export interface ImportFile {
  path: string;
  edition: string;
}

export interface ImportOptions {
  files: readonly ImportFile[];
  /** A local copy of the old site's `wp-content/uploads`. */
  uploadsDir: string | null;
  /** WordPress category slug → Dateline section key; `*` for posts without a category. */
  sectionMap: ReadonlyMap<string, string>;
  dryRun: boolean;
  /** Aborted (Ctrl-C): the batch being written commits, then the import stops. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  file: string;
  done: number;
  total: number;
}

export interface ImportDeps {
  writes: WritePath;
  storage: MediaStorage;
  site: SiteSettings;
  now: () => Date;
}

/**
 * The exporting site as the ledger and redirects name it: host and path, without the scheme. The
 * blog's own address, not the network's: every WordPress.com blog, and each site of a multisite
 * network, shares its `base_site_url`.
 */
export function siteKey(header: WxrHeader): string {
  const address = blogUrl(header);
  try {
    const url = new URL(address);
    return `${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return address.trim().toLowerCase() || "unknown-site";
  }
}

function blogUrl(header: WxrHeader): string {
  return header.baseBlogUrl || header.link || header.baseSiteUrl;
}

/**
 * Brings WordPress exports across: every file is read once to check it and index what posts refer
 * to, so a file that is not a WordPress export stops the import before anything is written; then
 * each is read again and written in batches (file-import.ts).
 */
export async function importWordPress(deps: ImportDeps, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const report = emptyImportReport(options.dryRun);
  for (const file of options.files) {
    if (!deps.site.editions.some((e) => e.code === file.edition))
      throw new Error(
        `"${file.edition}" is not an edition of this site (${deps.site.editions.map((e) => e.code).join(", ")}).`,
      );
  }
  for (const key of new Set(options.sectionMap.values()))
    if ((await sectionIdByKey(deps.writes.db, key)) === undefined) throw unknownSection(key);
  // A dry run writes nothing, so an author or tag an earlier file would have made is remembered here.
  const wouldMake = options.dryRun ? new Set<string>() : null;
  const indexes: ExportIndex[] = [];
  for (const file of options.files) indexes.push(await indexFile(file.path));
  for (const [i, file] of options.files.entries()) {
    const index = indexes[i] as ExportIndex;
    const complete = await importFile(deps, options, file, index, report, wouldMake);
    if (!complete) {
      report.interrupted = true;
      break;
    }
  }
  if (!options.dryRun) await auditImport(deps, report);
  report.elapsedMs = Math.round(performance.now() - started);
  report.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return report;
}

async function indexFile(path: string): Promise<ExportIndex> {
  try {
    return await indexExport(createReadStream(path));
  } catch (error) {
    throw error instanceof WxrError ? error.inFile(path) : error;
  }
}

async function importFile(
  deps: ImportDeps,
  options: ImportOptions,
  file: ImportFile,
  index: ExportIndex,
  report: ImportReport,
  wouldMake: Set<string> | null,
): Promise<boolean> {
  const source = siteKey(index.header);
  report.files.push({
    path: file.path,
    edition: file.edition,
    site: source,
    wxrVersion: index.header.wxrVersion,
    items: index.items,
  });
  const authorIds = await importAuthors(deps, index, report, wouldMake);
  await importTags(deps, file.edition, index, report, wouldMake);
  const photos = new PhotoImporter({
    db: deps.writes.db,
    storage: deps.storage,
    source,
    uploadsDir: options.uploadsDir,
    dryRun: options.dryRun,
    now: deps.now,
  });
  return importItems({
    path: file.path,
    index,
    plan: {
      edition: file.edition,
      editions: deps.site.editions,
      timeZone: deps.site.timeZone,
      siteUrl: blogUrl(index.header),
      categoryByTermId: index.categoryByTermId,
      pages: index.pages,
    },
    story: { source, authorIds, sectionMap: options.sectionMap },
    photos,
    writes: deps.writes,
    report,
    dryRun: options.dryRun,
    now: deps.now,
    signal: options.signal,
    onProgress: (done) => options.onProgress?.({ file: file.path, done, total: index.items }),
  });
}

/**
 * Authors by login: each found by its slug or made, named in every edition. WXR carries no bios.
 * `wouldMake` is a dry run's: what it counted as made, so the next file counts it as there.
 */
async function importAuthors(
  deps: ImportDeps,
  index: ExportIndex,
  report: ImportReport,
  wouldMake: Set<string> | null,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const editions = deps.site.editions.map((e) => e.code);
  const db = deps.writes.db;
  for (const author of index.authors.values()) {
    const slug = slugify(author.login, 60);
    const existing =
      wouldMake?.has(`author:${slug}`) ||
      (await db.selectFrom("authors").where("slug", "=", slug).select("id").executeTakeFirst());
    tally(report, "author", existing ? "unchanged" : "created");
    if (wouldMake) {
      wouldMake.add(`author:${slug}`);
      continue;
    }
    const name =
      author.displayName.trim() || [author.firstName, author.lastName].join(" ").trim() || author.login;
    ids.set(
      author.login,
      await deps.writes.run(({ trx }) => ensureAuthor(trx, { slug, name, bio: "" }, editions)),
    );
  }
  return ids;
}

/** The tags the export declares, each in the file's edition, whether or not a post uses them. */
async function importTags(
  deps: ImportDeps,
  edition: string,
  index: ExportIndex,
  report: ImportReport,
  wouldMake: Set<string> | null,
): Promise<void> {
  const db = deps.writes.db;
  for (let i = 0; i < index.tags.length; i += 200) {
    const chunk = index.tags.slice(i, i + 200);
    const existing = await db
      .selectFrom("tags")
      .where("edition", "=", edition)
      .where(
        "slug",
        "in",
        chunk.map((t) => t.slug),
      )
      .select("slug")
      .execute();
    const known = new Set(existing.map((t) => t.slug));
    const fresh = new Set(
      chunk
        .filter((t) => !known.has(t.slug) && !wouldMake?.has(`tag:${edition}:${t.slug}`))
        .map((t) => t.slug),
    );
    for (const tag of chunk) tally(report, "tag", fresh.has(tag.slug) ? "created" : "unchanged");
    if (wouldMake) for (const slug of fresh) wouldMake.add(`tag:${edition}:${slug}`);
    else if (fresh.size > 0) await deps.writes.run(({ trx }) => ensureTags(trx, edition, chunk));
  }
}

/** One audit entry per run, even an interrupted one: what came in from where, and how much. */
async function auditImport(deps: ImportDeps, report: ImportReport): Promise<void> {
  await deps.writes.run(({ trx }) =>
    recordAudit(trx, {
      action: "import.finished",
      actorUserId: null,
      subjectType: "import",
      subjectId: [...new Set(report.files.map((f) => f.site))].join(", "),
      details: { files: report.files, counts: report.counts, interrupted: report.interrupted },
      now: deps.now().toISOString(),
    }),
  );
}
