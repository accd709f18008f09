import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { awkwardText } from "../../test/support/awkward-text.ts";
import { MalformedQuery, type RawQuery, strictQuery } from "./strict-query.ts";

const RUNS = { numRuns: 2000, includeErrorInReport: true };

/** Query-string syntax, good and bad escapes, and names that are special to JavaScript objects. */
const QUERY_PIECES = [
  "&",
  "=",
  "+",
  "?",
  "#",
  "%",
  "%0",
  "%00",
  "%ZZ",
  "%25",
  "%2B",
  "%26",
  "%3D",
  "%E0%A6%95",
  "%E0%A6",
  "%ED%A0%80",
  "%C0%AF",
  "%F4%90%80%80",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "1e308",
  "99999999999999999999",
  "-0",
  "NaN",
];
const rawUrl = awkwardText(60, { extraPieces: QUERY_PIECES }).map((query) => `/en/search?${query}`);

/** Text a query can carry: well formed and without NUL, which the decoder refuses. */
const carried = awkwardText(20).map((text) => text.toWellFormed().replaceAll("\u0000", ""));
const record = fc.dictionary(carried, fc.oneof(carried, fc.array(carried, { minLength: 2, maxLength: 4 })), {
  maxKeys: 6,
});

function decodeOrRefuse(url: string): RawQuery | undefined {
  try {
    return strictQuery(url);
  } catch (error) {
    if (error instanceof MalformedQuery) return undefined;
    throw error;
  }
}

describe("strictQuery, for any request URL", () => {
  it("decodes or refuses with MalformedQuery, and decodes only to well-formed text without NUL", () => {
    fc.assert(
      fc.property(rawUrl, (url) => {
        const query = decodeOrRefuse(url);
        if (query === undefined) return;
        assert.equal(Object.getPrototypeOf(query), null, "no inherited names to confuse a lookup");
        for (const [name, value] of Object.entries(query)) {
          const values = [value].flat();
          if (Array.isArray(value)) assert.ok(value.length >= 2, "only a repeated name gives an array");
          for (const text of [name, ...values]) {
            assert.equal(typeof text, "string");
            assert.ok(text.isWellFormed() && !text.includes("\u0000"), JSON.stringify(text));
          }
        }
      }),
      RUNS,
    );
  });

  it("leaves Object.prototype alone, whatever the names", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(rawUrl, (url) => {
        decodeOrRefuse(url);
        decodeOrRefuse(url.replace("?", "?__proto__[x]=1&__proto__=1&constructor[prototype][x]=1&"));
        assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
        assert.equal(({} as Record<string, unknown>).x, undefined);
      }),
      RUNS,
    );
  });

  it("agrees with the URL standard's parser wherever it decodes", () => {
    fc.assert(
      fc.property(rawUrl, (url) => {
        const query = decodeOrRefuse(url);
        if (query === undefined) return;
        // The leading "&" keeps URLSearchParams from dropping a "?" that begins the query itself.
        const standard = new URLSearchParams(`&${url.slice(url.indexOf("?") + 1)}`);
        const expected: Record<string, string | string[]> = Object.create(null);
        for (const name of new Set(standard.keys())) {
          const all = standard.getAll(name);
          expected[name] = all.length === 1 ? (all[0] as string) : all;
        }
        assert.deepEqual(query, expected);
      }),
      RUNS,
    );
  });

  it("gives back any record it is sent, percent-encoded or form-encoded", () => {
    fc.assert(
      fc.property(record, (sent) => {
        const pairs = Object.entries(sent).flatMap(([name, value]) => [value].flat().map((v) => [name, v]));
        const percent = pairs.map(
          ([n, v]) => `${encodeURIComponent(n as string)}=${encodeURIComponent(v as string)}`,
        );
        const form = new URLSearchParams(pairs as [string, string][]).toString();
        for (const query of [percent.join("&"), form]) {
          assert.deepEqual({ ...strictQuery(`/en/search?${query}`) }, { ...sent });
        }
      }),
      RUNS,
    );
  });
});
