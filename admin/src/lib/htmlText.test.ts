import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paragraphsOf } from "./htmlText.ts";

describe("paragraphsOf", () => {
  it("makes a paragraph of each block separated by a blank line, keeping single line breaks", () => {
    assert.equal(
      paragraphsOf("First line\nsecond line\n\n\nNext  \n"),
      "<p>First line<br>second line</p><p>Next</p>",
    );
  });

  it("escapes markup typed as text", () => {
    assert.equal(
      paragraphsOf(`<script>alert("x")</script> & more`),
      `<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; more</p>`,
    );
  });

  it("gives nothing for blank text", () => {
    assert.equal(paragraphsOf(" \n\n \n"), "");
  });
});
