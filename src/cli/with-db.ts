import type { Config } from "../config/load.ts";
import { createDb, type Db } from "../db/create-db.ts";

/** Opens the configured database for one command and always closes it. */
export async function withDb<T>(config: Config, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await createDb(config.databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
