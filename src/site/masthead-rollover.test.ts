import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { testWritePath } from "../../test/support/write-path.ts";
import { createDb } from "../db/create-db.ts";
import { createLogger } from "../logger.ts";
import { announceDay, startMastheadRollover } from "./masthead-rollover.ts";

const NOW = new Date("2026-12-03T17:59:59.500Z");

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the masthead's midnight on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const dayEvents = async () =>
      (
        await test.db.kysely
          .selectFrom("outbox")
          .where("type", "=", "day.changed")
          .select("payload")
          .execute()
      ).map((row) => JSON.parse(row.payload) as { day: string });

    it("is announced once however many nodes reach it at the same moment", async () => {
      // On PostgreSQL each "node" has its own connections; SQLite is one node with one writer.
      const others = dialect === "postgres" ? await Promise.all([1, 2, 3].map(() => createDb(test.url))) : [];
      try {
        const nodes = [test.db, ...others].map((db) => testWritePath(db.kysely, () => NOW));
        const claims = await Promise.all(
          [...nodes, ...nodes].map((writes) => announceDay(writes, "2026-12-04", NOW)),
        );
        assert.equal(claims.filter(Boolean).length, 1);
        assert.deepEqual(
          (await dayEvents()).map((e) => e.day),
          ["2026-12-04"],
        );
        assert.equal(
          await announceDay(nodes[0] as (typeof nodes)[0], "2026-12-05", NOW),
          true,
          "the next day is new",
        );
      } finally {
        await Promise.all(others.map((db) => db.close()));
      }
    });

    it("fires at midnight in the newsroom's time zone", async () => {
      mock.timers.enable({ apis: ["setTimeout", "Date"], now: new Date("2026-12-06T17:59:59.000Z") });
      const rollover = startMastheadRollover({
        writes: testWritePath(test.db.kysely, () => new Date()),
        now: () => new Date(),
        timeZone: "Asia/Dhaka",
        logger: createLogger("silent"),
      });
      try {
        mock.timers.tick(900);
        assert.ok(!(await dayEvents()).some((e) => e.day === "2026-12-07"), "not before midnight");
        mock.timers.tick(100);
        mock.timers.reset();
        const announced = async () => (await dayEvents()).some((e) => e.day === "2026-12-07");
        for (let i = 0; i < 100 && !(await announced()); i++) await new Promise((r) => setTimeout(r, 10));
        assert.ok(await announced(), "the new day is announced at Dhaka's midnight (18:00 UTC)");
      } finally {
        rollover.stop();
        mock.timers.reset();
      }
    });
  });
}
