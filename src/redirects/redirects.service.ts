import type { User } from "../accounts/user.ts";
import { recordAudit } from "../audit/audit.ts";
import type { UnitOfWork, WritePath } from "../events/write-path.ts";
import { AppError } from "../http/app-error.ts";
import { MAX_KEY_LENGTH, redirectKey } from "./redirect-key.ts";

/** Where an old address leads: a story (followed to its current URL) or a fixed path on this site. */
export type RedirectTarget = { articleId: number } | { path: string };

export interface NewRedirect {
  /** The old address as the other site wrote it: a path, or a full URL whose host is dropped. */
  from: string;
  target: RedirectTarget;
}

export interface UpsertReport {
  added: number;
  /** Already stored with the same target: a re-run import changes nothing. */
  unchanged: number;
  /** The key already leads elsewhere: the first target is kept, this one is not stored. */
  conflicts: { from: string; key: string }[];
  refused: { from: string; reason: "bad-address" | "bad-target" | "unknown-story" }[];
}

/** Rows per statement: a large import would pass SQLite's limit on bound parameters in one. */
const CHUNK = 300;

interface Row {
  from: string;
  key: string;
  article_id: number | null;
  target_path: string | null;
}

/**
 * Stores old addresses for an import, idempotently. A key already stored keeps its first target:
 * an import must not silently take over an address an editor or an earlier import chose, so a
 * different target is reported as a conflict and left for a person to settle (delete, re-run).
 * Holds under concurrent imports: rows go in key order with `on conflict do nothing`, so a parallel
 * writer of the same key waits on the unique index and then sees the row, never a second one.
 */
export async function upsertRedirects(
  uow: Pick<UnitOfWork, "trx">,
  redirects: readonly NewRedirect[],
  options: { source: string; now: Date },
): Promise<UpsertReport> {
  const report: UpsertReport = { added: 0, unchanged: 0, conflicts: [], refused: [] };
  const wanted = new Map<string, Row>();
  for (const r of redirects) {
    const row = toRow(r, report);
    if (row) settle(report, wanted.get(row.key), row, () => wanted.set(row.key, row));
  }
  const rows = await withExistingStories(uow, [...wanted.values()], report);
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const added = new Set<string>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await uow.trx
      .insertInto("redirects")
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({
          from_key: r.key,
          article_id: r.article_id,
          target_path: r.target_path,
          source: options.source,
          created_at: options.now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.column("from_key").doNothing())
      .returning("from_key")
      .execute();
    for (const { from_key } of inserted) added.add(from_key);
  }
  report.added = added.size;
  await compareWithStored(
    uow,
    rows.filter((r) => !added.has(r.key)),
    report,
  );
  return report;
}

function toRow(r: NewRedirect, report: UpsertReport): Row | undefined {
  const key = redirectKey(r.from);
  if (!key) return void report.refused.push({ from: r.from, reason: "bad-address" });
  if ("articleId" in r.target) {
    if (!Number.isSafeInteger(r.target.articleId) || r.target.articleId < 1)
      return void report.refused.push({ from: r.from, reason: "bad-target" });
    return { from: r.from, key, article_id: r.target.articleId, target_path: null };
  }
  const path = sitePath(r.target.path);
  if (!path) return void report.refused.push({ from: r.from, reason: "bad-target" });
  return { from: r.from, key, article_id: null, target_path: path };
}

/**
 * A fixed target as a path on this site, sent as `Location` as is, or undefined. Letters outside
 * ASCII are escaped (a header holds none); a leading `//` or `/\`, a scheme, a space or a control
 * character could send readers to another host or split the header, so they are refused.
 */
export function sitePath(path: string): string | undefined {
  let escaped: string;
  try {
    escaped = path.normalize("NFC").replace(/[\u0080-\uffff]+/g, encodeURIComponent);
  } catch {
    return undefined; // a lone surrogate, which no URL can hold
  }
  const ok = escaped.startsWith("/") && !/^\/[/\\]/.test(escaped) && /^[!-~]+$/.test(escaped);
  return ok && escaped.length <= MAX_KEY_LENGTH ? escaped : undefined;
}

/** Counts a row whose key is already taken (in the batch or stored): the same target, or a conflict. */
function settle(report: UpsertReport, held: Row | Omit<Row, "from"> | undefined, row: Row, add?: () => void) {
  if (!held) return add?.();
  if (held.article_id === row.article_id && held.target_path === row.target_path) report.unchanged++;
  else report.conflicts.push({ from: row.from, key: row.key });
}

async function withExistingStories(uow: Pick<UnitOfWork, "trx">, rows: Row[], report: UpsertReport) {
  const ids = [...new Set(rows.flatMap((r) => (r.article_id === null ? [] : [r.article_id])))];
  const found = new Set<number>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const stories = await uow.trx.selectFrom("articles").where("id", "in", chunk).select("id").execute();
    for (const s of stories) found.add(s.id);
  }
  return rows.filter((r) => {
    if (r.article_id === null || found.has(r.article_id)) return true;
    report.refused.push({ from: r.from, reason: "unknown-story" });
    return false;
  });
}

async function compareWithStored(uow: Pick<UnitOfWork, "trx">, rows: Row[], report: UpsertReport) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const stored = await uow.trx
      .selectFrom("redirects")
      .where(
        "from_key",
        "in",
        chunk.map((r) => r.key),
      )
      .select(["from_key as key", "article_id", "target_path"])
      .execute();
    const byKey = new Map(stored.map((s) => [s.key, s]));
    for (const row of chunk) settle(report, byKey.get(row.key), row);
  }
}

/** Removes one old address; it answers 404 from then on. Audited: it may break links readers hold. */
export async function deleteRedirect(
  writes: WritePath,
  id: number,
  ctx: { user: User; ip: string | null; now: Date },
): Promise<void> {
  await writes.run(async (uow) => {
    const gone = await uow.trx
      .deleteFrom("redirects")
      .where("id", "=", id)
      .returning(["from_key", "article_id", "target_path", "source"])
      .executeTakeFirst();
    if (!gone) throw new AppError("NOT_FOUND", "There is no such redirect.");
    await recordAudit(uow.trx, {
      action: "redirect.deleted",
      actorUserId: ctx.user.id,
      subjectType: "redirect",
      subjectId: id,
      details: {
        from: gone.from_key,
        articleId: gone.article_id,
        path: gone.target_path,
        source: gone.source,
      },
      ip: ctx.ip,
      now: ctx.now.toISOString(),
    });
  });
}
