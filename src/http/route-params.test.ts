import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nfcParams } from "./route-params.ts";

describe("nfcParams", () => {
  it("composes a Bangla slug that arrived decomposed, and leaves ASCII and composed ones as they are", () => {
    // The vowel sign o: one code point in NFC, e and aa signs in NFD.
    const composed = "\u09cb";
    const decomposed = "\u09c7\u09be";
    assert.deepEqual(nfcParams({ edition: "bn", slug: `x${decomposed}` }), {
      edition: "bn",
      slug: `x${composed}`,
    });
    assert.deepEqual(nfcParams({ section: "sports", slug: composed }), { section: "sports", slug: composed });
  });
});
