import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { documentCounts } from "./term-counts.ts";

const AWKWARD = ['quote"d', "back\\slash", "{brace}", "NULL", "it's", "ভাষা", ""];
/** More than SQLite's batch of 500, so the batches are stitched together. */
const MANY = Array.from({ length: 1_200 }, (_, i) => `term${i}`);

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`documentCounts (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    before(async () => {
      const rows = [...AWKWARD, ...MANY].flatMap((term, i) => [
        { edition: "en", term, doc_count: i + 1 },
        { edition: "bn", term, doc_count: 10_000 + i },
      ]);
      for (let i = 0; i < rows.length; i += 500)
        await test.db.kysely
          .insertInto("search_terms")
          .values(rows.slice(i, i + 500))
          .execute();
    });

    it("gives each known term its count in the edition, however it is spelled, and leaves out unknown ones", async () => {
      const counts = await documentCounts(test.db.kysely, "en", [...AWKWARD, "absent"]);
      assert.deepEqual(
        [...counts].sort((a, b) => a[1] - b[1]),
        AWKWARD.map((term, i) => [term, i + 1]),
      );
    });

    it("counts in the asked edition only", async () => {
      assert.deepEqual([...(await documentCounts(test.db.kysely, "bn", ["NULL"]))], [["NULL", 10_003]]);
      assert.equal((await documentCounts(test.db.kysely, "fr", ["NULL"])).size, 0);
    });

    it("answers a long list in full, and an empty one with nothing", async () => {
      const counts = await documentCounts(test.db.kysely, "en", MANY);
      assert.equal(counts.size, MANY.length);
      assert.equal(counts.get("term1199"), AWKWARD.length + 1_200);
      assert.equal((await documentCounts(test.db.kysely, "en", [])).size, 0);
    });
  });
}
