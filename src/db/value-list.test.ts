import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { inValueList } from "./value-list.ts";

const AWKWARD = ['quote"d', "comma,ed", "back\\slash", "{brace}", "NULL", "it's", "ভাষা", ""];

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`inValueList (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    before(async () => {
      await test.db.kysely
        .insertInto("search_terms")
        .values([...AWKWARD, "plain"].map((term, i) => ({ edition: "en", term, doc_count: i + 1 })))
        .execute();
    });

    const termsWhere = async (values: readonly string[]) =>
      (
        await test.db.kysely
          .selectFrom("search_terms")
          .where(inValueList(test.db.kysely, "term", values, "text"))
          .select("term")
          .orderBy("doc_count")
          .execute()
      ).map((r) => r.term);

    it("matches exactly the listed values, however they are spelled", async () => {
      assert.deepEqual(await termsWhere([...AWKWARD, "absent"]), AWKWARD);
      assert.deepEqual(await termsWhere(["plain", "comma"]), ["plain"]);
    });

    it("matches nothing for an empty list", async () => {
      assert.deepEqual(await termsWhere([]), []);
    });

    it("compares numbers as numbers", async () => {
      const rows = await test.db.kysely
        .selectFrom("search_terms")
        .where(inValueList(test.db.kysely, "doc_count", [2, 9, 40], "integer"))
        .select("term")
        .orderBy("doc_count")
        .execute();
      assert.deepEqual(
        rows.map((r) => r.term),
        [AWKWARD[1], "plain"],
      );
    });
  });
}
