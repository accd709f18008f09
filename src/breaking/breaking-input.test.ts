import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../http/app-error.ts";
import { checkBanner } from "./breaking-input.ts";

const SITE = "https://news.example";
const NOW = new Date("2026-12-04T12:00:00.000Z");
const ok = { text: "Cyclone makes landfall", url: "/en/news/cyclone", endsAt: "2026-12-04T18:00:00Z" };

function refusedField(change: Partial<typeof ok>): unknown {
  try {
    checkBanner({ ...ok, ...change }, SITE, NOW);
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.status, 422);
    return error.extra.field;
  }
  return undefined;
}

describe("checkBanner", () => {
  it("keeps a path, trims and normalises the text, and writes the end as an ISO instant", () => {
    const banner = checkBanner({ ...ok, text: "  Cafe\u0301 fire  " }, SITE, NOW);
    assert.deepEqual(banner, {
      text: "Caf\u00e9 fire",
      url: "/en/news/cyclone",
      endsAt: "2026-12-04T18:00:00.000Z",
    });
  });

  it("stores an address of this site as its path", () => {
    const banner = checkBanner({ ...ok, url: "https://news.example/bn/x?y=1#z" }, SITE, NOW);
    assert.equal(banner.url, "/bn/x?y=1#z");
  });

  it("refuses links that leave the site", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,x",
      "//evil.example/x",
      "/\\evil.example/x",
      "https://evil.example/en/",
      "http://news.example/en/",
      "https://news.example.evil.example/",
      "en/news",
      "/en/a b",
      "",
    ])
      assert.equal(refusedField({ url }), "url", url);
  });

  it("counts the text in grapheme clusters and refuses control characters", () => {
    assert.equal(refusedField({ text: "   " }), "text");
    assert.equal(refusedField({ text: "a".repeat(201) }), "text");
    assert.equal(refusedField({ text: "line\nbreak" }), "text");
    // 200 Bangla clusters of two code points each fit.
    assert.equal(checkBanner({ ...ok, text: "কি".repeat(200) }, SITE, NOW).text.length, 400);
  });

  it("takes an end in the future, at most 48 hours ahead", () => {
    assert.equal(refusedField({ endsAt: "2026-12-04T12:00:00Z" }), "endsAt");
    assert.equal(refusedField({ endsAt: "2026-12-06T12:00:01Z" }), "endsAt");
    assert.equal(refusedField({ endsAt: "soon" }), "endsAt");
    assert.equal(
      checkBanner({ ...ok, endsAt: "2026-12-06T12:00:00Z" }, SITE, NOW).endsAt,
      "2026-12-06T12:00:00.000Z",
    );
  });
});
