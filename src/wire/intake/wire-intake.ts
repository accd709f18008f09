import { type FSWatcher, watch } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/database.ts";
import {
  type IngestOutcome,
  ingestWireFile,
  MAX_WIRE_FILE_BYTES,
  refuseOversizeFile,
} from "../wire-ingest.ts";
import {
  FAILED,
  FILES_PER_POLL,
  fileAway,
  openDropFolder,
  PROCESSED,
  readWaitingFile,
  waitingFiles,
} from "./drop-folder.ts";
import { pullWireSource } from "./http-pull.ts";
import {
  claimPoll,
  dueSources,
  type PolledSource,
  recordPollFailure,
  recordPollSuccess,
  releasePoll,
} from "./source-polls.queries.ts";

/**
 * How often the intake looks for due sources, drop folders included; a file landing in a folder
 * wakes it at once besides (on file systems that report changes, `fs.watch`).
 */
export const TICK_MS = 1000;
/** How long a node holds a poll it took; far longer than a pull may take (30 s). */
const POLL_LEASE_MS = 5 * 60_000;
/** The longest a failing source waits between tries. */
const MAX_BACKOFF_MS = 60 * 60_000;

export interface IntakeSettings {
  dropRoot: string;
  allowedHosts: readonly string[];
}

export interface IntakeDeps {
  db: Kysely<Database>;
  settings: IntakeSettings;
  now: Clock;
  logger: Logger;
  /** Aborted when the server stops: a pull in flight is cut off and its poll handed back. */
  signal?: AbortSignal;
  /** Told after a poll that brought items, so their events leave at once (the write path's dispatch). */
  afterIngest?: () => void;
}

/** What one poll brought in. */
export type PollReport = Record<IngestOutcome, number>;

/** Waits after the `failures`-th failure in a row: the usual gap doubled each time, at most an hour. */
export function backoffMs(usualMs: number, failures: number): number {
  return Math.min(usualMs * 2 ** Math.min(failures, 20), Math.max(MAX_BACKOFF_MS, usualMs));
}

/** After a success: a pull waits its interval; a folder is due again at once, read at the next tick or wake-up. */
const gapAfterSuccessMs = (source: PolledSource) =>
  source.url ? (source.interval_seconds ?? 300) * 1000 : 0;
/** What a failing source's back-off doubles. */
const gapAfterFailureMs = (source: PolledSource) =>
  source.url ? (source.interval_seconds ?? 300) * 1000 : TICK_MS;

/**
 * Polls one source it has claimed and records how it went: a success sets the next poll one usual
 * gap on (at once for a folder that had more files waiting), a failure backs off. A file that
 * cannot be read is not a failure of the source: it is kept on the desk as a failed file.
 */
export async function pollSource(deps: IntakeDeps, source: PolledSource): Promise<PollReport | undefined> {
  const now = deps.now();
  try {
    const { report, more, validators } = source.url
      ? await pullOnce(deps, source, now)
      : await readFolderOnce(deps, source, now);
    const next = new Date(now.getTime() + (more ? 0 : gapAfterSuccessMs(source)));
    await recordPollSuccess(deps.db, source.id, deps.now(), next, validators);
    return report;
  } catch (error) {
    if (deps.signal?.aborted) {
      await releasePoll(deps.db, source.id, now);
      return undefined;
    }
    const message = error instanceof Error ? error.message : String(error);
    const failures = source.failures + 1;
    const next = new Date(now.getTime() + backoffMs(gapAfterFailureMs(source), failures));
    await recordPollFailure(deps.db, source.id, deps.now(), message, failures, next);
    deps.logger.warn({ source: source.name, failures, error: message }, "wire source poll failed");
    return undefined;
  }
}

const emptyReport = (): PollReport => ({ new: 0, updated: 0, unchanged: 0, failed: 0 });

async function pullOnce(deps: IntakeDeps, source: PolledSource, now: Date) {
  const report = emptyReport();
  const url = source.url ?? "";
  const pulled = await pullWireSource({
    url,
    headers: JSON.parse(source.headers) as Record<string, string>,
    etag: source.etag,
    lastModified: source.last_modified,
    allowedHosts: deps.settings.allowedHosts,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  if (!pulled.changed) return { report, more: false, validators: undefined };
  const result = await ingestWireFile(deps.db, source, { name: url, bytes: pulled.body }, now);
  for (const outcome of result.outcomes) report[outcome]++;
  return { report, more: false, validators: { etag: pulled.etag, lastModified: pulled.lastModified } };
}

async function readFolderOnce(deps: IntakeDeps, source: PolledSource, now: Date) {
  const report = emptyReport();
  const path = await openDropFolder(deps.settings.dropRoot, source.folder ?? "");
  const files = await waitingFiles(path);
  for (const { name, size } of files) {
    const result =
      size > MAX_WIRE_FILE_BYTES
        ? await refuseOversizeFile(deps.db, source, name, size, now)
        : await ingestWireFile(deps.db, source, { name, bytes: await readWaitingFile(path, name) }, now);
    for (const outcome of result.outcomes) report[outcome]++;
    await fileAway(path, name, result.failure ? FAILED : PROCESSED, now);
  }
  return { report, more: files.length === FILES_PER_POLL, validators: undefined };
}

/**
 * Polls the wire sources from this process: every second, and whenever something changes under
 * the drop root, it takes the due sources it can claim (each poll goes to one node of several)
 * and polls them one after another.
 */
export class WireIntake {
  #deps: IntakeDeps;
  #abort = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  /** A wake-up came while a tick ran: tick again as soon as it ends. */
  #again = false;
  #watcher: FSWatcher | undefined;
  #stopped = false;

  constructor(deps: Omit<IntakeDeps, "signal">) {
    this.#deps = { ...deps, signal: this.#abort.signal };
  }

  async start(): Promise<void> {
    await this.#watchDropRoot();
    this.#schedule(0);
  }

  /** Ticks now (or right after the tick under way), not at the next second. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) this.#again = true;
    else this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#watcher?.close();
    clearTimeout(this.#timer);
    this.#abort.abort();
    await this.#running;
  }

  /** Without change notices (a network file system, say) the folders are still read every tick. */
  async #watchDropRoot(): Promise<void> {
    const root = this.#deps.settings.dropRoot;
    try {
      await mkdir(root, { recursive: true });
      this.#watcher = watch(root, { recursive: true, persistent: false }, () => this.wake());
      this.#watcher.on("error", (error) => {
        this.#deps.logger.warn(
          { err: error, root },
          "stopped watching the wire drop root; reading it every second",
        );
        this.#watcher?.close();
      });
    } catch (error) {
      this.#deps.logger.warn(
        { err: error, root },
        "cannot watch the wire drop root; reading it every second",
      );
    }
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.#tick()
        .catch((error: unknown) => this.#deps.logger.error({ err: error }, "wire intake tick failed"))
        .finally(() => {
          this.#running = undefined;
          const again = this.#again;
          this.#again = false;
          this.#schedule(again ? 0 : TICK_MS);
        });
    }, ms);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    const { db, now } = this.#deps;
    for (const source of await dueSources(db, now())) {
      if (this.#stopped) return;
      const claimedAt = now();
      if (!(await claimPoll(db, source, claimedAt, new Date(claimedAt.getTime() + POLL_LEASE_MS)))) continue;
      const report = await pollSource(this.#deps, source);
      if (report && report.new + report.updated + report.failed > 0) {
        this.#deps.logger.info({ source: source.name, ...report }, "wire source polled");
        this.#deps.afterIngest?.();
      }
    }
  }
}
