import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";

/**
 * Node arguments that run the `dateline` command from the sources through tsx, so a test checks the
 * code it sits beside rather than whatever dist/ was last built from (the build test runs dist/).
 */
export const DATELINE_CLI = ["--import", "tsx", join(import.meta.dirname, "../../src/cli/dateline.ts")];

/**
 * Runs `node ...command serve` on a free port until it has answered `path` with 200, then stops it
 * with SIGTERM, as a deploy would, and expects it to drain and exit 0. Fails with the server's
 * output if it exits before it serves.
 */
export async function serveOnce(command: string[], env: Record<string, string>, path = "/"): Promise<void> {
  const child = spawn(process.execPath, [...command, "serve"], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", PORT: "0", ...env },
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk;
        const serving = /Dateline is serving (\S+?)\/? /.exec(output)?.[1];
        if (serving) resolve(serving);
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk;
      });
      void exited.then(() => reject(new Error(`serve exited before it served: ${output}`)));
    });
    assert.equal((await fetch(`${url}${path}`)).status, 200, `GET ${path}`);
  } finally {
    child.kill("SIGTERM");
  }
  assert.equal(await exited, 0, `serve did not stop cleanly on SIGTERM: ${output}`);
}
