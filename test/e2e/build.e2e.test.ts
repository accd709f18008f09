import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { serveOnce } from "../support/dateline-cli.ts";

const ROOT = join(import.meta.dirname, "../..");
// Inside the checkout, so the compiled modules find node_modules as dist/ does.
mkdirSync(join(ROOT, ".tmp"), { recursive: true });
const scratch = mkdtempSync(join(ROOT, ".tmp/build-"));
const BIN = join(scratch, "bin/dateline.js");

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: scratch, encoding: "utf8", timeout: 240_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the build that ships", () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("says to build when there is nothing compiled to run", () => {
    cpSync(join(ROOT, "bin/dateline.js"), BIN);
    const result = node([BIN, "--help"]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /not built; run `npm run build`/);
  });

  it("compiles the server, and plain node serves the compiled site", async () => {
    const build = node([join(ROOT, "scripts/build-server.js"), "--out-dir", join(scratch, "dist")]);
    assert.equal(build.code, 0, build.stderr);
    await serveOnce([BIN], {
      DATABASE_URL: `sqlite:${join(scratch, "site.db")}`,
      MEDIA_DIR: join(scratch, "media"),
      DATELINE_DEMO: "off",
    });
  });

  it("cleans a body in the compiled sanitizer's worker thread, which loads JavaScript", () => {
    const sanitizer = join(scratch, "dist/content/body-sanitizer.js");
    const script = `const { createBodySanitizer } = await import(${JSON.stringify(sanitizer)});
      const pool = createBodySanitizer(1);
      process.stdout.write(await pool.clean("<p>kept<script>dropped()</script></p>"));
      await pool.close();`;
    const result = node(["--input-type=module", "-e", script]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "<p>kept</p>");
  });
});
