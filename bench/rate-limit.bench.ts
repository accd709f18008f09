/**
 * What the shared Content API rate limit costs per request: the counter's upsert beside the key
 * lookup every request already makes, on each engine, sequentially (one request's latency).
 * `npm run bench:rate-limit -- [--dialect sqlite|postgres] [--requests N]`
 */
import { parseArgs } from "node:util";
import { authenticateKey, createApiKey } from "../src/distribution/content-api/api-keys.ts";
import { countApiRequest } from "../src/distribution/content-api/rate-limit.ts";
import { unavailable } from "../test/support/databases.ts";
import { freshDatabase, parseDialect } from "./fresh-database.ts";
import { mean, percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const { values } = parseArgs({ options: { dialect: { type: "string" }, requests: { type: "string" } } });
const dialects = values.dialect ? [parseDialect(values.dialect)] : (["sqlite", "postgres"] as const);
const requests = Number(values.requests ?? 5000);

/** Microseconds per call of `step`, after a warm-up of a tenth as many calls. */
async function timed(step: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < requests / 10; i++) await step(i);
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await step(i);
    samples.push((performance.now() - start) * 1000);
  }
  return samples;
}

const rows: string[][] = [];
for (const dialect of dialects) {
  const why = await unavailable(dialect);
  if (why) {
    console.log(`${dialect}: ${why}`);
    continue;
  }
  const fresh = await freshDatabase(dialect);
  try {
    const db = fresh.db.kysely;
    const now = new Date();
    const created = await createApiKey(db, "bench", now);
    const settings = { requests: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
    // Alternating rounds, so load from other work on the machine falls on both alike.
    const lookup: number[] = [];
    const counter: number[] = [];
    for (let round = 0; round < 3; round++) {
      lookup.push(...(await timed(() => authenticateKey(db, created.key, now))));
      counter.push(...(await timed(() => countApiRequest(db, created.id, Date.now(), settings))));
    }
    const figures = (samples: number[]) => [mean(samples), percentile(samples, 50), percentile(samples, 99)];
    const [lookupMean = 0, ...lookupRest] = figures(lookup);
    const [counterMean = 0, ...counterRest] = figures(counter);
    rows.push([
      `${dialect}: key lookup (baseline)`,
      ...[lookupMean, ...lookupRest].map((v) => v.toFixed(0)),
      "1.00",
    ]);
    rows.push([
      `${dialect}: shared counter`,
      ...[counterMean, ...counterRest].map((v) => v.toFixed(0)),
      (counterMean / lookupMean).toFixed(2),
    ]);
  } finally {
    await fresh.drop();
  }
}
console.log(`\n${requests} × 3 sequential calls each; µs per call\n`);
console.log(formatTable(["per request", "mean µs", "p50 µs", "p99 µs", "× lookup"], rows));
