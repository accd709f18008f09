import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MalformedQuery, strictQuery } from "./strict-query.ts";

describe("strictQuery", () => {
  it("decodes names and values, with + as a space, and keeps repeats as arrays", () => {
    assert.deepEqual(
      {
        ...strictQuery("/en/search?q=river+flood&section=%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE&k=1&k=2&flag"),
      },
      { q: "river flood", section: "খেলা", k: ["1", "2"], flag: "" },
    );
    assert.deepEqual({ ...strictQuery("/en/search") }, {});
    assert.deepEqual({ ...strictQuery("/en/search?&&q=a&") }, { q: "a" });
  });

  it("refuses bad escapes and encoded lone surrogates instead of passing them on as text", () => {
    for (const url of ["/s?q=%ZZ", "/s?q=%", "/s?q=%E0%A6", "/s?q=%ED%A0%80", "/s?%ZZ=1"]) {
      assert.throws(() => strictQuery(url), MalformedQuery, url);
    }
  });

  it("refuses a NUL, escaped or not, saying so rather than blaming an escape", () => {
    for (const url of ["/s?q=%00", "/s?q=a\u0000", "/s?%00=1"]) {
      assert.throws(() => strictQuery(url), { name: "MalformedQuery", message: /NUL/ }, url);
    }
  });

  it("refuses a lone surrogate written into the URL as is, not only an escaped one", () => {
    assert.throws(() => strictQuery("/s?q=\ud800"), MalformedQuery);
    assert.throws(() => strictQuery("/s?\udc00=1"), MalformedQuery);
  });
});
