/**
 * Start-up time: from spawning `dateline serve` to its first 200 (GET /healthz), the way a load
 * balancer sees a restarted node. The database is the demo, already migrated and seeded, so the
 * figure is a restart's, not a first run's (which also draws the demo's photos).
 *
 * Three ways to start, alternated round by round in one run:
 * - `node bin/dateline.js serve`: the compiled server, as `npm start` runs it (dist/, `npm run build`);
 * - `node --import tsx src/cli/dateline.ts serve`: the same sources compiled at load by tsx, as before the build;
 * - a bare Node HTTP server answering 200: the floor, what starting node itself costs here.
 *
 * `npm run bench:startup [-- --rounds N]` builds first. The machine is shared: read the spread.
 */

import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DATELINE_CLI } from "../test/support/dateline-cli.ts";
import { freePort } from "./free-port.ts";
import { percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const ROOT = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { rounds: { type: "string", default: "7" } } });
const ROUNDS = Number(values.rounds);

const BARE = `require("node:http").createServer((_q, s) => s.end("ok")).listen(Number(process.env.PORT), "127.0.0.1");`;
const WAYS: Record<string, string[]> = {
  "compiled (npm start)": [join(ROOT, "bin/dateline.js"), "serve"],
  "from source (tsx)": [...DATELINE_CLI, "serve"],
  "bare node http": ["-e", BARE],
};

/** Milliseconds from spawn to the first 200 on /healthz; the process is stopped afterwards. */
async function startUp(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (performance.now() - started > 60_000)
        throw new Error(`${args.join(" ")} did not answer within a minute`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill("SIGTERM");
    if (child.exitCode === null) await once(child, "exit");
  }
}

async function main() {
  if (!existsSync(join(ROOT, "dist/cli/dateline.js")))
    throw new Error("dist/ is missing: run `npm run build` first");
  const scratch = mkdtempSync(join(tmpdir(), "dateline-startup-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    DATABASE_URL: `sqlite:${join(scratch, "site.db")}`,
    MEDIA_DIR: join(scratch, "media"),
    LOG_LEVEL: "silent",
    DATELINE_DEMO: "off",
  };
  try {
    // A first start on the empty database migrates it and seeds the demo; every measured start is a restart.
    const seed = spawn(process.execPath, [...DATELINE_CLI, "demo"], { cwd: ROOT, env, stdio: "inherit" });
    const [code] = await once(seed, "exit");
    if (code !== 0) throw new Error(`dateline demo exited with ${code}`);
    const samples = new Map<string, number[]>(Object.keys(WAYS).map((name) => [name, []]));
    await startUp(WAYS["compiled (npm start)"] ?? [], env); // warms the file cache, not measured
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, args] of Object.entries(WAYS)) samples.get(name)?.push(await startUp(args, env));
    }
    const bare = percentile(samples.get("bare node http") ?? [], 50);
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const rows = [...samples].map(([name, times]) => [
      name,
      ms(percentile(times, 50)),
      ms(Math.min(...times)),
      ms(Math.max(...times)),
      `${(percentile(times, 50) / bare).toFixed(1)}×`,
    ]);
    process.stdout.write(
      `Start-up to first 200 on /healthz, restart on the seeded demo database (SQLite), ${ROUNDS} rounds, Node ${process.version}\n`,
    );
    process.stdout.write(`${formatTable(["start", "p50", "min", "max", "vs bare node"], rows)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
