/**
 * `npm run bench` (first part; alone: `npm run bench:site`): how fast the public site answers,
 * each page beside a bare Node server sending the same bytes in the same run.
 *
 * A child process runs the real server on a fresh SQLite demo database and, beside it, a bare
 * node:http server that answers each page's path with that page's exact bytes and content type.
 * For the article, the front page, a section page, the RSS feed and a search page:
 * - over HTTP (the parent drives autocannon; where `taskset` exists the servers are pinned to
 *   CPU 0 and autocannon to CPU 1): requests per second, p50 and p99 latency, against the bare
 *   server's for the same bytes. Pages the site caches are answered from its cache here;
 * - a cache miss: the child builds the page from the database `BENCH_RENDERS` times one after
 *   another, calling the page-building code directly (so no reader-facing behaviour changes to
 *   allow a miss), with the process's CPU time (`process.cpuUsage`) and wall time per build, and
 *   what a miss adds for a reader whose browser takes brotli (the ETag and that encoding).
 *
 * Env: BENCH_DURATION (seconds per measured HTTP run, default 5), BENCH_ROUNDS (default 2),
 * BENCH_RENDERS (builds per page for the miss figures, default 500).
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import autocannon from "autocannon";
import { startTestServer, type TestServer } from "../test/support/test-server.ts";
import { jobsDone } from "./jobs-done.ts";
import { pageTargets } from "./page-renders.ts";
import { canPin, nextMessage, startPinnedChild } from "./pinned-child.ts";
import { measureRenders, type RenderCost } from "./render-cost.ts";
import { mean } from "./stats.ts";
import { formatTable } from "./table.ts";

const DURATION_S = positiveNumber(process.env.BENCH_DURATION, 5);
const ROUNDS = positiveNumber(process.env.BENCH_ROUNDS, 2);
const RENDERS = positiveNumber(process.env.BENCH_RENDERS, 500);
const WARMUP_S = Math.min(2, DURATION_S);
const CONNECTIONS = 50;

interface Target {
  name: string;
  path: string;
  bytes: number;
  siteUrl: string;
  bareUrl: string;
}

interface Sample {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

type ChildMessage = { targets: Target[] } | { costs: Record<string, RenderCost> };

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Child: the servers under test, and the cache-miss builds.

async function fetchPage(url: string): Promise<{ body: Buffer; type: string }> {
  // Identity encoding: autocannon asks for no compression, so this is the body it will receive.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get("content-type") ?? "text/html",
  };
}

/** Answers each known path with its page's bytes, as fast as node:http can. */
async function startBareServer(pages: Map<string, { body: Buffer; type: string }>): Promise<Server> {
  const server = createServer((request, response) => {
    const page = pages.get(request.url ?? "");
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": page.type, "content-length": page.body.length });
    response.end(page.body);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

async function serve(): Promise<void> {
  const app: TestServer = await startTestServer("sqlite");
  await jobsDone(app);
  const edition = app.config.site.editions.find((e) => e.code === app.config.site.defaultEdition);
  if (!edition) throw new Error("no default edition");
  const pages = await pageTargets(app, edition);
  const fetched = new Map<string, { body: Buffer; type: string }>();
  for (const page of pages) fetched.set(page.path, await fetchPage(app.url + page.path));
  const bare = await startBareServer(fetched);
  const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  const targets: Target[] = pages.map((page) => ({
    name: page.name,
    path: page.path,
    bytes: fetched.get(page.path)?.body.length ?? 0,
    siteUrl: app.url + page.path,
    bareUrl: bareBase + page.path,
  }));
  process.send?.({ targets } satisfies ChildMessage);
  // The parent asks for the miss figures once its HTTP runs are over, so they have CPU 0 to
  // themselves; then it says stop. A vanished parent (IPC closed) ends the servers too.
  for (;;) {
    const [message] = await Promise.race([once(process, "message"), once(process, "disconnect")]);
    if (message !== "renders") break;
    const costs: Record<string, RenderCost> = {};
    for (const page of pages) costs[page.name] = await measureRenders(page, RENDERS);
    process.send?.({ costs } satisfies ChildMessage);
  }
  bare.close();
  await app.stop();
  process.disconnect?.();
}

// ---------------------------------------------------------------------------------------------
// Parent: the load generator.

async function measure(url: string, seconds: number): Promise<Sample> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

const count = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => n.toFixed(2);

function httpTable(targets: Target[], samples: Map<string, Sample[]>): string {
  const rows = targets.map((target) => {
    const site = samples.get(`site ${target.name}`) ?? [];
    const bare = samples.get(`bare ${target.name}`) ?? [];
    const siteRate = mean(site.map((s) => s.reqPerSec));
    const bareRate = mean(bare.map((s) => s.reqPerSec));
    const latency = (runs: Sample[]) =>
      `${mean(runs.map((s) => s.p50Ms)).toFixed(1)} / ${mean(runs.map((s) => s.p99Ms)).toFixed(1)}`;
    return [
      target.name,
      `${(target.bytes / 1024).toFixed(1)} kB`,
      count(siteRate),
      count(bareRate),
      bareRate > 0 ? (siteRate / bareRate).toFixed(2) : "n/a",
      latency(site),
      latency(bare),
      String([...site, ...bare].reduce((n, s) => n + s.failures, 0)),
    ];
  });
  const header = [
    "page (HTTP)",
    "body",
    "site req/s",
    "bare req/s",
    "site ÷ bare",
    "site p50 / p99 ms",
    "bare p50 / p99 ms",
    "errors",
  ];
  return formatTable(header, rows);
}

function missTable(targets: Target[], costs: Record<string, RenderCost>, samples: Map<string, Sample[]>) {
  const rows = targets.map((target) => {
    const cost = costs[target.name];
    if (!cost) return [target.name, "n/a", "n/a", "n/a", "n/a", "n/a"];
    const bareRate = mean((samples.get(`bare ${target.name}`) ?? []).map((s) => s.reqPerSec));
    const rendersPerSec = 1000 / cost.wall.p50;
    return [
      target.name,
      `${ms(cost.cpu.p50)} / ${ms(cost.cpu.p99)}`,
      `${ms(cost.wall.p50)} / ${ms(cost.wall.p99)}`,
      cost.prepareCpuP50 === undefined ? "–" : ms(cost.prepareCpuP50),
      count(rendersPerSec),
      bareRate > 0 ? (rendersPerSec / bareRate).toFixed(2) : "n/a",
    ];
  });
  const header = [
    "page (cache miss, built from SQLite)",
    "CPU p50 / p99 ms",
    "wall p50 / p99 ms",
    "+ ETag, brotli CPU p50 ms",
    "builds/s (1 / wall p50)",
    "÷ bare req/s",
  ];
  return formatTable(header, rows);
}

async function main(): Promise<void> {
  const pin = canPin();
  if (pin) spawnSync("taskset", ["-a", "-cp", "1", String(process.pid)], { stdio: "ignore" });
  const child = startPinnedChild(import.meta.filename, ["serve"], { pin });
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(" ");
  try {
    const { targets } = await nextMessage<{ targets: Target[] }>(child, "targets");
    console.log(
      `site bench: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${ROUNDS} rounds × ${DURATION_S} s per server and page; ` +
        `${pin ? "servers pinned to CPU 0, load generator to CPU 1" : "no CPU pinning"}; Node ${process.version}; load average ${load()}`,
    );
    for (const target of targets) console.log(`  ${target.name}: ${target.path}`);
    const runs = targets.flatMap((t) => [
      { key: `site ${t.name}`, url: t.siteUrl },
      { key: `bare ${t.name}`, url: t.bareUrl },
    ]);
    for (const run of runs) await measure(run.url, WARMUP_S);
    const samples = new Map<string, Sample[]>(runs.map((r) => [r.key, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Each page's site and bare runs stay side by side; the pages rotate each round so a burst
      // of machine noise does not always hit the same one.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) {
        if (!target) continue;
        const pair = round % 2 === 0 ? ["site", "bare"] : ["bare", "site"];
        for (const side of pair) {
          const sample = await measure(side === "site" ? target.siteUrl : target.bareUrl, DURATION_S);
          samples.get(`${side} ${target.name}`)?.push(sample);
          console.log(
            `  round ${round + 1}: ${side} ${target.name}: ${count(sample.reqPerSec)} req/s, p50 ${sample.p50Ms} ms, p99 ${sample.p99Ms} ms`,
          );
        }
      }
    }
    console.log(`building each page ${RENDERS} times from the database (cache misses)…`);
    child.send("renders");
    const { costs } = await nextMessage<{ costs: Record<string, RenderCost> }>(child, "costs");
    console.log(`\n${httpTable(targets, samples)}\n`);
    console.log(`${missTable(targets, costs, samples)}\n`);
    console.log(`load average at the end: ${load()}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.send?.("stop");
      await exited;
    }
  }
}

if (process.argv[2] === "serve") await serve();
else await main();
