import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createDb } from "../db/create-db.ts";
import { createReadiness } from "./readiness.ts";

describe("readiness", async () => {
  const db = await createDb("sqlite::memory:");
  after(() => db.close());

  it("turns unready as soon as the process starts draining, whatever the database says", async () => {
    let draining = false;
    const readiness = createReadiness({
      db: db.kysely,
      pendingMigrations: async () => [],
      draining: () => draining,
      now: () => new Date("2026-12-03T00:00:00Z"),
      onFailure: () => undefined,
    });
    assert.equal((await readiness()).ready, true);
    draining = true;
    assert.deepEqual(await readiness(), {
      ready: false,
      checks: { database: "ok", migrations: "ok", shutdown: "draining" },
    });
  });

  it("says a migration check that failed is unknown, and tells why only to the log", async () => {
    const failures: string[] = [];
    const readiness = createReadiness({
      db: db.kysely,
      pendingMigrations: async () => {
        throw new Error("permission denied for table kysely_migration");
      },
      draining: () => false,
      now: () => new Date("2026-12-03T00:00:00Z"),
      onFailure: (check) => failures.push(check),
    });
    assert.deepEqual((await readiness()).checks.migrations, "unknown");
    assert.deepEqual(failures, ["migrations"]);
  });
});
