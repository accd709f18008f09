import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { looksPhpSerialized, type PhpValue, readPhpSerialized } from "./php-serialized.ts";

/** PHP's serialize() for the plain types, written from the format description (the oracle for round trips). */
function serialize(value: PhpValue): string {
  if (value === null) return "N;";
  if (typeof value === "boolean") return `b:${value ? 1 : 0};`;
  if (typeof value === "number") return Number.isInteger(value) ? `i:${value};` : `d:${value};`;
  if (typeof value === "string") return `s:${Buffer.byteLength(value, "utf8")}:"${value}";`;
  const body = (map: Map<number | string, PhpValue>) =>
    `${map.size}:{${[...map].map(([key, item]) => serialize(key) + serialize(item)).join("")}}`;
  if (value instanceof Map) return `a:${body(value)}`;
  return `O:${Buffer.byteLength(value.phpClass)}:"${value.phpClass}":${body(value.properties)}`;
}

const key = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.string({ unit: "grapheme" }));
const { tree } = fc.letrec<{ tree: PhpValue }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).filter((n) => !Object.is(n, -0)),
    fc.string({ unit: "grapheme" }),
    fc.uniqueArray(fc.tuple(key, tie("tree")), { selector: ([k]) => k, maxLength: 5 }).map((e) => new Map(e)),
  ),
}));

describe("readPhpSerialized", () => {
  it("reads back every plain value PHP can write, counting string lengths in UTF-8 bytes", () => {
    fc.assert(
      fc.property(tree, (value) => {
        assert.deepEqual(readPhpSerialized(serialize(value)), { ok: true, value });
      }),
    );
  });

  it("reads WordPress's usual shapes", () => {
    assert.deepEqual(readPhpSerialized('a:1:{s:3:"foo";s:3:"bar";}'), {
      ok: true,
      value: new Map([["foo", "bar"]]),
    });
    assert.deepEqual(readPhpSerialized('s:9:"বাংলা";'), { ok: false, reason: 'expected """ at byte 14' });
    assert.deepEqual(readPhpSerialized('s:15:"বাংলা";'), { ok: true, value: "বাংলা" });
    assert.deepEqual(readPhpSerialized("a:0:{}"), { ok: true, value: new Map() });
    assert.deepEqual(readPhpSerialized("d:INF;"), { ok: true, value: Number.POSITIVE_INFINITY });
    assert.deepEqual(readPhpSerialized('s:2:"a\\";'), { ok: true, value: "a\\" });
  });

  it("reads objects as data and never as classes; refuses references and custom serialization", () => {
    const object = readPhpSerialized('O:8:"stdClass":1:{s:1:"a";i:1;}');
    assert.deepEqual(object, { ok: true, value: { phpClass: "stdClass", properties: new Map([["a", 1]]) } });
    assert.equal(readPhpSerialized('C:3:"Foo":0:{}').ok, false);
    assert.equal(readPhpSerialized("a:2:{i:0;i:1;i:1;r:2;}").ok, false);
  });

  it("refuses a string whose byte count splits a character", () => {
    assert.equal(readPhpSerialized('s:1:"ব";').ok, false);
  });

  it("refuses values past the depth, entry and size limits", () => {
    const deep = `${"a:1:{i:0;".repeat(10)}N;${"}".repeat(10)}`;
    assert.equal(readPhpSerialized(deep).ok, true);
    assert.deepEqual(readPhpSerialized(deep, { maxDepth: 5 }), { ok: false, reason: "nested deeper than 5" });
    const wide = `a:3:{i:0;N;i:1;N;i:2;N;}`;
    assert.equal(readPhpSerialized(wide, { maxEntries: 2 }).ok, false);
    assert.equal(readPhpSerialized('s:3:"abc";', { maxBytes: 5 }).ok, false);
    // A declared count far beyond the text fails at the text's end, without allocating for the count.
    assert.equal(readPhpSerialized("a:4294967295:{}").ok, false);
  });

  it("never throws and never accepts trailing text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const result = readPhpSerialized(text);
        assert.equal(result.ok || typeof result.reason === "string", true);
      }),
    );
    fc.assert(
      fc.property(tree, fc.nat(), (value, cut) => {
        const text = serialize(value);
        const end = cut % Math.max(text.length, 1);
        const truncated = readPhpSerialized(text.slice(0, end));
        // A cut inside a value is always refused, except where the prefix is itself complete ("i:12" of "i:123").
        if (truncated.ok) assert.notEqual(end, 0);
        assert.equal(readPhpSerialized(`${text}x`).ok, false);
      }),
    );
  });
});

describe("looksPhpSerialized", () => {
  it("tells serialized meta from plain text", () => {
    for (const text of ['a:1:{s:3:"foo";s:3:"bar";}', "i:5;", "b:0;", "N;", 's:0:"";']) {
      assert.equal(looksPhpSerialized(text), true, text);
    }
    for (const text of ["Foo", "42", "a: list", ""]) assert.equal(looksPhpSerialized(text), false, text);
  });
});
