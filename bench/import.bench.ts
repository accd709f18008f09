/**
 * `npm run bench:import`: the WordPress import (issue 14) of generated exports of 2,000 and 20,000
 * posts with images and shortcodes (bench/synthetic/wxr-export.ts) and their uploads folders, each
 * into a fresh database (`--dialect sqlite|postgres`), through the real `dateline import wordpress`
 * command in its own process, as an operator runs it. It prints posts per second and the command's
 * peak resident memory for each size, and the largest ÷ smallest ratio of both: the reader streams,
 * so memory should stay flat as the file grows, and the rate should not fall.
 *
 * The command's own report gives its time and peak memory (`elapsedMs`, `peakRssBytes`); when it
 * lacks them, the wall time of the process and the high-water mark of its resident set (VmHWM,
 * sampled from /proc) stand in. `--sizes 2000,20000` sets the sizes, `--without-uploads` imports
 * text only (pictures stay at their old addresses), `--keep` leaves the generated files.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DATELINE_CLI } from "../test/support/dateline-cli.ts";
import { type FreshDatabase, freshDatabase, parseDialect } from "./fresh-database.ts";
import { exportCounts, type WxrCounts, writeWxrExport } from "./synthetic/wxr-export.ts";
import { writeWxrUploads } from "./synthetic/wxr-uploads.ts";
import { formatTable } from "./table.ts";

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    sizes: { type: "string", default: "2000,20000" },
    "without-uploads": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const dialect = parseDialect(args.dialect);
const sizes = (args.sizes ?? "").split(",").map(Number);
if (sizes.length === 0 || !sizes.every((n) => Number.isInteger(n) && n > 0))
  throw new Error("--sizes takes positive whole numbers separated by commas");
const withUploads = !args["without-uploads"];

const MB = 1024 * 1024;
/** Enough of the command's output to show why it failed, without holding a progress bar's megabytes. */
const OUTPUT_TAIL = 16_384;

interface ImportReport {
  counts?: { created?: number; updated?: number; unchanged?: number; skipped?: number };
  elapsedMs?: number;
  peakRssBytes?: number;
}

interface Run {
  posts: number;
  counts: WxrCounts;
  exportBytes: number;
  seconds: number;
  peakRssBytes: number;
  /** Whether time and memory came from the command's report or were measured from outside. */
  measured: "report" | "outside";
  report: ImportReport;
  stories: number;
  photos: number;
}

class CommandFailed extends Error {}

/** The process's resident high-water mark so far, or 0 once it has gone. */
function highWaterMark(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function runImport(
  dir: string,
  exportPath: string,
  database: FreshDatabase,
): Promise<{ ms: number; peak: number }> {
  const command = [
    ...DATELINE_CLI,
    "import",
    "wordpress",
    exportPath,
    "--edition",
    "en",
    "--report",
    join(dir, "report.json"),
    ...(withUploads ? ["--uploads", join(dir, "uploads")] : []),
  ];
  const started = performance.now();
  // Run from the checkout, where `--import tsx` resolves; everything the command writes is sent to
  // the run's own folder, so the checkout's database and media are never touched.
  const child = spawn(process.execPath, command, {
    cwd: join(import.meta.dirname, ".."),
    env: {
      PATH: process.env.PATH ?? "",
      DATABASE_URL: database.url,
      DATELINE_DEMO: "off",
      LOG_LEVEL: "warn",
      MEDIA_DIR: join(dir, "media"),
      WIRE_DROP_ROOT: join(dir, "wire-drop"),
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, highWaterMark(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  }).finally(() => clearInterval(sampler));
  if (code !== 0) {
    throw new CommandFailed(
      `dateline ${command.slice(DATELINE_CLI.length).join(" ")} exited ${code}:\n${output}`,
    );
  }
  return { ms: performance.now() - started, peak };
}

function readReport(path: string): ImportReport {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ImportReport;
  } catch (error) {
    throw new CommandFailed(`the import wrote no readable report at ${path}: ${(error as Error).message}`);
  }
}

async function measure(posts: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), `dateline-import-bench-${posts}-`));
  const removeDir = () => {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  };
  // The folder holds hundreds of megabytes at 20,000 posts: it goes even when the run is interrupted.
  process.once("exit", removeDir);
  const exportPath = join(dir, "export.xml");
  const generating = performance.now();
  await writeWxrExport(exportPath, { posts });
  if (withUploads) await writeWxrUploads(join(dir, "uploads"), { posts });
  const generated = ((performance.now() - generating) / 1000).toFixed(1);
  console.log(`${posts} posts: export and uploads generated in ${generated} s in ${dir}`);
  const database = await freshDatabase(dialect);
  try {
    const outside = await runImport(dir, exportPath, database);
    const report = readReport(join(dir, "report.json"));
    const fromReport = typeof report.elapsedMs === "number" && typeof report.peakRssBytes === "number";
    const db = database.db.kysely;
    const count = async (table: "articles" | "media") =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      posts,
      counts: exportCounts({ posts }),
      exportBytes: statSync(exportPath).size,
      seconds: (fromReport ? (report.elapsedMs as number) : outside.ms) / 1000,
      peakRssBytes: fromReport ? (report.peakRssBytes as number) : outside.peak,
      measured: fromReport ? "report" : "outside",
      report,
      stories: await count("articles"),
      photos: await count("media"),
    };
  } finally {
    await database.drop();
    removeDir();
    process.off("exit", removeDir);
  }
}

const runs: Run[] = [];
try {
  for (const posts of sizes) runs.push(await measure(posts));
} catch (error) {
  if (!(error instanceof CommandFailed)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}

const mb = (bytes: number) => (bytes / MB).toFixed(1);
const rate = (run: Run) => run.posts / run.seconds;
const count = (n: number | undefined) => (n === undefined ? "—" : String(n));
console.log(
  `\nWordPress import on ${dialect}, ${withUploads ? "with" : "without"} the uploads folder (time and memory from ${[...new Set(runs.map((r) => (r.measured === "report" ? "the import's report" : "outside the process")))].join(" and ")})\n`,
);
console.log(
  formatTable(
    ["posts", "items", "export (MB)", "seconds", "posts/s", "peak RSS (MB)"],
    runs.map((run) => [
      String(run.posts),
      String(run.counts.posts + run.counts.pages + run.counts.attachments),
      mb(run.exportBytes),
      run.seconds.toFixed(1),
      rate(run).toFixed(0),
      mb(run.peakRssBytes),
    ]),
  ),
);
console.log("\nWhat the import did (its report's counts, and the rows in the database after it)\n");
console.log(
  formatTable(
    ["posts", "created", "updated", "unchanged", "skipped", "stories", "photos"],
    runs.map((run) => [
      String(run.posts),
      count(run.report.counts?.created),
      count(run.report.counts?.updated),
      count(run.report.counts?.unchanged),
      count(run.report.counts?.skipped),
      String(run.stories),
      String(run.photos),
    ]),
  ),
);
const [smallest, largest] = [runs[0], runs.at(-1)];
if (smallest && largest && largest !== smallest) {
  const label = `${largest.posts} ÷ ${smallest.posts}`;
  console.log(`\n${label}: peak memory × ${(largest.peakRssBytes / smallest.peakRssBytes).toFixed(2)}`);
  console.log(`${label}: posts per second × ${(rate(largest) / rate(smallest)).toFixed(2)}`);
}
