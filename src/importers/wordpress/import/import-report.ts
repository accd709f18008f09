import type { UpsertReport } from "../../../redirects/redirects.service.ts";
import type { ContentReport } from "../content/content-report.ts";

export type Outcome = "created" | "updated" | "unchanged" | "skipped";

/** What happened to one kind of thing (posts, pages, photos, authors…). */
export type Tally = Record<Outcome, number>;

export const TALLIED = ["post", "page", "attachment", "author", "section", "tag"] as const;
export type TalliedKind = (typeof TALLIED)[number];

export interface SkippedEntry {
  file: string;
  line: number;
  postId: number | null;
  title: string;
  reason: string;
}

/** The import's account of itself: printed as a summary, written whole with `--report`. */
export interface ImportReport {
  dryRun: boolean;
  /** Stopped part-way (Ctrl-C): what is counted was written; a re-run finishes the rest. */
  interrupted: boolean;
  files: { path: string; edition: string; site: string; wxrVersion: string; items: number }[];
  counts: Tally;
  byKind: Record<TalliedKind, Tally>;
  skipped: SkippedEntry[];
  /**
   * The categories the exports declare: a post's primary category is its section, its others are
   * tags; a category no imported post uses becomes neither.
   */
  categories: { declared: number; asSections: number; asTags: number; unused: number };
  /** Pictures left at their old addresses: no `--uploads`, or no file for them there. */
  remotePictures: { postId: number; url: string }[];
  /** Local files that could not become library photos, with why. */
  failedPictures: { url: string; reason: string }[];
  comments: number;
  content: Omit<ContentReport, "unlinkedAttachments">;
  redirects: Omit<UpsertReport, "conflicts" | "refused"> & {
    conflicts: UpsertReport["conflicts"];
    refused: UpsertReport["refused"];
  };
  translations: { linked: number; notLinked: { postId: number; reason: string }[] };
  elapsedMs: number;
  peakRssBytes: number;
}

const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 });

export function emptyImportReport(dryRun: boolean): ImportReport {
  return {
    dryRun,
    interrupted: false,
    files: [],
    counts: emptyTally(),
    byKind: Object.fromEntries(TALLIED.map((kind) => [kind, emptyTally()])) as Record<TalliedKind, Tally>,
    skipped: [],
    categories: { declared: 0, asSections: 0, asTags: 0, unused: 0 },
    remotePictures: [],
    failedPictures: [],
    comments: 0,
    content: { figures: 0, galleries: 0, embeds: 0, mediaLinks: 0, unknownShortcodes: {}, dropped: {} },
    redirects: { added: 0, unchanged: 0, conflicts: [], refused: [] },
    translations: { linked: 0, notLinked: [] },
    elapsedMs: 0,
    peakRssBytes: 0,
  };
}

/** Counts an outcome for a kind; the headline counts are of the export's items (posts, pages, attachments). */
export function tally(report: ImportReport, kind: TalliedKind, outcome: Outcome): void {
  report.byKind[kind][outcome]++;
  if (kind === "post" || kind === "page" || kind === "attachment") report.counts[outcome]++;
}

export function skip(report: ImportReport, entry: SkippedEntry, kind?: TalliedKind): void {
  report.skipped.push(entry);
  if (kind) tally(report, kind, "skipped");
  else report.counts.skipped++;
}

export function addContent(report: ImportReport, content: ContentReport): void {
  const total = report.content;
  total.figures += content.figures;
  total.galleries += content.galleries;
  total.embeds += content.embeds;
  total.mediaLinks += content.mediaLinks;
  for (const [name, n] of Object.entries(content.unknownShortcodes))
    total.unknownShortcodes[name] = (total.unknownShortcodes[name] ?? 0) + n;
  for (const [name, n] of Object.entries(content.dropped))
    total.dropped[name] = (total.dropped[name] ?? 0) + n;
}

export function addRedirects(report: ImportReport, upserted: UpsertReport): void {
  report.redirects.added += upserted.added;
  report.redirects.unchanged += upserted.unchanged;
  report.redirects.conflicts.push(...upserted.conflicts);
  report.redirects.refused.push(...upserted.refused);
}

/** The summary a person reads at the end: the headline counts, each kind, and why things were skipped. */
export function summaryText(report: ImportReport): string {
  const { created, updated, unchanged, skipped } = report.counts;
  const lines = [
    `${report.dryRun ? "Dry run (nothing was written): would have " : ""}${created} created, ${updated} updated, ${unchanged} unchanged, ${skipped} skipped${report.interrupted ? " before the import was interrupted; run it again to finish" : ""}.`,
  ];
  for (const kind of TALLIED) {
    const t = report.byKind[kind];
    if (t.created + t.updated + t.unchanged + t.skipped > 0)
      lines.push(
        `  ${`${kind}s:`.padEnd(13)}${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged, ${t.skipped} skipped`,
      );
  }
  const c = report.categories;
  if (c.declared > 0)
    lines.push(
      `  ${"categories:".padEnd(13)}${c.declared} declared: ${c.asSections} sections, ${c.asTags} tags only, ${c.unused} unused`,
    );
  const reasons = new Map<string, number>();
  for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  if (reasons.size > 0) lines.push("Skipped:");
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${n} × ${reason}`);
  const shortcodes = Object.entries(report.content.unknownShortcodes);
  if (shortcodes.length > 0)
    lines.push(
      `Unknown shortcodes kept as text: ${shortcodes.map(([name, n]) => `[${name}] × ${n}`).join(", ")}`,
    );
  if (report.remotePictures.length > 0)
    lines.push(
      `${report.remotePictures.length} pictures stay at their old addresses (no local copy; see the report).`,
    );
  if (report.failedPictures.length > 0)
    lines.push(`${report.failedPictures.length} local pictures could not be read (see the report).`);
  lines.push(
    `Redirects: ${report.redirects.added} added, ${report.redirects.unchanged} unchanged, ${report.redirects.conflicts.length} conflicts. Comments counted, not imported: ${report.comments}. Translations linked: ${report.translations.linked}.`,
  );
  return `${lines.join("\n")}\n`;
}
