/**
 * `npm run bench:search`: search and related stories against a ten-year synthetic archive, on
 * SQLite and PostgreSQL side by side.
 *
 * For each engine in turn, loads N generated stories per edition into a fresh database (a
 * temporary SQLite file, or a temporary PostgreSQL database dropped at the end), builds the index,
 * then times a mix of reader queries through `searchArticles` and related-story computation
 * through `computeRelated`, one call at a time, as a page request makes them. The same archive and
 * queries go to both engines; the tables put their figures next to each other.
 *
 * Options: --dialect sqlite|postgres|both (default both), --stories N per edition (100000),
 * --queries N (1000), --related N stories per edition (200), --keep: keep the loaded archive for
 * the next run with --keep, and reuse the one an earlier run kept (see synthetic/kept-archive.ts),
 * --reindex: with --keep, rebuild the kept archive's index (timed) rather than reuse it.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { DEFAULT_SITE } from "../src/config/site.ts";
import type { Db } from "../src/db/create-db.ts";
import type { Lang } from "../src/demo/banks/types.ts";
import { LANGS } from "../src/demo/banks/types.ts";
import { hashSeed, Rng } from "../src/demo/prng.ts";
import { computeRelated } from "../src/search/related/related-stories.ts";
import { searchArticles } from "../src/search/search.service.ts";
import { SearchParams } from "../src/search/search.types.ts";
import { rebuildSearchIndex } from "../src/search/search-index.ts";
import type { Dialect } from "../test/support/databases.ts";
import { freshDatabase, parseDialect } from "./fresh-database.ts";
import { searchTableSizes, type TableSize } from "./index-size.ts";
import { mean, percentile } from "./stats.ts";
import { ARCHIVE_NOW, archiveBatches } from "./synthetic/archive.ts";
import { keptArchive } from "./synthetic/kept-archive.ts";
import { loadSyntheticStories } from "./synthetic/load-stories.ts";
import { QUERY_TYPES, queryMix, type SyntheticQuery } from "./synthetic/query-mix.ts";
import { formatTable } from "./table.ts";

const TARGET_MS = 20;
const WARM_UP_QUERIES = 100;
const ROUND_TRIPS = 200;

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "both" },
    stories: { type: "string", default: "100000" },
    queries: { type: "string", default: "1000" },
    related: { type: "string", default: "200" },
    keep: { type: "boolean", default: false },
    reindex: { type: "boolean", default: false },
  },
});
const dialects: Dialect[] = args.dialect === "both" ? ["sqlite", "postgres"] : [parseDialect(args.dialect)];
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
const ratio = (n: number) => n.toFixed(2);

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

/** What one engine measured, kept until both have run so the tables can set them side by side. */
interface EngineRun {
  dialect: Dialect;
  /** Undefined when the archive was one kept by an earlier run. */
  load?: { stories: number; ms: number };
  index?: { documents: number; ms: number };
  sizes: TableSize[];
  samples: QuerySample[];
  /** `select 1` through the same connection: what any query costs before it does any work. */
  roundTrips: number[];
  related: Map<Lang, { ms: number[]; found: number[] }>;
}

/** A long run says how far it has got, on stderr so the tables on stdout stay clean. */
function progress(label: string, done: number, total: number): void {
  if (done % 100 === 0 || done === total) process.stderr.write(`  ${label}: ${done}/${total}\n`);
}

async function runQueries(fresh: { db: Db }, queries: readonly SyntheticQuery[]): Promise<QuerySample[]> {
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

/** Story ids to time related stories on, drawn evenly from each edition's whole archive. */
async function relatedSample(fresh: { db: Db }, lang: Lang): Promise<number[]> {
  const rows = await fresh.db.kysely
    .selectFrom("articles")
    .where("edition", "=", lang)
    .select("id")
    .orderBy("id")
    .execute();
  const rng = new Rng(hashSeed(`related-sample/${lang}`));
  return rng.shuffle(rows.map((r) => r.id)).slice(0, relatedPerEdition);
}

async function timeRelated(fresh: { db: Db }): Promise<EngineRun["related"]> {
  const results: EngineRun["related"] = new Map();
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
    results.set(lang, { ms, found });
  }
  return results;
}

