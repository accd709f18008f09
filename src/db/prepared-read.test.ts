import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { preparedRead } from "./prepared-read.ts";

const SECTIONS = [
  { id: 1, key: "news", position: 1 },
  { id: 2, key: "sport", position: 2 },
  { id: 3, key: "opinion", position: 3 },
];

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`preparedRead (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    before(async () => {
      await test.db.kysely.insertInto("sections").values(SECTIONS).execute();
    });

    it("runs each call with its own values, lists of any length and optional filters alike", async () => {
      const read = preparedRead(
        (db, p: { ids: readonly number[]; from?: number; limit: number; newestFirst: boolean }) => {
          let q = db.selectFrom("sections").where("id", "in", p.ids).select(["id", "key"]).limit(p.limit);
          if (p.from !== undefined) q = q.where("position", ">=", p.from);
          return q.orderBy("position", p.newestFirst ? "desc" : "asc");
        },
      );
      const db = test.db.kysely;
      const keys = async (p: Parameters<typeof read>[1]) => (await read(db, p)).map((r) => r.key);
      assert.deepEqual(await keys({ ids: [1, 2], limit: 5, newestFirst: false }), ["news", "sport"]);
      assert.deepEqual(await keys({ ids: [2, 3], limit: 5, newestFirst: false }), ["sport", "opinion"]);
      assert.deepEqual(await keys({ ids: [1, 2, 3], limit: 2, newestFirst: true }), ["opinion", "sport"]);
      assert.deepEqual(await keys({ ids: [1, 2, 3], limit: 5, from: 2, newestFirst: false }), [
        "sport",
        "opinion",
      ]);
      assert.deepEqual(await keys({ ids: [1, 2, 3], limit: 5, newestFirst: false }), [
        "news",
        "sport",
        "opinion",
      ]);
    });

    it("refuses a read whose statement depends on a value, rather than run a wrong one", async () => {
      const read = preparedRead((db, p: { key: string }) =>
        db
          .selectFrom("sections")
          .where("key", "=", p.key === "news" ? "news" : "sport")
          .select("id"),
      );
      await assert.rejects(read(test.db.kysely, { key: "news" }), /values used to build the SQL/);
    });
  });
}
