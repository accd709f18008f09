import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readSearchRequest, searchPath } from "./search-query.ts";

describe("readSearchRequest", () => {
  it("reads a form submission, where untouched fields arrive empty", () => {
    const request = readSearchRequest(
      "/en/search?q=metro+rail&section=&author=&kind=news&from=2026-11-01&to=&sort=newest",
    );
    assert.equal(request.valid, true);
    assert.deepEqual(request.valid && request.params, {
      q: "metro rail",
      kind: "news",
      from: "2026-11-01",
      sort: "newest",
      page: 1,
    });
    assert.deepEqual(request.form, {
      q: "metro rail",
      section: "",
      author: "",
      kind: "news",
      from: "2026-11-01",
      to: "",
      sort: "newest",
    });
  });

  it("names each kind of mistake once, keeping what was typed for the form", () => {
    const cases: [string, string[]][] = [
      [`q=${"a".repeat(501)}`, ["query"]],
      ["q=a&from=2026-13-01&to=soon", ["date"]],
      ["q=a&from=2026-03-01&to=2026-02-01", ["dateOrder"]],
      ["q=a&page=0", ["page"]],
      ["q=a&page=51", ["page"]],
      ["q=a&kind=blog&sort=oldest", ["filter"]],
      ["q=a&q=b", ["repeated"]],
    ];
    for (const [query, problems] of cases) {
      const request = readSearchRequest(`/en/search?${query}`);
      assert.equal(request.valid, false, query);
      assert.deepEqual(!request.valid && request.problems, problems, query);
    }
    assert.equal(readSearchRequest("/en/search?q=a&kind=blog").form.kind, "blog");
  });
});

describe("searchPath", () => {
  it("writes only the fields that are set, and the page after the first", () => {
    assert.equal(searchPath("en", {}), "/en/search");
    assert.equal(
      searchPath("en", { q: "river flood", section: "", kind: "news", sort: "relevance" }, 2),
      "/en/search?q=river+flood&kind=news&page=2",
    );
    assert.equal(
      searchPath("bn", { q: "নদী", sort: "newest" }),
      "/bn/search?q=%E0%A6%A8%E0%A6%A6%E0%A7%80&sort=newest",
    );
  });

  it("round-trips through readSearchRequest", () => {
    const form = { q: "a+b & c", author: "nasima-akter", from: "2026-11-01", to: "2026-11-02" };
    const request = readSearchRequest(searchPath("en", form, 3));
    assert.ok(request.valid);
    assert.deepEqual(request.params, { ...form, sort: "relevance", page: 3 });
  });
});
