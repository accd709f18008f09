/**
 * `npm run bench:memory` (also run by `npm run bench`): what one node holds in memory on a large
 * archive, beside a bare Node HTTP server in the same run.
 *
 * The archive is the synthetic one (bench/synthetic/), `--stories N` (or BENCH_STORIES) per edition
 * (default 50,000: 100,000 stories in all), loaded and indexed once into a SQLite file in the temporary folder and
 * reused by later runs (the one `npm run bench:search -- --keep --dialect sqlite --stories N`
 * keeps; delete it by hand when done). The first run loads and indexes it, which takes minutes.
 *
 * The node is the compiled server as `npm start` runs it, in its own process. It reads the front
 * page and every section page of each edition, `--articles N` article pages (default 1,000) and
 * 50 search pages; then its resident memory and V8 heap are read from its /metrics. The bare
 * server answers the same number of requests and reports its own `process.memoryUsage()`.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { articlePath } from "../src/content/content.ts";
import type { Db } from "../src/db/create-db.ts";
import { rebuildSearchIndex } from "../src/search/search-index.ts";
import { freePort } from "./free-port.ts";
import { ARCHIVE_NOW, archiveBatches } from "./synthetic/archive.ts";
import { keptArchive } from "./synthetic/kept-archive.ts";
import { loadSyntheticStories } from "./synthetic/load-stories.ts";
import { formatTable } from "./table.ts";

const ROOT = join(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    stories: { type: "string", default: process.env.BENCH_STORIES ?? "50000" },
    articles: { type: "string", default: "1000" },
  },
});
const perEdition = Number(args.stories);
const articleCount = Number(args.articles);
if (!Number.isInteger(perEdition) || perEdition < 1)
  throw new Error("--stories takes a positive whole number");
if (!Number.isInteger(articleCount) || articleCount < 1)
  throw new Error("--articles takes a positive whole number");

const BARE = `
const http = require("node:http");
http.createServer((q, s) => s.end(q.url === "/memory" ? JSON.stringify(process.memoryUsage()) : "ok"))
  .listen(Number(process.env.PORT), "127.0.0.1");`;

interface Memory {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** The archive's SQLite file, loaded and indexed on the first run. */
async function archiveUrl(): Promise<string> {
  const kept = await keptArchive("sqlite", perEdition);
  try {
    const started = performance.now();
    if (!kept.loaded) {
      process.stderr.write(`loading ${perEdition} stories per edition into ${kept.location} (once)…\n`);
      await loadSyntheticStories(kept.db.kysely, archiveBatches({ perEdition }), { now: ARCHIVE_NOW });
      await kept.markLoaded();
    }
    if (!kept.loaded || !kept.indexed) {
      process.stderr.write(`indexing ${kept.location} (once)…\n`);
      await rebuildSearchIndex(kept.db.kysely);
    }
    process.stderr.write(
      kept.loaded && kept.indexed
        ? `reusing ${kept.location}\n`
        : `  ready in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );
    return `sqlite:${kept.location}`;
  } finally {
    await kept.db.close();
  }
}

/** Paths a reader would ask for: front pages, section pages, the newest articles, some searches. */
async function readerPaths(url: string): Promise<string[]> {
  const { createDb } = await import("../src/db/create-db.ts");
  const db: Db = await createDb(url);
  try {
    const sections = await db.kysely
      .selectFrom("section_localizations")
      .select(["edition", "slug"])
      .execute();
    const articles = await db.kysely
      .selectFrom("articles as a")
      .innerJoin("section_localizations as sl", (j) =>
        j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
      )
      .where("a.status", "=", "published")
      .select(["a.edition", "a.slug", "sl.slug as section_slug"])
      .orderBy("a.published_at", "desc")
      .limit(articleCount)
      .execute();
    const editions = [...new Set(sections.map((s) => s.edition))];
    const words = ["government", "market", "rain", "school", "police"];
    return [
      ...editions.map((e) => `/${e}/`),
      ...sections.map((s) => `/${s.edition}/${encodeURIComponent(s.slug)}/`),
      ...articles.map((a) => articlePath(a.edition, a.section_slug, a.slug)),
      ...Array.from({ length: 50 }, (_, i) => `/en/search?q=${words[i % words.length]}&page=${1 + (i % 10)}`),
    ];
  } finally {
    await db.close();
  }
}

async function untilUp(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (performance.now() - started > 120_000) throw new Error(`${url} did not answer within two minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a process, reads `paths` from it one by one, then asks it for its memory. */
async function measureNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  paths: string[],
  memory: (base: string) => Promise<Memory>,
): Promise<Memory> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString("utf8");
  });
  try {
    await untilUp(child, `${base}/healthz`, () => errors);
    for (const path of paths) {
      const response = await fetch(base + path);
      await response.arrayBuffer();
      if (response.status >= 500) throw new Error(`${path} answered ${response.status}`);
    }
    return await memory(base);
  } finally {
    child.kill("SIGTERM");
    if (child.exitCode === null) await once(child, "exit");
  }
}

/** Resident memory and heap from the node's Prometheus metrics (answered to loopback). */
async function datelineMemory(base: string): Promise<Memory> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const metric = (name: string) => {
    const value = new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1];
    if (value === undefined) throw new Error(`/metrics has no ${name}`);
    return Number(value);
  };
  return {
    rssMb: mb(metric("process_resident_memory_bytes")),
    heapUsedMb: mb(metric("nodejs_heap_size_used_bytes")),
    heapTotalMb: mb(metric("nodejs_heap_size_total_bytes")),
  };
}

async function bareMemory(base: string): Promise<Memory> {
  const usage = (await (await fetch(`${base}/memory`)).json()) as NodeJS.MemoryUsage;
  return { rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal) };
}

async function main(): Promise<void> {
  const url = await archiveUrl();
  const paths = await readerPaths(url);
  const scratch = mkdtempSync(join(tmpdir(), "dateline-memory-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    DATABASE_URL: url,
    MEDIA_DIR: join(scratch, "media"),
    LOG_LEVEL: "silent",
    DATELINE_DEMO: "off",
  };
  try {
    const dateline = await measureNode([join(ROOT, "bin/dateline.js"), "serve"], env, paths, datelineMemory);
    const bare = await measureNode(["-e", BARE], env, paths, bareMemory);
    const row = (name: string, m: Memory) => [
      name,
      `${m.rssMb.toFixed(0)} MB`,
      `${m.heapUsedMb.toFixed(0)} MB`,
      `${m.heapTotalMb.toFixed(0)} MB`,
    ];
    console.log(
      `\nMemory of one node after ${paths.length} reader requests, archive of ${(2 * perEdition).toLocaleString("en-US")} stories (SQLite), Node ${process.version}\n`,
    );
    console.log(
      formatTable(
        ["process", "RSS", "heap used", "heap total"],
        [row("dateline (npm start)", dateline), row("bare node:http", bare)],
      ),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
