import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { awkwardText, QUERY_SYNTAX } from "../../../test/support/awkward-text.ts";
import { MAX_QUERY_LENGTH } from "../search.types.ts";
import { type Clause, parseQuery } from "./parse-query.ts";

const RUNS = { numRuns: 1000, includeErrorInReport: true };
const query = awkwardText(MAX_QUERY_LENGTH, { extraPieces: QUERY_SYNTAX, size: "large" });

/** A term is letters, marks and digits only: nothing an engine could read as syntax. */
const TERM = /^[\p{L}\p{M}\p{N}]+$/u;
/** Words past 64 characters are dropped; lower-casing can at most double one (İ → i + U+0307). */
const MAX_TERM_LENGTH = 128;

const termsOf = (c: Clause) => (c.kind === "phrase" ? c.terms : [c.term]);

describe("parseQuery, for any text a reader types", () => {
  it("gives at most 12 distinct clauses of plain terms of bounded length", () => {
    fc.assert(
      fc.property(query, (q) => {
        const { clauses } = parseQuery(q);
        assert.ok(clauses.length <= 12);
        assert.equal(new Set(clauses.map((c) => JSON.stringify(c))).size, clauses.length);
        for (const c of clauses) {
          if (c.kind === "phrase") assert.ok(c.terms.length >= 2, "a one-word phrase is a term");
          if (c.kind === "prefix") {
            assert.ok(c.term.startsWith(c.prefix) && [...c.prefix].length >= 3);
            assert.match(c.prefix, TERM);
          }
          for (const term of termsOf(c)) {
            assert.match(term, TERM);
            assert.ok(term.length <= MAX_TERM_LENGTH, term);
          }
        }
      }),
      RUNS,
    );
  });

  it("highlights exactly the terms and prefixes it looks for", () => {
    fc.assert(
      fc.property(query, (q) => {
        const { clauses, highlight } = parseQuery(q);
        assert.deepEqual(highlight.terms, new Set(clauses.flatMap(termsOf)));
        assert.deepEqual(
          highlight.prefixes,
          clauses.flatMap((c) => (c.kind === "prefix" ? [c.prefix] : [])),
        );
      }),
      RUNS,
    );
  });

  it("looks for a prefix only while the last word is still being typed", () => {
    fc.assert(
      fc.property(query, fc.constantFrom(" ", '"', ".", "\u3000"), (q, end) => {
        assert.ok(parseQuery(q + end).clauses.every((c) => c.kind !== "prefix"));
      }),
      RUNS,
    );
  });

  it("does not throw on text far past the request limit", () => {
    fc.assert(
      fc.property(awkwardText(20_000, { extraPieces: QUERY_SYNTAX, size: "max" }), (q) => {
        assert.ok(parseQuery(q).clauses.length <= 12);
      }),
      { numRuns: 20, includeErrorInReport: true },
    );
  });
});