async function loadStories(fresh: { db: Db }): Promise<EngineRun["load"]> {
  const load = await timed(() =>
    loadSyntheticStories(fresh.db.kysely, archiveBatches({ perEdition }), { now: ARCHIVE_NOW }),
  );
  return { stories: load.result, ms: load.ms };
}

async function buildIndex(fresh: { db: Db }): Promise<EngineRun["index"]> {
  const index = await timed(() => rebuildSearchIndex(fresh.db.kysely));
  return { documents: index.result.documents, ms: index.ms };
}

async function measureOn(dialect: Dialect, fresh: { db: Db }, loaded: Pick<EngineRun, "load" | "index">) {
  const sizes = await searchTableSizes(fresh.db);
  await runQueries(fresh, queryMix({ count: WARM_UP_QUERIES, perEdition, draw: 1 }));
  const samples = await runQueries(fresh, queryMix({ count: queryCount, perEdition }));
  const roundTrips: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i++)
    roundTrips.push((await timed(() => sql`select 1`.execute(fresh.db.kysely))).ms);
  return { dialect, ...loaded, sizes, samples, roundTrips, related: await timeRelated(fresh) };
}

async function measure(dialect: Dialect): Promise<EngineRun> {
  process.stderr.write(`${dialect}:\n`);
  if (args.keep) {
    const kept = await keptArchive(dialect, perEdition);
    process.stderr.write(`  ${kept.loaded ? "reusing" : "loading into"} ${kept.location}\n`);
    try {
      const load = kept.loaded ? undefined : await loadStories(kept);
      if (!kept.loaded) await kept.markLoaded();
      const index = kept.indexed && !args.reindex ? undefined : await buildIndex(kept);
      return await measureOn(dialect, kept, { load, index });
    } finally {
      await kept.db.close();
    }
  }
  const fresh = await freshDatabase(dialect);
  try {
    const load = await loadStories(fresh);
    return await measureOn(dialect, fresh, { load, index: await buildIndex(fresh) });
  } finally {
    await fresh.drop();
  }
}

/** Per engine: p50, p95, p99 and max of the samples, and p95 against the 20 ms aim. */
function latencyCells(ms: readonly number[]): { cells: string[]; aim: string } {
  const p95 = percentile(ms, 95);
  return {
    cells: [percentile(ms, 50), p95, percentile(ms, 99), Math.max(...ms)].map(millis),
    aim: ratio(p95 / TARGET_MS),
  };
}

function latencyHeader(runs: readonly EngineRun[]): string[] {
  const each = (labels: string[]) => runs.flatMap((r) => labels.map((l) => `${r.dialect} ${l}`));
  return [...each(["p50", "p95", "p99", "max"]), ...each(["p95 / 20 ms"])];
}

function latencyRow(groups: readonly (readonly number[])[]): string[] {
  const cells = groups.map(latencyCells);
  return [...cells.flatMap((c) => c.cells), ...cells.map((c) => c.aim)];
}

function printSteps(runs: readonly EngineRun[]): void {
  const step = (label: string, ms: (r: EngineRun) => number | undefined, unit = seconds) => [
    label,
    ...runs.map((r) => {
      const value = ms(r);
      return value === undefined ? "kept (--keep)" : unit(value);
    }),
  ];
  const documents = runs.find((r) => r.index)?.index?.documents ?? 0;
  const rows = [
    step(`load ${count(perEdition * LANGS.length)} stories (generate + insert)`, (r) => r.load?.ms),
    step(`rebuildSearchIndex (${count(documents)} documents)`, (r) => r.index?.ms),
    step(
      "rebuildSearchIndex per story",
      (r) => r.index && r.index.ms / r.index.documents,
      (ms) => `${millis(ms)} ms`,
    ),
  ];
  console.log(formatTable(["step", ...runs.map((r) => r.dialect)], rows));
}

