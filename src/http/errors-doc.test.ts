import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { ERROR_CODES } from "./app-error.ts";

/** The `| \`CODE\` | status | when |` rows of the table in docs/errors.md, as "CODE status". */
function documentedCodes(): string[] {
  const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
  return [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map(([, code, status]) => `${code} ${status}`);
}

describe("docs/errors.md", () => {
  it("lists every error code of the registry with its status, and no others", () => {
    const registry = Object.entries(ERROR_CODES).map(([code, { status }]) => `${code} ${status}`);
    const documented = documentedCodes();
    const missing = registry.filter((entry) => !documented.includes(entry));
    const extra = documented.filter((entry) => !registry.includes(entry));
    assert.deepEqual(
      { missingFromDocs: missing, notInRegistry: extra },
      { missingFromDocs: [], notInRegistry: [] },
    );
  });
});
