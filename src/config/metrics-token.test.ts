import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./load.ts";

describe("METRICS_TOKEN", () => {
  it("is unset when empty or absent, so /metrics stays loopback-only", () => {
    assert.equal(loadConfig({}).metricsToken, undefined);
    assert.equal(loadConfig({ METRICS_TOKEN: "" }).metricsToken, undefined);
  });

  it("takes a token of 16 characters or more, and refuses a shorter one by name", () => {
    assert.equal(loadConfig({ METRICS_TOKEN: "0123456789abcdef" }).metricsToken, "0123456789abcdef");
    assert.throws(() => loadConfig({ METRICS_TOKEN: "short" }), /METRICS_TOKEN: must be at least 16/);
  });
});
