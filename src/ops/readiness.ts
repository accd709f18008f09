import { type Kysely, sql } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";

/** Longest a readiness probe waits for `select 1`; a database slower than this is not ready. */
const PING_TIMEOUT_MS = 2000;
/**
 * How long a migration check is believed. Asking the migrator reads the schema, too heavy for
 * every probe of every load balancer, and a deploy's migrations do not come and go in seconds.
 */
const MIGRATIONS_FRESH_MS = 10_000;

export interface ReadinessSources {
  db: Kysely<Database>;
  /** The migrations this code knows that the database lacks. */
  pendingMigrations(): Promise<string[]>;
  /** True once the process has begun to shut down. */
  draining(): boolean;
  now: Clock;
  /** Told why a check failed; the answer itself names only the check, since anyone may probe it. */
  onFailure(check: string, error: unknown): void;
}

/** Each check's verdict: "ok", or what is wrong in a few words. */
export interface Readiness {
  ready: boolean;
  checks: { database: string; migrations: string; shutdown: string };
}

/** Whether this process should get traffic: it is not shutting down, its database answers and is up to date. */
export function createReadiness(sources: ReadinessSources): () => Promise<Readiness> {
  let migrations: { verdict: string; at: number } | undefined;

  async function migrationVerdict(): Promise<string> {
    const at = sources.now().getTime();
    if (migrations && at - migrations.at < MIGRATIONS_FRESH_MS) return migrations.verdict;
    const pending = await sources.pendingMigrations();
    const verdict = pending.length === 0 ? "ok" : `pending: ${pending.join(", ")}`;
    migrations = { verdict, at };
    return verdict;
  }

  return async () => {
    const database = await ping(sources.db).catch((error: unknown) => {
      sources.onFailure("database", error);
      return "unreachable";
    });
    const checks = {
      database,
      // Without a database the migrations cannot be read; that is the database's failure, not theirs.
      migrations:
        database === "ok"
          ? await migrationVerdict().catch((error: unknown) => {
              sources.onFailure("migrations", error);
              return "unknown";
            })
          : "not checked",
      shutdown: sources.draining() ? "draining" : "ok",
    };
    return { ready: Object.values(checks).every((verdict) => verdict === "ok"), checks };
  };
}

async function ping(db: Kysely<Database>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${PING_TIMEOUT_MS} ms`), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([sql`select 1`.execute(db).then(() => "ok"), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
