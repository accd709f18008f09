import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { minutesBefore, NOW, seedFixtures } from "../../test/support/fixtures.ts";
import type { Db } from "../db/create-db.ts";
import { isVisibleToReaders, readerArticles } from "./reader-visibility.ts";
import { findStoryRefs } from "./story-ref.queries.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`reader visibility on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let visible: number;
    let hidden: Record<string, number>;

    before(async () => {
      db = test.db;
      const fx = await seedFixtures(db.kysely);
      const past = minutesBefore(NOW, 60);
      visible = await fx.article({ publishedAt: past });
      // Each hidden story has a publication time in the past, so only its status can hide it.
      hidden = {
        draft: await fx.article({ status: "draft", publishedAt: past }),
        in_review: await fx.article({ status: "in_review", publishedAt: past }),
        scheduled: await fx.article({ status: "scheduled", publishedAt: past }),
        unpublished: await fx.article({ status: "unpublished", publishedAt: past }),
        future: await fx.article({ publishedAt: "2026-11-29T07:00:00.000Z" }),
      };
    });

    it("the base query shows a published past story and hides every other", async () => {
      const rows = await readerArticles(db.kysely, NOW).select("a.id").execute();
      assert.deepEqual(
        rows.map((r) => r.id),
        [visible],
      );
    });

    it("the predicate agrees with the query on the stored stories", async () => {
      const stories = await findStoryRefs(db.kysely, [visible, ...Object.values(hidden)]);
      assert.deepEqual(
        stories.filter((s) => isVisibleToReaders(s, NOW)).map((s) => s.id),
        [visible],
      );
    });

    it("a future-dated story shows once its time comes", async () => {
      const later = "2026-11-29T07:00:00.000Z";
      const rows = await readerArticles(db.kysely, later)
        .where("a.id", "=", hidden.future as number)
        .select("a.id")
        .execute();
      assert.equal(rows.length, 1);
      const [story] = await findStoryRefs(db.kysely, [hidden.future as number]);
      assert.ok(story && isVisibleToReaders(story, later));
    });
  });
}
