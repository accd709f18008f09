import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { minutesBefore, NOW, seedFixtures } from "../../test/support/fixtures.ts";
import type { Db } from "../db/create-db.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { findPublishedArticle, findTranslations, latestPublished, listPublished } from "./article.queries.ts";
import { findSectionBySlug, listSections } from "./taxonomy.queries.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`content queries on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let fx: Awaited<ReturnType<typeof seedFixtures>>;

    before(async () => {
      db = test.db;
      fx = await seedFixtures(db.kysely);
    });

    it("lists sections in order with localized, Unicode slugs", async () => {
      const bn = await listSections(db.kysely, "bn");
      assert.deepEqual(
        bn.map((s) => s.slug),
        ["জাতীয়", "খেলা"],
      );
      assert.equal((await findSectionBySlug(db.kysely, "bn", "খেলা"))?.key, "sports");
    });

    it("shows readers only published stories whose time has come, newest first", async () => {
      const a = await fx.article();
      const b = await fx.article();
      await fx.article({ status: "draft" });
      await fx.article({ publishedAt: "2026-11-29T07:00:00.000Z" });
      const page = await listPublished(db.kysely, { edition: "en", sectionId: fx.sections.national }, NOW, {
        limit: 10,
        offset: 0,
      });
      assert.deepEqual(
        page.items.map((s) => s.id),
        [a, b],
      );
      assert.equal(page.total, 2);
      assert.deepEqual(page.items[0]?.authors, [{ slug: "nasima-akter", name: "Nasima Akter" }]);
    });

    it("finds an article by section and slug, with tags, and hides an update that is not later", async () => {
      await fx.article({ slug: "river-rises", tagIds: [fx.tags.floods], updatedAt: minutesBefore(NOW, 500) });
      const found = await findPublishedArticle(db.kysely, "en", "national", "river-rises", NOW);
      assert.ok(found);
      assert.deepEqual(
        found.tags.map((t) => t.slug),
        ["floods"],
      );
      assert.equal(found.updatedAt, null, "an updated_at before published_at is not a public update");
      assert.equal(await findPublishedArticle(db.kysely, "en", "sports", "river-rises", NOW), undefined);
    });

    it("links translations across editions and only when published", async () => {
      const en = await fx.article({ slug: "linked", translationGroup: "g1" });
      const bn = await fx.article({
        edition: "bn",
        slug: "যুক্ত",
        headline: "যুক্ত খবর",
        translationGroup: "g1",
      });
      const translations = await findTranslations(db.kysely, { id: en, translationGroup: "g1" }, NOW);
      assert.deepEqual(translations, [
        {
          id: bn,
          edition: "bn",
          headline: "যুক্ত খবর",
          path: `/bn/${encodeURIComponent("জাতীয়")}/${encodeURIComponent("যুক্ত")}`,
        },
      ]);
      // A group holds one story per edition; one whose other edition is still a draft links to nothing.
      const alone = await fx.article({ slug: "not-yet-linked", translationGroup: "g2" });
      await fx.article({ edition: "bn", slug: "খসড়া", translationGroup: "g2", status: "draft" });
      assert.deepEqual(await findTranslations(db.kysely, { id: alone, translationGroup: "g2" }, NOW), []);
    });

    it("gives each listing its own newest stories, with bylines, in the order the listings were asked", async () => {
      await db.kysely.deleteFrom("articles").execute();
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

    it("migrating again changes nothing", async () => {
      assert.deepEqual(await migrateToLatest(db), []);
    });
  });
}
