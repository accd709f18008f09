import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { DEFAULT_SITE } from "../../src/config/site.ts";
import type { Database } from "../../src/db/database.ts";
import type { ImportReport } from "../../src/importers/wordpress/import/import-report.ts";
import {
  type ImportFile,
  type ImportOptions,
  importWordPress,
} from "../../src/importers/wordpress/import/import-wordpress.ts";
import { createLogger } from "../../src/logger.ts";
import { LocalMediaStorage } from "../../src/media/local-media-storage.ts";
import { commandWritePath } from "../../src/write-paths.ts";

/**
 * Runs the WordPress import in this process, as `dateline import wordpress` does (the same write
 * path, with every follower), on a database a test owns; photos go to a folder of the call's own.
 */
export async function importInProcess(
  db: Kysely<Database>,
  files: readonly ImportFile[],
  options: Partial<Omit<ImportOptions, "files">> & { now?: () => Date } = {},
): Promise<ImportReport> {
  const mediaDir = mkdtempSync(join(tmpdir(), "dateline-import-media-"));
  const storage = new LocalMediaStorage(mediaDir);
  const now = options.now ?? (() => new Date("2026-06-01T09:00:00Z"));
  const writes = commandWritePath({ db, config: {}, logger: createLogger("silent"), now });
  try {
    return await importWordPress(
      { writes, storage, site: DEFAULT_SITE, now },
      { uploadsDir: null, sectionMap: new Map(), dryRun: false, ...options, files },
    );
  } finally {
    await writes.stop();
    await storage.close();
    rmSync(mediaDir, { recursive: true, force: true });
  }
}

export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
