/**
 * `npm run bench:live`: a live blog's event stream under an election night's readers.
 *
 * A child process runs the real server on a fresh demo database (SQLite, or PostgreSQL with
 * `--dialect postgres`) and publishes a live blog. This process (the readers' side; where `taskset`
 * exists the server is pinned to CPU 0 and the readers to CPU 1):
 * 1. once the demo's start-up jobs are done and a first run has warmed the server up, measures the
 *    live blog's page (autocannon, cached as any page) with no stream open: the baseline;
 * 2. opens BENCH_READERS (default 5,000) event streams on loopback, each a plain socket reading
 *    `{story}/live` from the page's change number, and reads the server's memory before and after
 *    (after a GC in the server): memory per connection;
 * 3. measures the page again while every stream stays open: req/s against the baseline;
 * 4. posts BENCH_ENTRIES (default 100) entries one after another through the admin API, and times
 *    each from the moment its POST is sent until each reader has read it: post-to-reader latency,
 *    p50 and p99 over every (entry, reader) pair, and how many pairs never arrived.
 * The readers' side parses 5,000 streams in one process, so its own event loop is part of what
 * is timed; the figures are an upper bound on what the server adds.
 *
 * Env: BENCH_READERS, BENCH_ENTRIES, BENCH_DURATION (seconds per page run, default 5).
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { once } from "node:events";
import { type ClientRequest, request } from "node:http";
import autocannon from "autocannon";
import type { DialectName as Dialect } from "../src/db/dialect.ts";
import { ApiClient, createAccount } from "../test/support/api-client.ts";
import { startTestServer } from "../test/support/test-server.ts";
import { jobsDone } from "./jobs-done.ts";
import { canPin, nextMessage, startPinnedChild } from "./pinned-child.ts";
import { mean, percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const READERS = positiveNumber(process.env.BENCH_READERS, 5000);
const ENTRIES = positiveNumber(process.env.BENCH_ENTRIES, 100);
const DURATION_S = positiveNumber(process.env.BENCH_DURATION, 5);
/** Streams opened at once while connecting, so the server's accept queue is not flooded. */
const OPEN_BATCH = 250;
const ARRIVAL_TIMEOUT_MS = 30_000;

interface Blog {
  url: string;
  path: string;
  articleId: number;
  cookie: string;
  csrfToken: string;
}

interface Memory {
  rss: number;
  heapUsed: number;
}

type ChildMessage = { blog: Blog } | { memory: Memory };

function positiveNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Child: the server, with a published live blog.

async function serve(dialect: Dialect): Promise<void> {
  const app = await startTestServer(dialect);
  await jobsDone(app);
  const editor = await createAccount(app, { email: "desk@bench.test", name: "Bench Desk", role: "editor" });
  const created = await editor.request<{ id: number }>("POST", "/articles", {
    edition: "en",
    section: "national",
    kind: "live",
    headline: "Election night, live",
    standfirst: "Results from every constituency as they are declared.",
    body: "<p>Polls closed at four; counting has begun.</p>",
  });
  const published = await editor.request<{ url: string }>("POST", `/articles/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publishing answered ${published.status}`);
  const blog: Blog = {
    url: app.url,
    path: new URL(published.body.url, app.url).pathname,
    articleId: created.body.id,
    cookie: editor.cookie ?? "",
    csrfToken: editor.csrfToken ?? "",
  };
  process.send?.({ blog } satisfies ChildMessage);
  for (;;) {
    const [message] = await Promise.race([once(process, "message"), once(process, "disconnect")]);
    if (message !== "memory") break;
    // Twice: a first collection leaves what finalizers free for the second.
    globalThis.gc?.();
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ memory: { rss, heapUsed } } satisfies ChildMessage);
  }
  await app.stop();
  process.disconnect?.();
}

// ---------------------------------------------------------------------------------------------
// Parent: the readers.

async function serverMemory(child: ChildProcess): Promise<Memory> {
  child.send("memory");
  return (await nextMessage<{ memory: Memory }>(child, "memory")).memory;
}

interface PageRun {
  reqPerSec: number;
  p99Ms: number;
  failures: number;
}

async function pageRate(url: string, seconds = DURATION_S): Promise<PageRun> {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  return {
    reqPerSec: result.requests.average,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** Every reader's arrival time of each entry, by entry id. */
type Arrivals = Map<number, number[]>;

/**
 * One reader: a socket held on the stream, noting when each `entry` event's id arrives. Only the
 * `data:` line's leading `{"id":N` is read, as a browser would hand the whole event to the page.
 */
function openReader(url: string, arrivals: Arrivals): Promise<ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`a reader's stream answered ${response.statusCode}`));
        return;
      }
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith("event: entry")) {
            const id = /data: \{"id":(\d+)/.exec(block)?.[1];
            if (id) arrivalsOf(arrivals, Number(id)).push(performance.now());
          }
          end = buffer.indexOf("\n\n");
        }
      });
      resolve(req);
    });
    req.on("error", reject);
    req.end();
  });
}

function arrivalsOf(arrivals: Arrivals, entryId: number): number[] {
  let times = arrivals.get(entryId);
  if (!times) {
    times = [];
    arrivals.set(entryId, times);
  }
  return times;
}

