#!/usr/bin/env node
// Compiles the server (src/) to JavaScript in dist/ with the same layout, so every path a module
// finds beside itself (site assets, the sanitizer's worker, ../../admin/dist) holds compiled too.
// Types are checked by `npm run check` and `npm test`; the build only emits, which keeps
// `npm ci` (whose prepare step runs it) quick. `--out-dir DIR` builds elsewhere (the build test).
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const at = process.argv.indexOf("--out-dir");
const outDir = at > 0 ? resolve(process.argv[at + 1] ?? "") : join(root, "dist");

rmSync(outDir, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const build = spawnSync(
  process.execPath,
  [tsc, "-p", join(root, "tsconfig.build.json"), "--noCheck", "--outDir", outDir],
  { stdio: "inherit" },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// Files the modules read at run time; notes for developers (*.md) stay behind.
const src = join(root, "src");
for (const file of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!file.isFile() || /\.(tsx?|md)$/.test(file.name)) continue;
  const from = join(file.parentPath, file.name);
  cpSync(from, join(outDir, from.slice(src.length + 1)));
}
process.stdout.write(`Server built into ${outDir}\n`);
