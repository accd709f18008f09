import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_KEY_LENGTH, redirectKey } from "./redirect-key.ts";

describe("redirectKey", () => {
  it("keeps only the significant query parameters, sorted, and drops the trailing slash", () => {
    assert.equal(redirectKey("/?p=123"), "/?p=123");
    assert.equal(redirectKey("/?utm_source=x&page_id=45&P=9"), "/?p=9&page_id=45");
    assert.equal(redirectKey("/2019/03/14/some-slug/"), "/2019/03/14/some-slug");
    assert.equal(redirectKey("/category/news/?replytocom=4#comments"), "/category/news");
    assert.equal(redirectKey("/"), "/");
    assert.equal(redirectKey(""), "/");
  });

  it("drops the scheme and host of a full URL, whatever their case", () => {
    assert.equal(redirectKey("HTTPS://Old.Example.COM/Some-Page/?p=7"), "/some-page?p=7");
    assert.equal(redirectKey("http://old.example.com"), "/");
  });

  it("spells mixed-case and needless escapes one way", () => {
    const a = redirectKey("/caf%c3%a9/a%2db");
    assert.equal(a, "/caf%C3%A9/a-b");
    assert.equal(redirectKey("/CAF%C3%A9/a-b/"), a);
    assert.equal(redirectKey("/café/a-b"), a);
  });

  it("gives a Bangla path one key, raw, escaped or in a decomposed form", () => {
    const raw = "/২০১৯/খবর-শিরোনাম/";
    const key = redirectKey(raw);
    assert.equal(key, `/${encodeURIComponent("২০১৯")}/${encodeURIComponent("খবর-শিরোনাম")}`);
    assert.equal(redirectKey(encodeURI(raw).toLowerCase()), key);
    assert.equal(redirectKey(raw.normalize("NFD")), key);
  });

  it("resolves dot segments without climbing above the root", () => {
    assert.equal(redirectKey("/a/./b/../c"), "/a/c");
    assert.equal(redirectKey("/../../etc/passwd"), "/etc/passwd");
    assert.equal(redirectKey("/%2e%2e/%2E%2E/x"), "/x");
    // An escaped slash stays inside its segment: it is not a separator.
    assert.equal(redirectKey("/a%2Fb"), "/a%2Fb");
  });

  it("refuses NULs, control characters and broken escapes", () => {
    assert.equal(redirectKey("/a%00b"), undefined);
    assert.equal(redirectKey("/?p=1%00"), undefined);
    assert.equal(redirectKey("/a%0Ab"), undefined);
    assert.equal(redirectKey("/a%zz"), undefined);
    assert.equal(redirectKey("/%E0%A6"), undefined);
  });

  it("refuses an overlong path, and keeps one just under the limit", () => {
    assert.equal(redirectKey(`/${"a".repeat(MAX_KEY_LENGTH)}`), undefined);
    assert.equal(redirectKey(`/${"a".repeat(MAX_KEY_LENGTH - 1)}`)?.length, MAX_KEY_LENGTH);
    assert.equal(redirectKey(`/${"%E0%A6%95".repeat(1000)}`), undefined);
  });
});
