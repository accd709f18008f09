/**
 * `npm run bench:search`: search and related stories against a ten-year synthetic archive.
 *
 * Loads N generated stories per edition into a fresh database of the chosen dialect (a temporary
 * SQLite file, or a temporary PostgreSQL database dropped at the end), builds the index, then times
 * a mix of reader queries through `searchArticles` and related-story computation through
 * `computeRelated`, one call at a time, as a page request makes them.
 *
 * Options: --dialect sqlite|postgres (default sqlite), --stories N per edition (100000),
 * --queries N (1000), --related N stories per edition (200).
 */
import { availableParallelism, cpus } from "node:os";
import { parseArgs } from "node:util";
import { DEFAULT_SITE } from "../src/config/site.ts";
import type { Lang } from "../src/demo/banks/types.ts";
import { LANGS } from "../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../src/demo/prng.ts";
import { computeRelated } from "../src/search/related/related-stories.ts";
import { searchArticles } from "../src/search/search.service.ts";
import { SearchParams } from "../src/search/search.types.ts";
import { rebuildSearchIndex } from "../src/search/search-index.ts";
import { type FreshDatabase, freshDatabase, parseDialect } from "./fresh-database.ts";
import { searchTableSizes } from "./index-size.ts";
import { mean, percentile } from "./stats.ts";
import { ARCHIVE_NOW, archiveBatches } from "./synthetic/archive.ts";
import { loadSyntheticStories } from "./synthetic/load-stories.ts";
import { QUERY_TYPES, queryMix, type SyntheticQuery } from "./synthetic/query-mix.ts";
import { formatTable } from "./table.ts";

const TARGET_MS = 20;
const WARM_UP_QUERIES = 100;

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    stories: { type: "string", default: "100000" },
    queries: { type: "string", default: "1000" },
    related: { type: "string", default: "200" },
  },
});
const dialect = parseDialect(args.dialect);
const perEdition = positiveInt(args.stories, "--stories");
const queryCount = positiveInt(args.queries, "--queries");
const relatedPerEdition = positiveInt(args.related, "--related");

