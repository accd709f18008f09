import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nestingDepth } from "./body-depth.ts";

describe("nestingDepth", () => {
  it("counts elements open at once, as a parser leaves them", () => {
    assert.equal(nestingDepth(""), 0);
    assert.equal(nestingDepth("<p>a</p><p>b</p>"), 1);
    assert.equal(nestingDepth("<blockquote><ul><li><p><b>x</b></p></li></ul></blockquote>"), 5);
    assert.equal(nestingDepth("<br><img src=x><hr>"), 1, "void elements close at once");
    assert.equal(nestingDepth("<p>a<p>b<p>c"), 1, "a paragraph closes the one before");
    assert.equal(nestingDepth("<b><i><b><i>"), 4, "unclosed inline tags stay open");
    assert.equal(nestingDepth("</b></p></i>"), 1, "stray closing tags open nothing");
  });

  it("stops reading one past the limit", () => {
    assert.equal(nestingDepth("<b>".repeat(166_000), 64), 65);
    assert.equal(
      nestingDepth("<svg><b/>".repeat(100), 10),
      11,
      "self-closing only counts in foreign content",
    );
  });
});
