import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { QUERY_TYPES, queryMix } from "./query-mix.ts";

describe("synthetic query mix", () => {
  const queries = queryMix({ count: 400, perEdition: 500 });

  it("is deterministic, splits the editions evenly and covers every query type in both", () => {
    assert.deepEqual(queryMix({ count: 400, perEdition: 500 }), queries);
    assert.notDeepEqual(queryMix({ count: 400, perEdition: 500, draw: 1 }), queries);
    assert.equal(queries.length, 400);
    for (const edition of ["en", "bn"]) {
      const own = queries.filter((q) => q.edition === edition);
      assert.equal(own.length, 200);
      for (const type of QUERY_TYPES)
        assert.ok(
          own.some((q) => q.type === type),
          `${edition} ${type}`,
        );
    }
    assert.ok(queries.some((q) => q.sort === "newest") && queries.some((q) => q.sort === "relevance"));
  });

  it("quotes phrases, types several words, and leaves the last word of a prefix query unfinished", () => {
    for (const q of queries) {
      assert.ok(q.q.trim() !== "", `${q.type} is empty`);
      const words = q.q.replaceAll('"', "").split(" ");
      if (q.type === "phrase") assert.match(q.q, /^"[^"]+"$/);
      if (q.type === "multi-word") assert.ok(words.length >= 2 && words.length <= 3, q.q);
      if (q.type.startsWith("word")) assert.equal(words.length, 1);
      if (q.type === "prefix") assert.ok([...(words.at(-1) ?? "")].length >= 3, q.q);
    }
  });
});