async function pageSeq(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  const seq = /data-live-seq="(\d+)"/.exec(html)?.[1];
  if (!seq) throw new Error("the live blog's page names no change number");
  return seq;
}

async function waitForArrivals(arrivals: Arrivals, entryId: number): Promise<void> {
  const until = performance.now() + ARRIVAL_TIMEOUT_MS;
  while ((arrivals.get(entryId)?.length ?? 0) < READERS && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const count = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  const dialect: Dialect = process.argv.includes("postgres") ? "postgres" : "sqlite";
  const pin = canPin();
  if (pin) spawnSync("taskset", ["-p", "-c", "1", String(process.pid)], { stdio: "ignore" });
  const child = startPinnedChild(import.meta.filename, ["serve", dialect], {
    pin,
    nodeFlags: ["--expose-gc"],
  });
  try {
    const { blog } = await nextMessage<{ blog: Blog }>(child, "blog");
    const pageUrl = blog.url + blog.path;
    const editor = new ApiClient(blog.url, blog.cookie, blog.csrfToken);
    // One entry before measuring, so the page and its stream are warm.
    await editor.request("POST", `/articles/${blog.articleId}/entries`, { bodyHtml: "<p>Warm-up.</p>" });
    await pageRate(pageUrl);
    const alone = await pageRate(pageUrl);
    const before = await serverMemory(child);

    const arrivals: Arrivals = new Map();
    const streamUrl = `${pageUrl}/live?since=${await pageSeq(pageUrl)}`;
    const readers: ClientRequest[] = [];
    const opening = performance.now();
    while (readers.length < READERS) {
      const batch = Math.min(OPEN_BATCH, READERS - readers.length);
      readers.push(
        ...(await Promise.all(Array.from({ length: batch }, () => openReader(streamUrl, arrivals)))),
      );
    }
    const openedMs = performance.now() - opening;
    const connected = await serverMemory(child);
    const withReaders = await pageRate(pageUrl);

    const latencies: number[] = [];
    let missing = 0;
    for (let i = 0; i < ENTRIES; i++) {
      const sent = performance.now();
      const posting = editor.request<{ id: number }>("POST", `/articles/${blog.articleId}/entries`, {
        headline: `Constituency ${i + 1} declared`,
        bodyHtml: `<p>Result ${i + 1}: the count is complete and the returning officer has declared.</p>`,
      });
      // The id is known only when the POST answers; readers may have it before, kept by id.
      const posted = await posting;
      if (posted.status !== 201) throw new Error(`posting entry ${i + 1} answered ${posted.status}`);
      const id = posted.body.id;
      await waitForArrivals(arrivals, id);
      const times = arrivalsOf(arrivals, id);
      for (const at of times) latencies.push(at - sent);
      missing += READERS - times.length;
    }
    for (const reader of readers) reader.destroy();
    // The server closes 5,000 sockets and frees their state: not what the page's run should time.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The baseline again once the streams are gone, so a drift of the machine shows as a gap.
    const aloneAfter = await pageRate(pageUrl);

    const perConnection = (connected.rss - before.rss) / READERS;
    const perConnectionHeap = (connected.heapUsed - before.heapUsed) / READERS;
    const opened = `opened in ${(openedMs / 1000).toFixed(1)} s`;
    const pinned = pin ? "; server on CPU 0, readers on CPU 1" : "";
    const page = (name: string, run: PageRun) => [
      name,
      count(run.reqPerSec),
      `${run.p99Ms.toFixed(1)} ms`,
      String(run.failures),
    ];
    const report = [
      `Live blog stream, ${dialect}: ${count(READERS)} readers on loopback (${opened}), ` +
        `${ENTRIES} entries posted one after another${pinned}`,
      formatTable(
        ["post-to-reader latency", "value"],
        [
          ["p50", `${percentile(latencies, 50).toFixed(1)} ms`],
          ["p99", `${percentile(latencies, 99).toFixed(1)} ms`],
          ["mean", `${mean(latencies).toFixed(1)} ms`],
          ["max", `${percentile(latencies, 100).toFixed(1)} ms`],
          [
            "deliveries",
            `${count(latencies.length)} of ${count(READERS * ENTRIES)} (${count(missing)} missing)`,
          ],
        ],
      ),
      formatTable(
        ["server memory", "before readers", `with ${count(READERS)}`, "per connection"],
        [
          ["RSS", mb(before.rss), mb(connected.rss), kb(perConnection)],
          ["JS heap used", mb(before.heapUsed), mb(connected.heapUsed), kb(perConnectionHeap)],
        ],
      ),
      formatTable(
        ["article page (cached), 20 connections", "req/s", "p99", "failures"],
        [
          page("no stream open (before)", alone),
          page(`${count(READERS)} streams open`, withReaders),
          page("no stream open (after)", aloneAfter),
          [
            "ratio (open / mean of before and after)",
            (withReaders.reqPerSec / mean([alone.reqPerSec, aloneAfter.reqPerSec])).toFixed(2),
            "",
            "",
          ],
        ],
      ),
    ];
    process.stdout.write(`\n${report.join("\n\n")}\n`);
    if (missing > 0) process.exitCode = 1;
  } finally {
    child.disconnect();
    await once(child, "exit");
  }
}

if (process.argv[2] === "serve") await serve((process.argv[3] ?? "sqlite") as Dialect);
else await main();