function positiveInt(raw: string | undefined, name: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => ms.toFixed(2);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const count = (n: number) => n.toLocaleString("en-US");

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

interface QuerySample {
  query: SyntheticQuery;
  ms: number;
  total: number;
}

/** A long run says how far it has got, on stderr so the tables on stdout stay clean. */
function progress(label: string, done: number, total: number): void {
  if (done % 100 === 0 || done === total) process.stderr.write(`  ${label}: ${done}/${total}\n`);
}

async function runQueries(fresh: FreshDatabase, queries: readonly SyntheticQuery[]): Promise<QuerySample[]> {
  const samples: QuerySample[] = [];
  for (const query of queries) {
    progress("queries", samples.length, queries.length);
    const params = SearchParams.parse({ q: query.q, sort: query.sort });
    const { result, ms } = await timed(() =>
      searchArticles(
        fresh.db.kysely,
        query.edition,
        params,
        ARCHIVE_NOW,
        DEFAULT_SITE.pageSize,
        DEFAULT_SITE.timeZone,
      ),
    );
    samples.push({ query, ms, total: result.total });
  }
  return samples;
}

function latencyRow(label: string, ms: readonly number[], extra: string[] = []): string[] {
  const p95 = percentile(ms, 95);
  return [
    label,
    count(ms.length),
    millis(percentile(ms, 50)),
    millis(p95),
    millis(percentile(ms, 99)),
    millis(Math.max(...ms)),
    ...extra,
    (p95 / TARGET_MS).toFixed(2),
  ];
}

function printSearch(samples: readonly QuerySample[]): void {
  const groups: [string, QuerySample[]][] = [
    ...QUERY_TYPES.map((type): [string, QuerySample[]] => [
      type,
      samples.filter((s) => s.query.type === type),
    ]),
    ...LANGS.map((lang): [string, QuerySample[]] => [
      `edition ${lang}`,
      samples.filter((s) => s.query.edition === lang),
    ]),
    ["sort relevance", samples.filter((s) => s.query.sort === "relevance")],
    ["sort newest", samples.filter((s) => s.query.sort === "newest")],
    ["all queries", [...samples]],
  ];
  const rows = groups
    .filter(([, group]) => group.length > 0)
    .map(([label, group]) =>
      latencyRow(
        label,
        group.map((s) => s.ms),
        [
          count(Math.round(mean(group.map((s) => s.total)))),
          `${((100 * group.filter((s) => s.total === 0).length) / group.length).toFixed(0)}%`,
        ],
      ),
    );
  const header = [
    "queries",
    "n",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
    "mean hits",
    "no hits",
    "p95 / 20 ms",
  ];
  console.log(formatTable(header, rows));
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log("\nslowest queries:");
  for (const s of slowest) {
    console.log(`  ${millis(s.ms)} ms  ${s.query.edition} ${s.query.type} (${s.query.sort}): ${s.query.q}`);
  }
}

/** Story ids to time related stories on, drawn evenly from each edition's whole archive. */
async function relatedSample(fresh: FreshDatabase, lang: Lang): Promise<number[]> {
  const rows = await fresh.db.kysely
    .selectFrom("articles")
    .where("edition", "=", lang)
    .select("id")
    .orderBy("id")
    .execute();
  const rng = new Rng(hashSeed(`related-sample/${lang}`));
  return rng.shuffle(rows.map((r) => r.id)).slice(0, relatedPerEdition);
}

async function timeRelated(fresh: FreshDatabase): Promise<void> {
  const rows: string[][] = [];
  for (const lang of LANGS) {
    const ids = await relatedSample(fresh, lang);
    await computeRelated(fresh.db.kysely, ids[0] ?? 0, ARCHIVE_NOW);
    const ms: number[] = [];
    const found: number[] = [];
    for (const id of ids) {
      progress(`related ${lang}`, ms.length, ids.length);
      const { result, ms: elapsed } = await timed(() => computeRelated(fresh.db.kysely, id, ARCHIVE_NOW));
      ms.push(elapsed);
      found.push(result.length);
    }
    rows.push(latencyRow(`computeRelated, ${lang}`, ms, [millis(mean(ms)), mean(found).toFixed(1)]));
  }
  const header = [
    "related stories",
    "stories",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
    "mean ms",
    "found",
    "p95 / 20 ms",
  ];
  console.log(formatTable(header, rows));
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `search bench: ${dialect}, ${count(perEdition)} stories per edition, ${count(queryCount)} queries, ` +
      `related on ${relatedPerEdition} stories per edition; ${availableParallelism()} × ${cpu}, Node ${process.version}`,
  );
  const fresh = await freshDatabase(dialect);
  try {
    const load = await timed(() =>
      loadSyntheticStories(fresh.db.kysely, archiveBatches({ perEdition }), { now: ARCHIVE_NOW }),
    );
    const index = await timed(() => rebuildSearchIndex(fresh.db.kysely));
    console.log("");
    console.log(
      formatTable(
        ["step", "time", "per story"],
        [
          [
            `load ${count(load.result)} stories (generate + insert)`,
            seconds(load.ms),
            `${millis(load.ms / load.result)} ms`,
          ],
          [
            `rebuildSearchIndex (${count(index.result.documents)} documents)`,
            seconds(index.ms),
            `${millis(index.ms / index.result.documents)} ms`,
          ],
        ],
      ),
    );

    console.log("");
    const sizes = await searchTableSizes(fresh.db);
    const searchBytes = sizes.filter((s) => s.table.startsWith("search_")).reduce((a, s) => a + s.bytes, 0);
    const articleBytes = sizes.find((s) => s.table === "articles")?.bytes ?? 0;
    console.log(
      formatTable(
        ["table (with its indexes)", "MB"],
        [
          ...sizes.map((s) => [s.table, megabytes(s.bytes)]),
          ["search index, total", megabytes(searchBytes)],
          ["search index ÷ articles table", (searchBytes / Math.max(articleBytes, 1)).toFixed(2)],
        ],
      ),
    );

    const queries = queryMix({ count: queryCount, perEdition });
    const warmUp = queryMix({ count: WARM_UP_QUERIES, perEdition, draw: 1 });
    await runQueries(fresh, warmUp);
    console.log(
      `\nsearch latency (searchArticles, page size ${DEFAULT_SITE.pageSize}, after ${WARM_UP_QUERIES} warm-up queries):`,
    );
    const search = await timed(() => runQueries(fresh, queries));
    printSearch(search.result);

    console.log("");
    await timeRelated(fresh);
  } finally {
    await fresh.drop();
  }
}

await main();
