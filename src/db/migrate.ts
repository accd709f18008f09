import { type Migration, type MigrationResultSet, Migrator } from "kysely";
import type { Db } from "./create-db.ts";
import { contentMigration } from "./migrations/2026-11-29-01-content.ts";
import { newsroomMigration } from "./migrations/2026-11-29-02-newsroom.ts";
import { distributionMigration } from "./migrations/2026-11-29-03-distribution.ts";
import { searchMigration } from "./migrations/2026-11-29-04-search.ts";
import { writePathMigration } from "./migrations/2026-12-03-01-write-path.ts";
import { articlePathsMigration } from "./migrations/2026-12-03-02-article-paths.ts";
import { jobLeasesMigration } from "./migrations/2026-12-03-03-job-leases.ts";
import { cleanOriginalsMigration } from "./migrations/2026-12-03-04-media-clean-originals.ts";
import { throttlesMigration } from "./migrations/2026-12-03-05-throttles.ts";
import { searchVectorMigration } from "./migrations/2026-12-03-06-search-pg-vector.ts";
import { apiRateWindowsMigration } from "./migrations/2026-12-03-07-api-rate-windows.ts";
import { mastheadDaysMigration } from "./migrations/2026-12-03-09-masthead-days.ts";
import { searchPgTermsMigration } from "./migrations/2026-12-03-10-search-pg-terms.ts";
import { searchPgLz4Migration } from "./migrations/2026-12-03-11-search-pg-lz4.ts";
import { searchPgSerialMigration } from "./migrations/2026-12-03-12-search-pg-serial.ts";
import { searchPgRankVectorsMigration } from "./migrations/2026-12-03-13-search-pg-rank-vectors.ts";
import { searchPgWordsMigration } from "./migrations/2026-12-03-14-search-pg-words.ts";
import { searchPgCodesMigration } from "./migrations/2026-12-03-15-search-pg-codes.ts";
import { searchPgRankSpanMigration } from "./migrations/2026-12-03-16-search-pg-rank-span.ts";
import { wireMigration } from "./migrations/2026-12-04-01-wire.ts";
import { articleEmbargoMigration } from "./migrations/2026-12-04-02-article-embargo.ts";
import { wireSeenVersionMigration } from "./migrations/2026-12-04-03-wire-seen-version.ts";
import { wireFailedFilesMigration } from "./migrations/2026-12-04-04-wire-failed-files.ts";
import { articleSeoMigration } from "./migrations/2026-12-04-05-article-seo.ts";
import { mediaLocalizedTextMigration } from "./migrations/2026-12-04-06-media-localized-text.ts";
import { articlePresenceMigration } from "./migrations/2026-12-04-07-article-presence.ts";
import { articleNotesNotificationsMigration } from "./migrations/2026-12-04-08-article-notes-notifications.ts";
import { mediaCropMigration } from "./migrations/2026-12-04-09-media-crop.ts";
import { inlineMediaRefsMigration } from "./migrations/2026-12-04-10-inline-media-refs.ts";
import { tagRedirectsMigration } from "./migrations/2026-12-04-11-tag-redirects.ts";
import { redirectsMigration } from "./migrations/2026-12-04-12-redirects.ts";
import { importLedgerMigration } from "./migrations/2026-12-04-13-import-ledger.ts";
import { staticPagesMigration } from "./migrations/2026-12-04-14-static-pages.ts";
import { breakingBannerMigration } from "./migrations/2026-12-04-15-breaking-banner.ts";
import { liveEntriesMigration } from "./migrations/2026-12-04-16-live-entries.ts";
import { liveSequenceMigration } from "./migrations/2026-12-05-17-live-sequence.ts";
import { liveEntryTasksMigration } from "./migrations/2026-12-05-18-live-entry-tasks.ts";
import type { MigrationTools } from "./migrations/migration-tools.ts";

function migrationTools(db: Db): MigrationTools {
  // SQLite rejects identity columns and PostgreSQL has no AUTOINCREMENT (STACK.md gotcha 8).
  return db.capabilities.name === "sqlite"
    ? { id: (c) => c.primaryKey().autoIncrement(), dialect: "sqlite" }
    : { id: (c) => c.primaryKey().generatedByDefaultAsIdentity(), dialect: "postgres" };
}

function allMigrations(tools: MigrationTools): Record<string, Migration> {
  return {
    "2026-11-29-01-content": contentMigration(tools),
    "2026-11-29-02-newsroom": newsroomMigration(tools),
    "2026-11-29-03-distribution": distributionMigration(tools),
    "2026-11-29-04-search": searchMigration(tools),
    "2026-12-03-01-write-path": writePathMigration(tools),
    "2026-12-03-02-article-paths": articlePathsMigration(),
    "2026-12-03-03-job-leases": jobLeasesMigration(),
    "2026-12-03-04-media-clean-originals": cleanOriginalsMigration(),
    "2026-12-03-05-throttles": throttlesMigration(),
    "2026-12-03-06-search-pg-vector": searchVectorMigration(tools),
    "2026-12-03-07-api-rate-windows": apiRateWindowsMigration(tools),
    "2026-12-03-09-masthead-days": mastheadDaysMigration(),
    "2026-12-03-10-search-pg-terms": searchPgTermsMigration(tools),
    "2026-12-03-11-search-pg-lz4": searchPgLz4Migration(tools),
    "2026-12-03-12-search-pg-serial": searchPgSerialMigration(tools),
    "2026-12-03-13-search-pg-rank-vectors": searchPgRankVectorsMigration(tools),
    "2026-12-03-14-search-pg-words": searchPgWordsMigration(tools),
    "2026-12-03-15-search-pg-codes": searchPgCodesMigration(tools),
    "2026-12-03-16-search-pg-rank-span": searchPgRankSpanMigration(tools),
    "2026-12-04-01-wire": wireMigration(tools),
    "2026-12-04-02-article-embargo": articleEmbargoMigration(),
    "2026-12-04-03-wire-seen-version": wireSeenVersionMigration(),
    "2026-12-04-04-wire-failed-files": wireFailedFilesMigration(),
    "2026-12-04-05-article-seo": articleSeoMigration(),
    "2026-12-04-06-media-localized-text": mediaLocalizedTextMigration(),
    "2026-12-04-07-article-presence": articlePresenceMigration(),
    "2026-12-04-08-article-notes-notifications": articleNotesNotificationsMigration(tools),
    "2026-12-04-09-media-crop": mediaCropMigration(),
    "2026-12-04-10-inline-media-refs": inlineMediaRefsMigration(),
    "2026-12-04-11-tag-redirects": tagRedirectsMigration(),
    "2026-12-04-12-redirects": redirectsMigration(tools),
    "2026-12-04-13-import-ledger": importLedgerMigration(),
    "2026-12-04-14-static-pages": staticPagesMigration(tools),
    "2026-12-04-15-breaking-banner": breakingBannerMigration(),
    "2026-12-04-16-live-entries": liveEntriesMigration(tools),
    "2026-12-05-17-live-sequence": liveSequenceMigration(),
    "2026-12-05-18-live-entry-tasks": liveEntryTasksMigration(tools),
  };
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** The migrations this code knows that the database has not applied (the readiness check asks). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrations = allMigrations(migrationTools(db));
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } });
  const known = await migrator.getMigrations();
  return known.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrations = allMigrations(migrationTools(db));
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === "Error");
  if (result.error || failed) {
    const reason = result.error instanceof Error ? result.error.message : String(result.error ?? "unknown");
    throw new MigrationError(`Migration ${failed?.migrationName ?? "(setup)"} failed: ${reason}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
