/**
 * `npm run eval:related`: precision@4 and nDCG@4 of related stories on the labelled synthetic
 * set, per edition, in a fresh database (SQLite by default). Exits non-zero when any list breaks
 * a rule (the story itself, its translation, or two versions of one wire story), so CI can run it.
 *
 * Options: --dialect sqlite|postgres, --background N archive stories per edition (default 2000).
 */
import { parseArgs } from "node:util";
import { freshDatabase, parseDialect } from "./fresh-database.ts";
import { evaluateRelated } from "./synthetic/related-evaluation.ts";
import { CUTOFF, rulesKept } from "./synthetic/related-metrics.ts";
import { formatTable } from "./table.ts";

const PRECISION_TARGET = 0.8;

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    background: { type: "string", default: "2000" },
  },
});
const dialect = parseDialect(args.dialect);
const background = Number(args.background);
if (!Number.isInteger(background) || background < 0) throw new Error("--background must be a whole number");

const fresh = await freshDatabase(dialect);
try {
  const result = await evaluateRelated(fresh.db.kysely, { background });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `related-stories evaluation: ${dialect}, ${result.stories.labelled} labelled stories ` +
      `and ${result.stories.background} background stories; load ${s(result.timings.load)}, ` +
      `index ${s(result.timings.index)}, refreshRelated for every labelled story ${s(result.timings.related)} ` +
      `(${(result.timings.related / result.stories.labelled).toFixed(1)} ms each)\n`,
  );
  const header = [
    "edition",
    "stories scored",
    `precision@${CUTOFF}`,
    `nDCG@${CUTOFF}`,
    `lists < ${CUTOFF}`,
    "self",
    "translation",
    "duplicate pair",
    "own wire version",
    `precision ≥ ${PRECISION_TARGET}`,
  ];
  const rows = result.scores.map((e) => [
    e.edition,
    String(e.queries),
    e.precision.toFixed(3),
    e.ndcg.toFixed(3),
    String(e.shortLists),
    String(e.self),
    String(e.translations),
    String(e.duplicatePairs),
    String(e.ownVersion),
    e.precision >= PRECISION_TARGET ? "yes" : "no",
  ]);
  console.log(formatTable(header, rows));
  if (!rulesKept(result.scores)) {
    console.error(
      "\nFAILED: a related list holds the story itself, its translation or two versions of one story",
    );
    process.exitCode = 1;
  }
} finally {
  await fresh.drop();
}
