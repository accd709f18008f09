import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createLogger, redactSecrets } from "./logger.ts";

const KEY = "dl_Abc-123_secretSECRETsecret";

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger("info", { write: (line: string) => lines.push(line) }) };
}

describe("logger", () => {
  it("redacts key= query values and API keys in URLs and messages", () => {
    assert.equal(
      redactSecrets(`/api/content/v1/articles?edition=en&key=${KEY}&limit=2`),
      "/api/content/v1/articles?edition=en&key=[redacted]&limit=2",
    );
    assert.equal(redactSecrets(`/x?KEY=anything`), "/x?KEY=[redacted]");
    assert.equal(
      redactSecrets(`Route GET:/x?monkey=1 not found with ${KEY}`),
      "Route GET:/x?monkey=1 not found with dl_[redacted]",
    );
  });

  it("never writes secret headers, keys in requests or keys in errors", () => {
    const { lines, logger } = capture();
    logger.info(
      { headers: { authorization: `Bearer ${KEY}`, cookie: "dateline_session=tok3n", accept: "x" } },
      "h",
    );
    logger.info(
      {
        req: { headers: { "x-api-key": KEY, "x-csrf-token": "csrf7" } },
        res: { headers: { "set-cookie": "s=tok3n" } },
      },
      "r",
    );
    logger.error(
      { req: { method: "GET", url: `/a?key=${KEY}`, ip: "192.0.2.1" }, err: new Error(`bad ${KEY}`) },
      "e",
    );
    logger.info(`Route GET:/a?key=${KEY} not found`);
    const all = lines.join("");
    for (const secret of [KEY, "tok3n", "csrf7"])
      assert.ok(!all.includes(secret), `${secret} leaked: ${all}`);
    assert.equal(lines.length, 4);
    assert.match(all, /"accept":"x"/, "other headers stay");
    assert.match(all, /"url":"\/a\?key=\[redacted\]"/);
  });
});
