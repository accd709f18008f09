import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { PageCache } from "./page-cache.ts";

describe("PageCache", () => {
  const page = { status: 200 as const, html: "<!doctype html><p>ঢাকা</p>" };

  it("returns a page only for the content version it was rendered from", () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    cache.set("/en/", 7, page);
    assert.equal(cache.get("/en/", 7)?.html, page.html);
    assert.equal(cache.get("/en/", 8), undefined);
  });

  it("keeps UTF-8 and compressed bodies that decode to the same bytes, with a stable ETag", () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const stored = cache.set("/bn/", 1, page);
    assert.equal(gunzipSync(stored.gzip).toString("utf8"), page.html);
    assert.equal(stored.identity.toString("utf8"), page.html);
    assert.equal(cache.set("/bn/", 2, page).etag, stored.etag);
  });

  it("forgets entries past their age", async () => {
    const cache = new PageCache({ maxEntries: 10, maxAgeMs: 5 });
    cache.set("/en/", 1, page);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(cache.get("/en/", 1), undefined);
  });
});
