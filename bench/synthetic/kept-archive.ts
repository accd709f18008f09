import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { createDb, type Db } from "../../src/db/create-db.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { ADMIN_URL, adminQuery, type Dialect } from "../../test/support/databases.ts";

/**
 * A loaded archive kept between bench runs (`--keep`): loading and indexing 100,000 stories per
 * edition takes longer than the measurements, so a run with `--keep` reuses the archive an earlier
 * one left, after migrating it to the latest schema (which also exercises new migrations on a
 * database full of stories), and its index unless that is empty or `--reindex` asks for a new one.
 * Named by stories per edition: a temporary-folder SQLite file, or a PostgreSQL database beside the
 * test ones. Delete them by hand when done.
 */
export interface KeptArchive {
  db: Db;
  /** Where it lives, to say so in the bench's output. */
  location: string;
  /** Whether it already held the whole archive: then there is nothing to load. */
  loaded: boolean;
  /** Whether its search index holds anything (an interrupted build leaves it empty). */
  indexed: boolean;
  /** Records that the archive is loaded, so the next run reuses it. */
  markLoaded(): Promise<void>;
}

/** Written only once the archive is loaded: an interrupted load is started again. */
const MARK_TABLE = "bench_archive_complete";

function postgresName(perEdition: number): string {
  return `dateline_search_bench_${perEdition}`;
}

async function postgresExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function open(dialect: Dialect, perEdition: number): Promise<{ url: string; location: string }> {
  if (dialect === "sqlite") {
    const file = join(tmpdir(), `dateline-search-bench-${perEdition}.db`);
    return { url: `sqlite:${file}`, location: file };
  }
  const name = postgresName(perEdition);
  if (!(await postgresExists(name))) await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), location: `PostgreSQL database ${name}` };
}

async function isLoaded(db: Db): Promise<boolean> {
  try {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(MARK_TABLE)}`.execute(
      db.kysely,
    );
    return Number(rows[0]?.n) > 0;
  } catch {
    return false;
  }
}

/** Drops a half-loaded archive, so loading starts from an empty database. */
async function emptied(dialect: Dialect, perEdition: number, url: string): Promise<void> {
  if (dialect === "postgres") {
    const name = postgresName(perEdition);
    await adminQuery(`drop database if exists ${name} with (force)`);
    await adminQuery(`create database ${name}`);
  } else {
    const file = url.slice("sqlite:".length);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}

export async function keptArchive(dialect: Dialect, perEdition: number): Promise<KeptArchive> {
  const { url, location } = await open(dialect, perEdition);
  let db = await createDb(url);
  const loaded = await isLoaded(db);
  if (!loaded) {
    await db.close();
    await emptied(dialect, perEdition, url);
    db = await createDb(url);
  }
  await migrateToLatest(db);
  const indexed =
    (await db.kysely.selectFrom("search_documents").select("article_id").limit(1).execute()).length > 0;
  return {
    db,
    location,
    loaded,
    indexed,
    markLoaded: async () => {
      await sql`create table ${sql.table(MARK_TABLE)} (stories integer not null)`.execute(db.kysely);
      await sql`insert into ${sql.table(MARK_TABLE)} values (${perEdition})`.execute(db.kysely);
    },
  };
}
