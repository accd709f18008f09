import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ChecklistStory, characterCount, prePublishChecklist } from "./checklist.ts";

const ready: ChecklistStory = {
  headline: "Storm keeps Chattogram's fishing fleet in port",
  standfirst: "Boats stayed ashore as a deep depression crossed the bay.",
  section: "national",
  authors: ["rahima-khatun"],
  creditLine: null,
  seoDescription: "Fishing boats stay in port as a storm crosses the Bay of Bengal.",
  leadMediaId: 7,
  leadPhoto: { caption: "Boats at anchor.", credit: "Dateline Photo", alt: "Moored boats." },
};

const byId = (story: ChecklistStory) => new Map(prePublishChecklist(story).map((c) => [c.id, c]));

describe("pre-publish checklist", () => {
  it("finds a complete story ready, item by item, blocking nothing", () => {
    const checks = prePublishChecklist(ready);
    assert.deepEqual(
      checks.map((c) => c.id),
      ["headline", "standfirst", "leadPhoto", "section", "byline", "seoDescription"],
    );
    assert.ok(checks.every((c) => c.met && !c.blocking));
  });

  it("holds the headline to 20–110 characters, counted as readers see them", () => {
    const headline = (text: string) => byId({ ...ready, headline: text }).get("headline");
    assert.equal(headline("Too short headline")?.met, false);
    assert.equal(headline("x".repeat(20))?.met, true);
    assert.equal(headline("x".repeat(110))?.met, true);
    assert.equal(headline("x".repeat(111))?.met, false);
    assert.equal(headline("  Exactly twenty chars ")?.met, true, "outer spaces do not count");
    // 20 Bangla letters with vowel signs: 40 code points, 20 characters.
    const bangla = "কি".repeat(20);
    assert.equal(bangla.length, 40);
    assert.equal(characterCount(bangla), 20);
    assert.equal(headline(bangla)?.met, true);
    const counted = headline("বন্যায় ডুবেছে সিলেট");
    assert.ok(counted?.id === "headline" && counted.length === characterCount("বন্যায় ডুবেছে সিলেট"));
  });

  it("warns about a missing standfirst, byline or SEO description without blocking", () => {
    const checks = byId({ ...ready, standfirst: "  ", authors: [], creditLine: " ", seoDescription: null });
    for (const id of ["standfirst", "byline", "seoDescription"] as const) {
      assert.equal(checks.get(id)?.met, false, id);
      assert.equal(checks.get(id)?.blocking, false, id);
    }
  });

  it("takes an agency credit in place of a byline", () => {
    assert.equal(byId({ ...ready, authors: [], creditLine: "Reuters" }).get("byline")?.met, true);
  });

  it("warns about no lead photo, and blocks one without caption, credit or alt text", () => {
    const none = byId({ ...ready, leadMediaId: null, leadPhoto: null }).get("leadPhoto");
    assert.deepEqual({ met: none?.met, blocking: none?.blocking }, { met: false, blocking: false });
    const bare = byId({ ...ready, leadPhoto: { caption: "Boats.", credit: "", alt: " " } }).get("leadPhoto");
    assert.ok(bare?.id === "leadPhoto");
    assert.deepEqual(
      { met: bare.met, blocking: bare.blocking, missing: bare.missing },
      { met: false, blocking: true, missing: ["credit", "alt"] },
    );
  });
});
