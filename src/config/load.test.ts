import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, loadConfig } from "./load.ts";

describe("loadConfig", () => {
  it("has working defaults for the embedded demo", () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.host, "127.0.0.1");
    assert.equal(config.databaseUrl, "sqlite:./data/dateline.db");
    assert.equal(config.siteUrl, "http://127.0.0.1:3000");
    assert.deepEqual(
      config.site.editions.map((e) => e.code),
      ["en", "bn"],
    );
    assert.ok(Object.isFrozen(config));
  });

  it("reads PostgreSQL URLs and trims a trailing slash from SITE_URL", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u@h/db",
      SITE_URL: "https://news.example/",
      PORT: "8080",
    });
    assert.equal(config.databaseUrl, "postgres://u@h/db");
    assert.equal(config.siteUrl, "https://news.example");
    assert.equal(config.port, 8080);
  });

  it("trusts no proxy unless TRUST_PROXY lists addresses, ranges or proxy-addr's names", () => {
    assert.deepEqual(loadConfig({}).trustProxy, []);
    assert.deepEqual(
      loadConfig({ TRUST_PROXY: " 10.0.0.1, 10.1.0.0/16 ,loopback,::1,fd00::/8" }).trustProxy,
      ["10.0.0.1", "10.1.0.0/16", "loopback", "::1", "fd00::/8"],
    );
    for (const bad of ["true", "1", "10.0.0.0/33", "10.0.0.1/8/1", "proxy.example"]) {
      assert.throws(() => loadConfig({ TRUST_PROXY: bad }), /TRUST_PROXY/, bad);
    }
  });

  it("seeds the demo unless DATELINE_DEMO is off, and takes nothing but on or off", () => {
    assert.equal(loadConfig({}).demo, true);
    assert.equal(loadConfig({ DATELINE_DEMO: "on" }).demo, true);
    assert.equal(loadConfig({ DATELINE_DEMO: "off" }).demo, false);
    for (const bad of ["no", "false", "OFF", ""]) {
      assert.throws(() => loadConfig({ DATELINE_DEMO: bad }), /DATELINE_DEMO/, bad);
    }
  });

  it("sends CDN purges only with a URL and a signing secret of 16 characters or more", () => {
    assert.equal(loadConfig({}).cdnPurge, undefined);
    const secret = "s".repeat(16);
    assert.deepEqual(
      loadConfig({ CDN_PURGE_URL: "https://cdn.example/purge", CDN_PURGE_SECRET: secret }).cdnPurge,
      {
        url: "https://cdn.example/purge",
        secret,
      },
    );
    assert.throws(() => loadConfig({ CDN_PURGE_URL: "https://cdn.example/purge" }), /CDN_PURGE_SECRET/);
    assert.throws(
      () => loadConfig({ CDN_PURGE_URL: "https://cdn.example/purge", CDN_PURGE_SECRET: "short" }),
      /CDN_PURGE_SECRET/,
    );
    assert.throws(
      () => loadConfig({ CDN_PURGE_URL: "ftp://cdn.example", CDN_PURGE_SECRET: secret }),
      /CDN_PURGE_URL/,
    );
  });

  it("lists every bad variable in one error", () => {
    assert.throws(
      () => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", SITE_URL: "ftp://x" }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /PORT/.test(error.message) &&
        /DATABASE_URL/.test(error.message) &&
        /SITE_URL/.test(error.message),
    );
  });
});
