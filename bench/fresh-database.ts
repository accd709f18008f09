import { createDb, type Db } from "../src/db/create-db.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { createTestDatabase, type Dialect } from "../test/support/databases.ts";

export interface FreshDatabase {
  db: Db;
  url: string;
  /** Closes the connection and removes the database (the temporary file, or the PostgreSQL database). */
  drop(): Promise<void>;
}

/** A new, migrated database of the dialect, thrown away afterwards: benches never touch real data. */
export async function freshDatabase(dialect: Dialect): Promise<FreshDatabase> {
  const database = await createTestDatabase(dialect);
  // An interrupted run still removes its database, which holds gigabytes once an archive is loaded.
  // The drop goes first: a forced PostgreSQL drop ends the connections, and Linux lets a file be
  // removed while SQLite still has it open.
  const onSignal = () => {
    void database.drop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const db = await createDb(database.url);
  await migrateToLatest(db);
  return {
    db,
    url: database.url,
    drop: async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await db.close();
      await database.drop();
    },
  };
}

export function parseDialect(value: string | undefined): Dialect {
  if (value === undefined || value === "sqlite" || value === "postgres") return value ?? "sqlite";
  throw new Error(`--dialect must be sqlite or postgres, not ${value}`);
}
