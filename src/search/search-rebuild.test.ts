import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { NOW, seedFixtures } from "../../test/support/fixtures.ts";
import type { Db } from "../db/create-db.ts";
import { relatedIdsFor, storeRelated } from "./related/related-stories.ts";
import { searchArticles } from "./search.service.ts";
import { SearchParams } from "./search.types.ts";
import { engineFor } from "./search-index.ts";
import { ensureSearch, rebuildSearch } from "./search-rebuild.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search at start-up on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let fx: Awaited<ReturnType<typeof seedFixtures>>;
    const now = new Date(NOW);

    before(async () => {
      db = test.db;
      fx = await seedFixtures(db.kysely);
    });
    beforeEach(async () => {
      await db.kysely.deleteFrom("articles").execute();
    });

    async function hits(q: string) {
      const results = await searchArticles(db.kysely, "en", SearchParams.parse({ q }), NOW, 10, "Asia/Dhaka");
      return results.hits.map((h) => h.article.id);
    }

    /** What a migration that stores the index anew leaves: stories, related stories, no index. */
    async function emptyIndex() {
      await engineFor(db.kysely).eraseAllText(db.kysely);
      for (const table of ["search_document_authors", "search_documents", "search_terms"] as const)
        await db.kysely.deleteFrom(table).execute();
    }

    it("rebuilds an emptied index and keeps the related stories already stored", async () => {
      const river = await fx.article({
        headline: "River ferries resume",
        bodyHtml: "<p>Ferries crossed.</p>",
      });
      const market = await fx.article({ headline: "Market prices steady", bodyHtml: "<p>Rice held.</p>" });
      await rebuildSearch(db.kysely, now);
      assert.equal(await ensureSearch(db.kysely, now), false, "an index that is there is left alone");
      // Not what the engine would compute: only kept rows can still be here afterwards.
      await storeRelated(db.kysely, river, [market]);
      await emptyIndex();
      assert.deepEqual(await hits("ferries"), []);
      assert.equal(await ensureSearch(db.kysely, now), true);
      assert.deepEqual(await hits("ferries"), [river]);
      assert.deepEqual(await relatedIdsFor(db.kysely, river), [market]);
    });

    it("is built once when several nodes start at once on an emptied index", async () => {
      const river = await fx.article({
        headline: "River ferries resume",
        bodyHtml: "<p>Ferries crossed.</p>",
      });
      await rebuildSearch(db.kysely, now);
      await emptyIndex();
      const built = await Promise.all([1, 2, 3].map(() => ensureSearch(db.kysely, now)));
      assert.equal(built.filter(Boolean).length, 1, `built by ${built.filter(Boolean).length} starts`);
      assert.deepEqual(await hits("ferries"), [river]);
    });

    it("computes related stories too when none are stored", async () => {
      const first = await fx.article({
        headline: "Jamuna embankment breached",
        bodyHtml: "<p>Floodwater breached the Jamuna embankment near the char villages.</p>",
      });
      const second = await fx.article({
        headline: "Engineers sandbag the Jamuna embankment",
        bodyHtml: "<p>Engineers sandbagged the cracked embankment as the flood crest moved south.</p>",
      });
      await db.kysely.deleteFrom("related_stories").execute();
      assert.equal(await ensureSearch(db.kysely, now), true);
      assert.deepEqual((await hits("embankment")).sort(), [first, second].sort());
      assert.deepEqual(await relatedIdsFor(db.kysely, first), [second]);
    });
  });
}
