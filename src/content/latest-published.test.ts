import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { minutesBefore, NOW, seedFixtures } from "../../test/support/fixtures.ts";
import type { Db } from "../db/create-db.ts";
import { latestPublished } from "./article.queries.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`latest stories of several listings on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let fx: Awaited<ReturnType<typeof seedFixtures>>;

    before(async () => {
      db = test.db;
      fx = await seedFixtures(db.kysely);
    });

    it("gives each listing its own newest stories, with bylines, in the order the listings were asked", async () => {
      const nationalIds: number[] = [];
      for (const minutes of [30, 20, 10])
        nationalIds.push(await fx.article({ publishedAt: minutesBefore(NOW, minutes) }));
      const sports = await fx.article({ sectionId: fx.sections.sports, publishedAt: minutesBefore(NOW, 5) });
      await fx.article({ sectionId: fx.sections.sports, status: "draft" });
      const [sportsFirst, nationalSecond, none] = await latestPublished(
        db.kysely,
        [
          { edition: "en", sectionId: fx.sections.sports },
          { edition: "en", sectionId: fx.sections.national, excludeIds: [nationalIds[2] ?? 0] },
          { edition: "bn", sectionId: fx.sections.sports },
        ],
        NOW,
        2,
      );
      assert.deepEqual(
        sportsFirst?.map((s) => s.id),
        [sports],
      );
      assert.deepEqual(
        nationalSecond?.map((s) => s.id),
        [nationalIds[1], nationalIds[0]],
      );
      assert.deepEqual(none, []);
      assert.deepEqual(nationalSecond?.[0]?.authors, [{ slug: "nasima-akter", name: "Nasima Akter" }]);
    });
  });
}