function printSizes(runs: readonly EngineRun[]): void {
  const tables = [...new Set(runs.flatMap((r) => r.sizes.map((s) => s.table)))].sort();
  const bytesOf = (r: EngineRun, table: string) => r.sizes.find((s) => s.table === table)?.bytes ?? 0;
  const searchBytes = (r: EngineRun) =>
    r.sizes.filter((s) => s.table.startsWith("search_")).reduce((a, s) => a + s.bytes, 0);
  const rows = [
    ...tables.map((t) => [t, ...runs.map((r) => megabytes(bytesOf(r, t)))]),
    ["search index, total", ...runs.map((r) => megabytes(searchBytes(r)))],
    [
      "search index ÷ articles table",
      ...runs.map((r) => ratio(searchBytes(r) / Math.max(bytesOf(r, "articles"), 1))),
    ],
  ];
  console.log(formatTable(["table (with its indexes), MB", ...runs.map((r) => r.dialect)], rows));
}

function printSearch(runs: readonly EngineRun[]): void {
  const groups: [string, (s: QuerySample) => boolean][] = [
    ...QUERY_TYPES.map((type): [string, (s: QuerySample) => boolean] => [type, (s) => s.query.type === type]),
    ...LANGS.map((lang): [string, (s: QuerySample) => boolean] => [
      `edition ${lang}`,
      (s) => s.query.edition === lang,
    ]),
    ["sort relevance", (s) => s.query.sort === "relevance"],
    ["sort newest", (s) => s.query.sort === "newest"],
    ["all queries", () => true],
  ];
  const first = runs[0]?.samples ?? [];
  const rows = groups
    .filter(([, pick]) => first.some(pick))
    .map(([label, pick]) => {
      const hits = first.filter(pick);
      return [
        label,
        count(hits.length),
        count(Math.round(mean(hits.map((s) => s.total)))),
        `${((100 * hits.filter((s) => s.total === 0).length) / hits.length).toFixed(0)}%`,
        ...latencyRow(runs.map((r) => r.samples.filter(pick).map((s) => s.ms))),
      ];
    });
  const baseline = [
    "select 1 (baseline)",
    count(ROUND_TRIPS),
    "",
    "",
    ...latencyRow(runs.map((r) => r.roundTrips)),
  ];
  console.log(
    formatTable(["queries", "n", "mean hits", "no hits", ...latencyHeader(runs)], [...rows, baseline]),
  );
  for (const run of runs) {
    console.log(`\nslowest queries, ${run.dialect}:`);
    for (const s of [...run.samples].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
      console.log(`  ${millis(s.ms)} ms  ${s.query.edition} ${s.query.type} (${s.query.sort}): ${s.query.q}`);
    }
  }
  const differing = first.filter((s, i) => runs.some((r) => r.samples[i]?.total !== s.total)).length;
  if (runs.length > 1) console.log(`\nqueries whose match counts differ between the engines: ${differing}`);
}

function printRelated(runs: readonly EngineRun[]): void {
  const rows = LANGS.map((lang) => {
    const per = runs.map((r) => r.related.get(lang) ?? { ms: [], found: [] });
    return [
      `computeRelated, ${lang}`,
      count(per[0]?.ms.length ?? 0),
      ...per.map((p) => mean(p.found).toFixed(1)),
      ...latencyRow(per.map((p) => p.ms)),
    ];
  });
  const header = [
    "related stories",
    "stories",
    ...runs.map((r) => `${r.dialect} found`),
    ...latencyHeader(runs),
  ];
  console.log(formatTable(header, rows));
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(
    `search bench: ${dialects.join(" and ")}, ${count(perEdition)} stories per edition, ${count(queryCount)} queries, ` +
      `related on ${relatedPerEdition} stories per edition; ${availableParallelism()} × ${cpu}, Node ${process.version}; ` +
      `load average at start ${load()}`,
  );
  const runs: EngineRun[] = [];
  for (const dialect of dialects) runs.push(await measure(dialect));
  console.log(
    `load average at end ${load()} (1, 5, 15 minutes): above ${availableParallelism()} means a shared, busy machine\n`,
  );
  printSteps(runs);
  console.log("");
  printSizes(runs);
  console.log(
    `\nsearch latency in ms (searchArticles, page size ${DEFAULT_SITE.pageSize}, after ${WARM_UP_QUERIES} warm-up queries):`,
  );
  printSearch(runs);
  console.log("\nrelated stories, ms per story:");
  printRelated(runs);
}

await main();
