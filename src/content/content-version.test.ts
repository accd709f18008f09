import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
  unavailable,
} from "../../test/support/databases.ts";
import { createDb, type Db } from "../db/create-db.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { bumpContentVersion } from "./content.writes.ts";
import { ContentVersionWatcher } from "./content-version.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`ContentVersionWatcher on ${dialect}`, { skip }, () => {
    let database: TestDatabase;
    let db: Db;
    before(async () => {
      database = await createTestDatabase(dialect);
      db = await createDb(database.url);
      await migrateToLatest(db);
    });
    after(async () => {
      await db?.close();
      await database?.drop();
    });

    it("sees this process's write at once after invalidate()", async () => {
      const watcher = new ContentVersionWatcher(db.kysely, { maxStalenessMs: 60_000 });
      const first = await watcher.current();
      await bumpContentVersion(db.kysely);
      assert.equal(await watcher.current(), first, "within the staleness bound it keeps the number it read");
      watcher.invalidate();
      assert.equal(await watcher.current(), first + 1);
    });

    it("sees another process's write once the staleness bound has passed", async () => {
      const watcher = new ContentVersionWatcher(db.kysely, { maxStalenessMs: 30 });
      const first = await watcher.current();
      await bumpContentVersion(db.kysely);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await watcher.current(), first + 1);
    });

    it("lets concurrent callers share one read", async () => {
      const watcher = new ContentVersionWatcher(db.kysely, { maxStalenessMs: 60_000 });
      const versions = await Promise.all(Array.from({ length: 20 }, () => watcher.current()));
      assert.equal(new Set(versions).size, 1);
    });
  });
}
