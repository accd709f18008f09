#!/usr/bin/env node
// Runs the compiled server (dist/, made by `npm run build`, which `npm ci` runs through prepare).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/dateline.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("dateline: the server is not built; run `npm run build` first.\n");
  process.exit(1);
}
// Stack traces name the TypeScript sources (the build writes source maps beside the JavaScript).
process.setSourceMapsEnabled(true);
await import(entry.href);
