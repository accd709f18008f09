/**
 * `npm run bench:hostile`: how the front page answers while contributors save hostile story
 * bodies (issue 10, finding 4: `"<b>"` × 166,000 once held every page for seconds).
 *
 * The server runs as `npm start` runs it (`bin/dateline.js serve`, its own process) on a fresh
 * demo database (`--dialect sqlite|postgres`). For `--seconds S` (default 8) per phase, one reader
 * asks for the front page again and again, one request at a time, while two contributors save a
 * story back to back with: nothing (the baseline); `"<b>"` × 166,000, which is refused; and the
 * slowest body found that is accepted, `"<"` × 499,000 (within the schema's 500,000 characters;
 * it is stored as 2 MB of `&lt;`). `--root DIR` runs another checkout's server, to compare with
 * an older version. Printed: the front page's latency and the saves.
 */

import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type ApiClient, login, TEST_PASSWORD } from "../test/support/api-client.ts";
import { createTestDatabase } from "../test/support/databases.ts";
import { TEST_MEDIA_DIR } from "../test/support/test-server.ts";
import { freePort } from "./free-port.ts";
import { parseDialect } from "./fresh-database.ts";
import { percentile } from "./stats.ts";
import { formatTable } from "./table.ts";

const { values: args } = parseArgs({
  options: {
    dialect: { type: "string", default: "sqlite" },
    seconds: { type: "string", default: "8" },
    root: { type: "string", default: fileURLToPath(new URL("..", import.meta.url)) },
  },
});
const dialect = parseDialect(args.dialect);
const seconds = Number(args.seconds);
if (!(seconds > 0)) throw new Error("--seconds takes a positive number");

const PHASES = [
  { name: "no saves (baseline)", body: undefined },
  { name: '"<b>" × 166,000 (refused)', body: "<b>".repeat(166_000) },
  { name: '"<" × 499,000 (accepted)', body: "<".repeat(499_000) },
] as const;
const SAVERS = 2;

interface Story {
  id: number;
  version: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Runs `dateline ARGS` from the checkout under test and waits for it to end. */
async function dateline(env: NodeJS.ProcessEnv, ...cliArgs: string[]) {
  const child = spawn(process.execPath, [`${args.root}/bin/dateline.js`, ...cliArgs], {
    cwd: args.root,
    env,
    stdio: "inherit",
  });
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`dateline ${cliArgs[0]} exited with ${code}`);
}

/** `dateline serve` in its own process, answering once the front page does. */
async function startServerProcess(env: NodeJS.ProcessEnv) {
  const server = spawn(process.execPath, [`${args.root}/bin/dateline.js`, "serve"], {
    // tsx takes preact's JSX setting from the tsconfig of the directory it runs in.
    cwd: args.root,
    env,
    stdio: "inherit",
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await once(server, "exit");
  };
  const url = `http://127.0.0.1:${env.PORT}`;
  for (let tries = 0; ; tries++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const status = await fetch(`${url}/en/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { url, stop };
    if (status >= 500 || tries > 600) {
      await stop();
      throw new Error(
        status ? `the front page answered ${status}` : "the server did not start within a minute",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Saves `body` over the story again and again until `end`; the status and duration of each save. */
async function saveUntil(writer: ApiClient, story: Story, body: string, end: number) {
  const saves: { status: number; ms: number }[] = [];
  while (performance.now() < end) {
    const started = performance.now();
    const current = await writer.get<Story>(`/articles/${story.id}`);
    const response = await writer.request("PATCH", `/articles/${story.id}`, {
      version: current.body.version,
      body,
    });
    saves.push({ status: response.status, ms: performance.now() - started });
  }
  return saves;
}

/** Front-page latencies, one request at a time, until `end`. */
async function readUntil(url: string, end: number): Promise<number[]> {
  const latencies: number[] = [];
  while (performance.now() < end) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`front page answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function measure(url: string, writers: ApiClient[], stories: Story[]): Promise<string[][]> {
  const frontPage = `${url}/en/`;
  await readUntil(frontPage, performance.now() + 1000);
  const rows: string[][] = [];
  let baselineP99 = Number.NaN;
  for (const phase of PHASES) {
    const end = performance.now() + seconds * 1000;
    const saving = phase.body
      ? Promise.all(writers.map((writer, i) => saveUntil(writer, stories[i] as Story, phase.body, end)))
      : Promise.resolve([]);
    const latencies = await readUntil(frontPage, end);
    const saves = (await saving).flat();
    const p99 = percentile(latencies, 99);
    if (!phase.body) baselineP99 = p99;
    const statuses = [...new Set(saves.map((s) => s.status))].join(", ");
    rows.push([
      phase.name,
      String(latencies.length),
      ms(percentile(latencies, 50)),
      ms(p99),
      ms(Math.max(...latencies)),
      (p99 / baselineP99).toFixed(1),
      saves.length ? `${saves.length} (${statuses})` : "–",
      saves.length
        ? ms(
            percentile(
              saves.map((s) => s.ms),
              50,
            ),
          )
        : "–",
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const database = await createTestDatabase(dialect);
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(await freePort()),
    HOST: "127.0.0.1",
    MEDIA_DIR: TEST_MEDIA_DIR,
    LOG_LEVEL: "warn",
  };
  const emails = Array.from({ length: SAVERS }, (_, i) => `contributor${i}@bench.test`);
  await dateline(env, "migrate");
  for (const email of emails)
    await dateline(
      env,
      "user",
      "create",
      "--email",
      email,
      "--role",
      "contributor",
      "--password",
      TEST_PASSWORD,
    );
  const server = await startServerProcess(env);
  try {
    const writers = await Promise.all(emails.map((email) => login(server.url, email)));
    const stories = await Promise.all(
      writers.map(async (writer) => {
        const created = await writer.request<Story>("POST", "/articles", {
          edition: "en",
          section: "national",
          headline: "A story to save",
          standfirst: "s",
          body: "<p>x</p>",
        });
        if (created.status !== 201) throw new Error(`the draft answered ${created.status}`);
        return created.body;
      }),
    );
    const rows = await measure(server.url, writers, stories);
    console.log(`hostile-save bench: ${dialect}, ${seconds} s per phase, ${SAVERS} contributors saving\n`);
    console.log(
      formatTable(
        [
          "while contributors save",
          "front pages",
          "p50",
          "p99",
          "max",
          "p99 vs baseline",
          "saves (status)",
          "save p50",
        ],
        rows,
      ),
    );
  } finally {
    await server.stop();
    await database.drop();
  }
}

await main();
