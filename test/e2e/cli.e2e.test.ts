import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { countArticles } from "../../src/content/content.writes.ts";
import { createDb } from "../../src/db/create-db.ts";
import { createTestDatabase, DIALECTS, unavailable } from "../support/databases.ts";
import { DATELINE_CLI, serveOnce } from "../support/dateline-cli.ts";
import { TEST_MEDIA_DIR } from "../support/test-server.ts";

const scratch = mkdtempSync(join(tmpdir(), "dateline-cli-"));

function dateline(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...DATELINE_CLI, ...args], {
    env: { PATH: process.env.PATH ?? "", MEDIA_DIR: TEST_MEDIA_DIR, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("dateline command", () => {
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("explains itself and every command with --help", () => {
    const top = dateline(["--help"]);
    assert.equal(top.code, 0);
    for (const command of ["serve", "migrate", "demo", "reindex"]) {
      assert.match(top.stdout, new RegExp(command));
      const help = dateline([command, "--help"]);
      assert.equal(help.code, 0, `${command} --help`);
      assert.match(help.stdout, /Usage: dateline/);
    }
  });

  it("migrates, seeds the demo once, re-seeds only with --reset, and rebuilds search", () => {
    const env = { DATABASE_URL: `sqlite:${join(scratch, "cli.db")}` };
    assert.match(
      dateline(["migrate"], env).stdout,
      /Applied: 2026-11-29-01-content, 2026-11-29-02-newsroom, 2026-11-29-03-distribution, 2026-11-29-04-search/,
    );
    assert.match(dateline(["migrate"], env).stdout, /up to date/);
    assert.match(dateline(["demo"], env).stdout, /Seeded \d+ demo articles/);
    assert.match(dateline(["demo"], env).stdout, /nothing changed/);
    assert.match(dateline(["demo", "--reset"], env).stdout, /Seeded \d+ demo articles/);
    assert.match(dateline(["reindex"], env).stdout, /Indexed 100 published stories/);
  });

  it("manages accounts: create, list, set-role and reset-password, with the password from the environment", () => {
    const env = { DATABASE_URL: `sqlite:${join(scratch, "users.db")}` };
    const created = dateline(["user", "create", "--email", "Chief@Example.test", "--role", "admin"], {
      ...env,
      DATELINE_PASSWORD: "a long enough password",
    });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Created admin chief@example\.test/);
    assert.match(dateline(["user", "list"], env).stdout, /admin\tchief@example\.test/);
    const noPassword = dateline(["user", "create", "--email", "x@example.test", "--role", "author"], env);
    assert.notEqual(noPassword.code, 0, "no terminal and no password: a clear failure");
    assert.match(noPassword.stderr, /no password/);
    const weak = dateline(
      ["user", "create", "--email", "y@example.test", "--role", "author", "--password", "short"],
      env,
    );
    assert.match(weak.stderr, /at least 10 characters/);
    const lastAdmin = dateline(
      ["user", "set-role", "--email", "chief@example.test", "--role", "editor"],
      env,
    );
    assert.match(lastAdmin.stderr, /last admin/);
    const reset = dateline(
      ["user", "reset-password", "--email", "chief@example.test", "--password", "another long password"],
      env,
    );
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(dateline(["user", "--help"], env).stdout, /reset-password/);
  });

  it("stops with one clear line and a non-zero exit when the database cannot be used", () => {
    for (const url of ["postgres://nobody@127.0.0.1:1/none", "mysql://localhost/db", `sqlite:${scratch}`]) {
      const result = dateline(["serve"], { DATABASE_URL: url, PORT: "0" });
      assert.notEqual(result.code, 0, url);
      const lines = result.stderr.trim().split("\n");
      assert.equal(lines.length, 1, `one line for ${url}: ${result.stderr}`);
      assert.match(lines[0] ?? "", /^dateline: .*(database|DATABASE_URL|SQLite)/i);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`dateline serve and DATELINE_DEMO on ${dialect}`, async () => {
    const skip = await unavailable(dialect);

    for (const [demo, seeded] of [
      ["off", false],
      ["on", true],
    ] as const) {
      it(`with DATELINE_DEMO=${demo}, an empty database is ${seeded ? "seeded with the demo" : "left empty"}`, {
        skip,
      }, async () => {
        const database = await createTestDatabase(dialect);
        try {
          await serveOnce(DATELINE_CLI, {
            DATABASE_URL: database.url,
            DATELINE_DEMO: demo,
            MEDIA_DIR: TEST_MEDIA_DIR,
          });
          const db = await createDb(database.url);
          try {
            const articles = await countArticles(db.kysely);
            assert.equal(articles > 0, seeded, `${articles} articles`);
          } finally {
            await db.close();
          }
        } finally {
          await database.drop();
        }
      });
    }
  });
}
