import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { LRUCache } from "lru-cache";
import pg from "pg";
import type { Database } from "./database.ts";

/** What differs between the engines, decided once here and nowhere else. */
export interface DialectCapabilities {
  name: "sqlite" | "postgres";
}

/** How the connection pool is used at this moment (the metrics endpoint reports it). */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface Db {
  kysely: Kysely<Database>;
  capabilities: DialectCapabilities;
  /** PostgreSQL only: SQLite has one synchronous connection, so there is no pool to watch. */
  poolUse?: () => PoolUse;
  close(): Promise<void>;
}

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/** Opens the database named by a `sqlite:` or `postgres://` URL and checks that it answers. */
export async function createDb(databaseUrl: string): Promise<Db> {
  const db = databaseUrl.startsWith("sqlite:") ? openSqlite(databaseUrl) : openPostgres(databaseUrl);
  try {
    await db.kysely.selectNoFrom((eb) => eb.val(1).as("ok")).execute();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new DatabaseUrlError(`Cannot use database ${redact(databaseUrl)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return db;
}

function openSqlite(databaseUrl: string): Db {
  const location = databaseUrl.slice("sqlite:".length);
  const file = location === ":memory:" || location === "" ? ":memory:" : resolve(location);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file);
  } catch (error) {
    throw new DatabaseUrlError(`Cannot open SQLite file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // SQLite's advice for long-lived connections: sampled planner statistics for tables that lack them.
  sqlite.pragma("analysis_limit = 1000");
  sqlite.pragma("optimize = 0x10002");
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: reusingStatements(sqlite) }),
  });
  return { kysely, capabilities: { name: "sqlite" }, close: () => kysely.destroy() };
}

/** Enough for every statement the app builds, whose SQL text repeats with only its parameters changing. */
const KEPT_STATEMENTS = 1000;

/**
 * Kysely prepares every statement anew, and on SQLite preparing costs about as much as running
 * (a cache miss of an article page spent 40% of its CPU in SQLite). Statements are kept by their
 * SQL text instead. A kept statement must not be shared by two queries at once, which only a
 * streamed query (`.stream()`, which the app never uses) would do: the others run to completion
 * synchronously.
 */
function reusingStatements(sqlite: SQLite.Database) {
  const statements = new LRUCache<string, SQLite.Statement>({ max: KEPT_STATEMENTS });
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(databaseUrl: string): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    connectionTimeoutMillis: 5000,
    // JIT compilation off for every connection: search statements on a large archive are estimated
    // above `jit_above_cost`, and compiling took 57 ms of a statement that ran in 12 ms without it.
    // The app's statements are short reads and writes that JIT cannot pay off on.
    options: "-c jit=off",
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    capabilities: { name: "postgres" },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => kysely.destroy(),
  };
}

/** Hides a password in a URL before it reaches a log line. */
export function redact(databaseUrl: string): string {
  return databaseUrl.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}
