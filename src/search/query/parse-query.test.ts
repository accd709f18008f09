import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQuery } from "./parse-query.ts";

const clauses = (q: string) => parseQuery(q).clauses;

describe("parseQuery", () => {
  it("requires every word, stemmed, and drops stop words while others remain", () => {
    assert.deepEqual(clauses("the elections "), [{ kind: "term", term: "elect" }]);
    assert.deepEqual(clauses("the "), [{ kind: "term", term: "the" }], "a query of stop words keeps them");
    assert.deepEqual(clauses("ঢাকা এবং "), [{ kind: "term", term: "ঢাকা" }]);
  });

  it("reads quoted stretches as phrases, with any kind of quotation marks", () => {
    assert.deepEqual(clauses('"river rises" '), [{ kind: "phrase", terms: ["river", "rise"] }]);
    assert.deepEqual(clauses("“নদীর পানি”"), [{ kind: "phrase", terms: ["নদী", "পানি"] }]);
    assert.deepEqual(
      clauses('"river'),
      [{ kind: "prefix", term: "river", prefix: "river" }],
      "an unclosed quote quotes nothing",
    );
  });

  it("matches the word being typed as a prefix, never cutting a Bangla letter from its sign", () => {
    assert.deepEqual(clauses("embankm"), [{ kind: "prefix", term: "embankm", prefix: "embankm" }]);
    assert.deepEqual(clauses("flood relie"), [
      { kind: "term", term: "flood" },
      { kind: "prefix", term: "reli", prefix: "reli" },
    ]);
    assert.deepEqual(clauses("ab"), [{ kind: "term", term: "ab" }], "too short to be a useful prefix");
    assert.deepEqual(
      clauses("tha"),
      [{ kind: "prefix", term: "tha", prefix: "tha" }],
      "alone, three letters will do",
    );
    assert.deepEqual(clauses("flood tha"), [{ kind: "term", term: "flood" }], "beside other words, it waits");
    const [bangla] = clauses("নির্বাচ");
    assert.equal(bangla?.kind, "prefix");
  });

  it("leaves no engine syntax: operators and symbols are separators or plain words", () => {
    assert.deepEqual(clauses("NEAR( * ^ : - ) "), [{ kind: "term", term: "near" }]);
    assert.deepEqual(clauses("\ud800river "), [{ kind: "term", term: "river" }]);
    assert.deepEqual(clauses('"" * '), []);
    assert.equal(clauses(`${"word ".repeat(200)}`).length, 1, "repeated words count once");
    assert.ok(clauses(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")).length <= 12);
  });
});
