import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildOpenApiDocument } from "../../src/api/openapi-document.ts";

interface LintProblem {
  ruleId: string;
  severity: "error" | "warn";
  message: string;
  location: { pointer: string }[];
}

/** Runs Redocly's linter with the rules in redocly.yaml (its recommended set) on a document. */
async function lint(document: unknown): Promise<LintProblem[]> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-openapi-"));
  try {
    const file = join(dir, "openapi.json");
    await writeFile(file, JSON.stringify(document));
    const run = spawnSync(
      "node_modules/.bin/redocly",
      ["lint", "--config", "redocly.yaml", "--format", "json", "--max-problems", "1000", file],
      // No telemetry or update check: the test must not reach the network.
      {
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    assert.ok(run.stdout.trim(), `redocly printed no report: ${run.stderr}`);
    return (JSON.parse(run.stdout) as { problems: LintProblem[] }).problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const describeProblem = (p: LintProblem) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`;

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no errors", async (t) => {
    const problems = await lint(await buildOpenApiDocument());
    for (const warning of problems.filter((p) => p.severity !== "error"))
      t.diagnostic(describeProblem(warning));
    assert.deepEqual(problems.filter((p) => p.severity === "error").map(describeProblem), []);
  });

  it("declares how each operation authenticates: the session, with the CSRF header to change state, or a Content API key", async () => {
    const document = (await buildOpenApiDocument()) as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
    };
    const security = (method: string, path: string) => document.paths[path]?.[method]?.security;
    assert.deepEqual(security("post", "/api/admin/v1/session"), []);
    assert.deepEqual(security("get", "/api/admin/v1/articles"), [{ session: [] }]);
    assert.deepEqual(security("patch", "/api/admin/v1/articles/{id}"), [{ session: [], csrf: [] }]);
    assert.deepEqual(security("get", "/api/content/v1/articles"), [
      { contentApiKey: [] },
      { contentApiKeyQuery: [] },
    ]);
  });

  it("describes only the JSON APIs, not the site's pages", async () => {
    const document = (await buildOpenApiDocument()) as { paths: Record<string, unknown> };
    assert.deepEqual(
      Object.keys(document.paths).filter((path) => !path.startsWith("/api/")),
      [],
    );
  });
});
