import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { rulesKept, type StoryLabel, scoreRelated } from "./related-metrics.ts";

const label = (cluster: string | null, extra: Partial<StoryLabel> = {}): StoryLabel => ({
  edition: "en",
  cluster,
  duplicateGroup: null,
  translationGroup: null,
  ...extra,
});

describe("related-story metrics", () => {
  it("scores precision@4 and nDCG@4 with binary gains, skipping unclustered stories as queries", () => {
    const labels = new Map<number, StoryLabel>([
      [1, label("a")],
      [2, label("a")],
      [3, label("a")],
      [4, label("a")],
      [5, label("a")],
      [6, label("b")],
      [7, label(null)],
    ]);
    const lists = new Map<number, number[]>([
      [1, [2, 3, 4, 5]],
      [2, [6, 1, 3, 7]],
      [7, [1, 2]],
    ]);
    const [en] = scoreRelated(lists, labels);
    // Story 1: 4/4, nDCG 1. Story 2: relevant at ranks 2 and 3. Stories 3–6 have empty lists.
    const ideal = 1 + 1 / Math.log2(3) + 0.5 + 1 / Math.log2(5);
    const story2 = (1 / Math.log2(3) + 0.5) / ideal;
    assert.equal(en?.queries, 6);
    assert.ok(Math.abs((en?.precision ?? 0) - (1 + 0.5) / 6) < 1e-9);
    assert.ok(Math.abs((en?.ndcg ?? 0) - (1 + story2) / 6) < 1e-9);
    assert.equal(en?.shortLists, 4);
    assert.ok(en && rulesKept([en]));
  });

  it("counts lists holding the story itself, its translation or two versions of one story", () => {
    const labels = new Map<number, StoryLabel>([
      [1, label("a", { translationGroup: "t1" })],
      [2, label("a", { duplicateGroup: "w" })],
      [3, label("a", { duplicateGroup: "w" })],
      [4, label("a", { edition: "bn", translationGroup: "t1" })],
    ]);
    const lists = new Map<number, number[]>([
      [1, [1, 4]],
      [2, [3]],
      [4, [2, 3]],
    ]);
    const scores = scoreRelated(lists, labels);
    const en = scores.find((s) => s.edition === "en");
    const bn = scores.find((s) => s.edition === "bn");
    assert.deepEqual([en?.self, en?.translations, en?.duplicatePairs, en?.ownVersion], [1, 1, 0, 1]);
    assert.deepEqual([bn?.self, bn?.translations, bn?.duplicatePairs], [0, 0, 1]);
    assert.equal(rulesKept(scores), false);
  });
});
