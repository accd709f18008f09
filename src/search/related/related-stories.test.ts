import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../../test/support/databases.ts";
import { NOW, seedFixtures } from "../../../test/support/fixtures.ts";
import { testWritePath } from "../../../test/support/write-path.ts";
import { moveArticle } from "../../content/article-workflow.ts";
import type { Db } from "../../db/create-db.ts";
import { rebuildSearchIndex } from "../search-index.ts";
import { RELATED_REFRESH_JOB, relatedRefreshJob } from "./related.job.ts";
import { computeRelated, refreshAllRelated, relatedIdsFor } from "./related-stories.ts";

const FLOOD = [
  "Floodwater breached the embankment near the char villages as the Jamuna kept rising.",
  "Relief boats reached stranded families after the embankment failed along the Jamuna.",
  "Farmers counted lost paddy as floodwater covered the char land beside the Jamuna embankment.",
  "Engineers sandbagged the cracked embankment while the Jamuna flood crest moved south.",
];
const CRICKET = [
  "The opener scored a century as the pace bowlers kept the visitors to a modest total.",
  "Spinners turned the match after the openers fell cheaply in the second innings.",
];
const NOISE =
  "The ministry said officials would review the matter and report back to the committee next month.";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`related stories on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let fx: Awaited<ReturnType<typeof seedFixtures>>;

    before(async () => {
      db = test.db;
      fx = await seedFixtures(db.kysely);
    });
    beforeEach(async () => {
      await db.kysely.deleteFrom("articles").execute();
      await db.kysely.deleteFrom("jobs").execute();
    });

    async function story(headline: string, body: string, extra: Parameters<typeof fx.article>[0] = {}) {
      return fx.article({ headline, bodyHtml: `<p>${body}</p><p>${NOISE}</p>`, ...extra });
    }

    it("finds stories on the same topic, never the story itself, its translation or a second version", async () => {
      const main = await story("Jamuna embankment breached", FLOOD[0] as string, { translationGroup: "g1" });
      const relief = await story("Relief boats reach char families", FLOOD[1] as string);
      const paddy = await story("Paddy lost to Jamuna flood", FLOOD[2] as string);
      const wire1 = await story("Engineers race to hold Jamuna embankment", FLOOD[3] as string);
      const wire2 = await story("Engineers race to hold Jamuna embankment.", FLOOD[3] as string);
      // A group holds one story per edition, so its other story here is the Bangla one.
      const sameGroup = await story("Jamuna embankment breached (copy)", FLOOD[0] as string, {
        translationGroup: "g1",
        edition: "bn",
      });
      const century = await story("Opener's century sets up win", CRICKET[0] as string);
      await story("Spinners turn the match", CRICKET[1] as string);
      await rebuildSearchIndex(db.kysely);
      const related = await computeRelated(db.kysely, main, NOW);
      assert.ok(!related.includes(main), "never itself");
      assert.ok(!related.includes(sameGroup), "never its translation");
      assert.ok(!(related.includes(wire1) && related.includes(wire2)), "one version of a wire story");
      assert.deepEqual(
        new Set(related.slice(0, 3)),
        new Set([relief, paddy, related.includes(wire1) ? wire1 : wire2]),
      );
      assert.ok(!related.slice(0, 3).includes(century));
    });

    it("puts the editors' pins first", async () => {
      const main = await story("Jamuna embankment breached", FLOOD[0] as string);
      const relief = await story("Relief boats reach char families", FLOOD[1] as string);
      const century = await story("Opener's century sets up win", CRICKET[0] as string);
      await rebuildSearchIndex(db.kysely);
      await refreshAllRelated(db.kysely, NOW);
      await db.kysely
        .insertInto("related_pins")
        .values({ article_id: main, position: 0, related_id: century })
        .execute();
      const shown = await relatedIdsFor(db.kysely, main);
      assert.equal(shown[0], century);
      assert.ok(shown.includes(relief));
      assert.equal(shown.filter((id) => id === century).length, 1, "a pinned story is not listed twice");
    });

    it("computes a story's related stories on publish and queues a refresh for the stories it affects", async () => {
      const a = await story("Jamuna embankment breached", FLOOD[0] as string);
      const b = await story("Relief boats reach char families", FLOOD[1] as string);
      await rebuildSearchIndex(db.kysely);
      await refreshAllRelated(db.kysely, NOW);
      const draft = await story("Paddy lost to Jamuna flood", FLOOD[2] as string, {
        status: "draft",
        publishedAt: null,
      });
      await moveArticle(
        testWritePath(db.kysely, () => new Date(NOW)),
        draft,
        "publish",
        { user: null, ip: null, now: new Date(NOW) },
      );
      const own = await relatedIdsFor(db.kysely, draft);
      assert.ok(own.includes(a) && own.includes(b), "stored at publication");
      const jobs = await db.kysely
        .selectFrom("jobs")
        .where("kind", "=", RELATED_REFRESH_JOB)
        .select("payload")
        .execute();
      const queued = jobs.flatMap((j) => (JSON.parse(j.payload) as { articleIds: number[] }).articleIds);
      assert.ok(queued.includes(a) && queued.includes(b), "the stories it resembles are refreshed");
      await relatedRefreshJob(
        testWritePath(db.kysely, () => new Date(NOW)),
        () => new Date(NOW),
      ).run({ articleIds: queued });
      assert.ok((await relatedIdsFor(db.kysely, a)).includes(draft), "the job added it to their lists");
      await db.kysely.deleteFrom("jobs").execute();
      await moveArticle(
        testWritePath(db.kysely, () => new Date(NOW)),
        draft,
        "unpublish",
        { user: null, ip: null, now: new Date(NOW) },
      );
      const after = await db.kysely
        .selectFrom("jobs")
        .where("kind", "=", RELATED_REFRESH_JOB)
        .select("payload")
        .execute();
      const refreshed = after.flatMap((j) => (JSON.parse(j.payload) as { articleIds: number[] }).articleIds);
      assert.ok(refreshed.includes(a), "stories that listed it are refreshed");
      assert.deepEqual(await relatedIdsFor(db.kysely, draft), []);
    });
  });
}
