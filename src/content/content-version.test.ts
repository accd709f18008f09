import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { bumpContentVersion } from "./content.writes.ts";
import { ContentVersionWatcher } from "./content-version.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`ContentVersionWatcher on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);

    it("sees this process's write at once after invalidate()", async () => {
      const watcher = new ContentVersionWatcher(test.db.kysely, { maxStalenessMs: 60_000 });
      const first = await watcher.current();
      await bumpContentVersion(test.db.kysely);
      assert.equal(await watcher.current(), first, "within the staleness bound it keeps the number it read");
      watcher.invalidate();
      assert.equal(await watcher.current(), first + 1);
    });

    it("sees another process's write once the staleness bound has passed", async () => {
      const watcher = new ContentVersionWatcher(test.db.kysely, { maxStalenessMs: 30 });
      const first = await watcher.current();
      await bumpContentVersion(test.db.kysely);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(await watcher.current(), first + 1);
    });

    it("lets concurrent callers share one read", async () => {
      const watcher = new ContentVersionWatcher(test.db.kysely, { maxStalenessMs: 60_000 });
      const versions = await Promise.all(Array.from({ length: 20 }, () => watcher.current()));
      assert.equal(new Set(versions).size, 1);
    });
  });
}
