import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import pg from "pg";
import { createDb, type Db } from "../../src/db/create-db.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createFromMigratedTemplate } from "./migrated-template.ts";

export type Dialect = "sqlite" | "postgres";

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** Dialects under test: both by default, narrowed with DIALECTS=sqlite for a machine without PostgreSQL. */
export const DIALECTS: Dialect[] = (process.env.DIALECTS ?? "sqlite,postgres")
  .split(",")
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === "sqlite" || d === "postgres");

let postgresProbe: Promise<string | undefined> | undefined;

/**
 * A server that is up answers within a few seconds even on a loaded machine (the suite runs its
 * files in parallel); one that is down refuses at once. So a slow answer is retried, not taken
 * for absence, and only a refusal or repeated silence skips (or, in CI, fails).
 */
const PROBE_ATTEMPTS = 3;
const PROBE_TIMEOUT_MS = 10_000;

async function probePostgres(): Promise<Error | undefined> {
  let failure: Error | undefined;
  for (let attempt = 1; attempt <= PROBE_ATTEMPTS; attempt++) {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
    try {
      await client.connect();
      await client.query("select 1");
      return undefined;
    } catch (error) {
      failure = error as Error;
      if (!/timeout/i.test(failure.message)) return failure;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return failure;
}

/** Why this dialect cannot run here, or undefined when it can. In CI an unreachable PostgreSQL is an error. */
export async function unavailable(dialect: Dialect): Promise<string | undefined> {
  if (dialect === "sqlite") return undefined;
  postgresProbe ??= probePostgres().then((error) => {
    if (!error) return undefined;
    const reason = `PostgreSQL at ${ADMIN_URL} is unreachable (${error.message})`;
    if (process.env.CI) throw new Error(`${reason}; CI requires it`);
    return `${reason}; skipped (set DIALECTS=sqlite to silence)`;
  });
  return postgresProbe;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of the dialect; `drop` removes it and its files. */
export function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  return newTestDatabase(dialect, "empty");
}

/**
 * A fresh database of the dialect with every migration applied: on PostgreSQL a copy of a
 * migrated template (see migrated-template.ts), on SQLite, where migrating takes milliseconds, a
 * new file migrated.
 */
export function createMigratedTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  return newTestDatabase(dialect, "migrated");
}

async function newTestDatabase(dialect: Dialect, schema: "empty" | "migrated"): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "dateline-db-"));
    const database = {
      url: `sqlite:${join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
    if (schema === "migrated") await migrate(database.url);
    return database;
  }
  const name = `dateline_test_${randomBytes(6).toString("hex")}`;
  if (schema === "migrated") await createFromMigratedTemplate(ADMIN_URL, name);
  else await adminQuery(`create database ${name}`);
  // A test never outlives a crash of PostgreSQL itself, so its commits need not wait for the disk:
  // everything else (visibility, locks, notifications) is unchanged, and a suite of small commits
  // no longer queues behind one another's flushes.
  await adminQuery(`alter database ${name} set synchronous_commit = off`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function migrate(url: string): Promise<void> {
  const db = await createDb(url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.close();
  }
}

export async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Gives the enclosing suite a fresh, migrated database of the dialect, created before its tests
 * and dropped after them. Read `.db` inside hooks and tests.
 */
export function useMigratedDatabase(dialect: Dialect): { readonly db: Db; readonly url: string } {
  let database: TestDatabase | undefined;
  let db: Db | undefined;
  before(async () => {
    database = await createMigratedTestDatabase(dialect);
    db = await createDb(database.url);
  });
  after(async () => {
    await db?.close();
    await database?.drop();
  });
  return {
    get db() {
      if (!db) throw new Error("the test database is not ready yet");
      return db;
    },
    /** For a second connection, as another node would open. */
    get url() {
      if (!database) throw new Error("the test database is not ready yet");
      return database.url;
    },
  };
}
