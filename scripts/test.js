#!/usr/bin/env node
// Runs the suite with node's test runner: typecheck and lint, then unit tests beside the code (the
// product in src/, the benchmarks' own generators in bench/ and the newsroom app's pure modules in
// admin/src/), end-to-end tests and browser tests.
// `npm test` runs all; `npm test -- unit|e2e|browser` runs one tier.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const TIERS = {
  unit: () => [...find("src", ".test.ts"), ...find("bench", ".test.ts"), ...find("admin/src", ".test.ts")],
  e2e: () => find("test/e2e", ".test.ts"),
  browser: () => find("test/browser", ".test.ts"),
};

function find(dir, suffix) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith(suffix))
    .sort();
}

const wanted = process.argv.slice(2);
const tiers = wanted.length ? wanted : Object.keys(TIERS);
for (const tier of tiers) {
  if (!(tier in TIERS)) {
    console.error(`unknown test tier "${tier}"; use one of ${Object.keys(TIERS).join(", ")}`);
    process.exit(2);
  }
}

// The full run starts with the static checks: types, then lint and format.
if (!wanted.length) {
  for (const check of [
    ["tsc", "--noEmit", "-p", "."],
    ["tsc", "--noEmit", "-p", "admin"],
    ["biome", "check", "."],
    // The newsroom app's generated API types must match what the server describes.
    ["tsx", "scripts/gen-api.ts", "--check"],
  ]) {
    const result = spawnSync("npx", check, { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

// Unit and end-to-end files mostly wait on a server, PostgreSQL or the disk, so two run at once
// even on two cores; browser files each drive a Chromium, which wants the machine to itself.
const batches = [
  { files: tiers.filter((t) => t !== "browser").flatMap((tier) => TIERS[tier]()), concurrency: 2 },
  { files: tiers.includes("browser") ? TIERS.browser() : [], concurrency: 1 },
].filter((batch) => batch.files.length > 0);
// Piped (CI), the summary must be TAP ("# pass N") on every Node: 20 chose it itself, 24 prints spec.
const reporter = process.stdout.isTTY ? [] : ["--test-reporter=tap"];
let failed = 0;
for (const { files, concurrency } of batches) {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...reporter, ...files],
    { stdio: "inherit" },
  );
  if (run.status !== 0) failed = run.status ?? 1;
}
process.exit(failed);
