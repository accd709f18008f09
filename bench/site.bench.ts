/**
 * `npm run bench`: how fast the public site answers, against the ceiling of this machine.
 *
 * A child process runs the real server on a fresh SQLite demo database and, beside it, a bare
 * node:http server that answers every request with the article page's exact bytes. The parent
 * process drives autocannon at each in turn. Keeping the load generator out of the server's
 * process (and, where `taskset` exists, on another CPU) stops the two fighting over one event
 * loop, and the bare server shows what the loopback and autocannon allow on this machine.
 *
 * Env: BENCH_DURATION (seconds per measured run, default 8), BENCH_ROUNDS (default 2).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";
import { startTestServer, type TestServer } from "../test/support/test-server.ts";
import { mean } from "./stats.ts";
import { formatTable } from "./table.ts";

const DURATION_S = positiveNumber(process.env.BENCH_DURATION, 8);
const ROUNDS = positiveNumber(process.env.BENCH_ROUNDS, 2);
const WARMUP_S = Math.min(2, DURATION_S);
const CONNECTIONS = 50;
const BARE = "bare node:http";

interface Target {
  name: string;
  url: string;
  bytes: number;
}

interface Sample {
  reqPerSec: number;
  p99Ms: number;
  failures: number;
}

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Child: the servers under test.

async function fetchPage(url: string): Promise<{ body: Buffer; type: string }> {
  // Identity encoding: autocannon asks for no compression, so this is the body it will receive.
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get("content-type") ?? "text/html",
  };
}

/** The first link matching a pattern on the front page: the demo's slugs are not hard-coded. */
function firstLink(html: string, pattern: RegExp): string {
  const href = pattern.exec(html)?.[1];
  if (!href) throw new Error(`no link matching ${pattern} on the front page`);
  return href.replaceAll("&amp;", "&");
}

async function startBareServer(body: Buffer, type: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": type, "content-length": body.length });
    response.end(body);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

async function serve(): Promise<void> {
  const app: TestServer = await startTestServer("sqlite");
  const front = await fetchPage(`${app.url}/en/`);
  const frontHtml = front.body.toString("utf8");
  const paths = {
    article: firstLink(frontHtml, /class="story-card-headline"[^>]*>\s*<a[^>]*href="([^"]+)"/),
    section: firstLink(frontHtml, /<nav class="site-nav"[\s\S]*?<a[^>]*href="([^"]+)"/),
  };
  const article = await fetchPage(app.url + paths.article);
  const section = await fetchPage(app.url + paths.section);
  const bare = await startBareServer(article.body, article.type);
  const barePort = (bare.address() as AddressInfo).port;
  const targets: Target[] = [
    { name: BARE, url: `http://127.0.0.1:${barePort}/`, bytes: article.body.length },
    { name: "article", url: app.url + paths.article, bytes: article.body.length },
    { name: "front page", url: `${app.url}/en/`, bytes: front.body.length },
    { name: "section page", url: app.url + paths.section, bytes: section.body.length },
  ];
  process.send?.({ targets });
  // The parent says when it is done; a vanished parent (IPC closed) ends the servers too.
  await Promise.race([once(process, "message"), once(process, "disconnect")]);
  bare.close();
  await app.stop();
  process.disconnect?.();
}

// ---------------------------------------------------------------------------------------------
// Parent: the load generator.

/** Servers on CPU 0, autocannon on CPU 1, when the machine has two cores and taskset. */
function canPin(): boolean {
  return availableParallelism() >= 2 && spawnSync("taskset", ["-V"]).status === 0;
}

function startServers(pin: boolean): { child: ChildProcess; ready: Promise<Target[]> } {
  const node = [process.execPath, "--import", "tsx", import.meta.filename, "serve"];
  const [command, ...args] = pin ? ["taskset", "-c", "0", ...node] : node;
  const child = spawn(command ?? process.execPath, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ready = new Promise<Target[]>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { targets: Target[] }).targets));
    child.once("exit", (code) => reject(new Error(`server process exited early (code ${code})`)));
  });
  return { child, ready };
}

async function measure(url: string, seconds: number): Promise<Sample> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    reqPerSec: result.requests.average,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function printTable(targets: Target[], samples: Map<string, Sample[]>): void {
  const bareRate = mean((samples.get(BARE) ?? []).map((s) => s.reqPerSec));
  const rows = targets.map((target) => {
    const runs = samples.get(target.name) ?? [];
    const rates = runs.map((s) => s.reqPerSec);
    const rate = mean(rates);
    return [
      target.name,
      `${(target.bytes / 1024).toFixed(1)} kB`,
      Math.round(rate).toLocaleString("en-US"),
      `${Math.round(Math.min(...rates)).toLocaleString("en-US")}–${Math.round(Math.max(...rates)).toLocaleString("en-US")}`,
      mean(runs.map((s) => s.p99Ms)).toFixed(1),
      bareRate > 0 ? (rate / bareRate).toFixed(2) : "n/a",
      String(runs.reduce((n, s) => n + s.failures, 0)),
    ];
  });
  const header = ["target", "body", "req/s (mean)", "req/s range", "p99 ms", "vs bare", "errors/non-2xx"];
  console.log(formatTable(header, rows));
}

async function main(): Promise<void> {
  const pin = canPin();
  if (pin) spawnSync("taskset", ["-a", "-cp", "1", String(process.pid)], { stdio: "ignore" });
  const { child, ready } = startServers(pin);
  try {
    const targets = await ready;
    console.log(
      `autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${ROUNDS} rounds × ${DURATION_S} s per target; ` +
        (pin ? "servers pinned to CPU 0, load generator to CPU 1" : "no CPU pinning"),
    );
    console.log("targets (the bare server answers every path with the article's bytes and content-type):");
    for (const target of targets)
      console.log(`  ${target.name}: ${decodeURIComponent(new URL(target.url).pathname)}`);
    for (const target of targets) await measure(target.url, WARMUP_S);
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round so a burst of machine noise does not always hit one target.
      const order = targets
        .map((_, i) => targets[(i + round) % targets.length])
        .filter((t) => t !== undefined);
      for (const target of order) {
        const sample = await measure(target.url, DURATION_S);
        samples.get(target.name)?.push(sample);
        console.log(
          `  round ${round + 1}: ${target.name}: ${Math.round(sample.reqPerSec)} req/s, p99 ${sample.p99Ms} ms`,
        );
      }
    }
    console.log("");
    printTable(targets, samples);
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
