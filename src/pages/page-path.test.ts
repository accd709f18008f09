import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_PATH_LENGTH, MAX_SEGMENTS, pagePath, pageUrlPath, pathProblem } from "./page-path.ts";
import { StaticPageRefused } from "./static-page-refused.ts";

function refusal(path: string): string | undefined {
  try {
    pagePath(path);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof StaticPageRefused);
    return error.problem;
  }
}

describe("pagePath", () => {
  it("drops the slashes around a path and keeps its case", () => {
    assert.equal(pagePath("/about/"), "about");
    assert.equal(pagePath("About/Team"), "About/Team");
    assert.equal(pagePath("/policies/v1.2_draft-final"), "policies/v1.2_draft-final");
  });

  it("takes Bangla and other scripts with their marks, in NFC", () => {
    assert.equal(pagePath("/আমাদের-কথা/"), "আমাদের-কথা");
    // য় written as য + nukta composes to one letter in NFC.
    assert.equal(pagePath("নিয়ম".normalize("NFD")), "নিয়ম".normalize("NFC"));
    assert.equal(pagePath("über-uns/café"), "über-uns/café");
  });

  it("refuses empty paths and empty segments", () => {
    assert.equal(refusal(""), "empty");
    assert.equal(refusal("/"), "empty");
    assert.equal(refusal("about//team"), "empty-segment");
    assert.equal(refusal("//about"), "empty-segment");
  });

  it("refuses dot segments, which browsers and proxies resolve away", () => {
    assert.equal(refusal("about/../admin"), "dot-segment");
    assert.equal(refusal("./about"), "dot-segment");
    assert.equal(refusal("..."), "dot-segment");
  });

  it("refuses characters outside letters, marks, digits, '-', '_' and '.'", () => {
    for (const path of [
      "about us",
      "about?x=1",
      "a%2Fb",
      "a\\b",
      "about#team",
      "a\u0000b",
      "a\u200bb",
      "<x>",
    ])
      assert.equal(refusal(path), "bad-character", path);
  });

  it("refuses paths too long or too deep", () => {
    assert.equal(pathProblem("a".repeat(MAX_PATH_LENGTH)), undefined);
    assert.equal(refusal("a".repeat(MAX_PATH_LENGTH + 1)), "too-long");
    const deep = Array.from({ length: MAX_SEGMENTS }, (_, i) => `s${i}`);
    assert.equal(pathProblem(deep.join("/")), undefined);
    assert.equal(refusal([...deep, "more"].join("/")), "too-deep");
  });

  it("refuses the site's own words as a first segment, in any case", () => {
    for (const path of [
      "search",
      "Author/jane",
      "tag/x",
      "feed",
      "feeds/all",
      "media",
      "assets/site.css",
      "API",
      "newsroom",
      "sitemap.xml",
      "sitemaps",
      "sitemap-pages",
      "robots.txt",
      "feed.xml",
      "atom.xml",
      "feed.json",
    ])
      assert.equal(refusal(path), "reserved", path);
    assert.equal(refusal("about/feed.xml"), "reserved", "a listing's feed");
    assert.equal(pagePath("about/search"), "about/search", "only the first segment is the site's");
    assert.equal(pagePath("tagline"), "tagline");
  });
});

describe("pageUrlPath", () => {
  it("escapes each segment and keeps the slashes between them", () => {
    assert.equal(pageUrlPath("en", "about/team"), "/en/about/team");
    assert.equal(pageUrlPath("bn", "আমাদের-কথা"), `/bn/${encodeURIComponent("আমাদের-কথা")}`);
  });
});
