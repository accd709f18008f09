import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { evaluateRelated } from "./related-evaluation.ts";
import { rulesKept } from "./related-metrics.ts";

/** Well under the 0.8 aimed for on the full set: a reduced set is a smoke test, not the measurement. */
const PRECISION_FLOOR = 0.6;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`related-stories evaluation on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);

    it("keeps the rules and finds mostly same-cluster stories on a reduced labelled set", async () => {
      const result = await evaluateRelated(test.db.kysely, {
        labelled: { clusters: 6, storiesPerCluster: { min: 7, max: 9 }, noise: 10 },
      });
      assert.deepEqual(
        result.scores.map((s) => s.edition),
        ["en", "bn"],
      );
      assert.ok(rulesKept(result.scores), JSON.stringify(result.scores));
      for (const score of result.scores) {
        assert.ok(score.queries >= 6 * 7, `${score.edition}: ${score.queries} stories scored`);
        assert.ok(score.precision >= PRECISION_FLOOR, `${score.edition}: precision@4 ${score.precision}`);
      }
    });
  });
}
