import type { Config } from "../config/load.ts";
import { createDb, type Db } from "../db/create-db.ts";
import { migrateToLatest } from "../db/migrate.ts";

/** Opens the configured database for one command and always closes it. */
export async function withDb<T>(config: Config, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await createDb(config.databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Like withDb, with the schema brought up to date first (commands that write). */
export function withMigratedDb<T>(config: Config, work: (db: Db) => Promise<T>): Promise<T> {
  return withDb(config, async (db) => {
    await migrateToLatest(db);
    return work(db);
  });
}
