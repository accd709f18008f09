import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WireFormatError } from "../wire-error.ts";
import { declaredXmlEncoding, decodeText } from "./decode-text.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    assert.deepEqual(decodeText(ascii("ভাষা café")), { text: "ভাষা café", encoding: "utf-8" });
    assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61)).text, "a");
  });

  it("reads UTF-16 by its byte order mark", () => {
    assert.equal(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x95, 0x09)).text, "a\u0995");
    assert.equal(decodeText(bytes(0xfe, 0xff, 0x09, 0x95)).text, "\u0995");
  });

  it("reads Latin-1 or Windows-1252 bytes that declare nothing as Windows-1252, and says so", () => {
    // "café – ‘quoted’" in Windows-1252.
    const decoded = decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x91, 0x71, 0x92));
    assert.equal(decoded.text, "café – \u2018q\u2019");
    assert.equal(decoded.encoding, "windows-1252");
    assert.match(decoded.note ?? "", /not UTF-8/);
  });

  it("reads the declared encoding, and falls back when the bytes contradict a UTF-8 declaration", () => {
    assert.equal(decodeText(bytes(0xcf, 0xf0, 0xe8), "windows-1251").text, "При");
    assert.equal(decodeText(bytes(0xe9), "iso-8859-1").text, "é");
    const contradicted = decodeText(bytes(0xe9, 0x74, 0xe9), "utf-8");
    assert.equal(contradicted.text, "été");
    assert.match(contradicted.note ?? "", /declared utf-8/);
  });

  it("refuses an encoding it cannot read", () => {
    assert.throws(() => decodeText(ascii("x"), "klingon-8"), WireFormatError);
  });
});

describe("declaredXmlEncoding", () => {
  it("finds the declaration's encoding, in either quotes, after blank lines", () => {
    assert.equal(
      declaredXmlEncoding(ascii(`\n<?xml version="1.0" encoding='ISO-8859-1'?><rss/>`)),
      "iso-8859-1",
    );
    assert.equal(declaredXmlEncoding(ascii(`<?xml version="1.0"?><rss/>`)), undefined);
    assert.equal(declaredXmlEncoding(ascii(`<rss encoding="utf-8"/>`)), undefined);
  });
});
