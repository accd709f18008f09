import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeBody } from "./sanitize-body.ts";

describe("sanitizeBody", () => {
  it("keeps the structure a story needs", () => {
    const html =
      "<h2>Sub</h2><p>One <strong>two</strong> <em>three</em></p><blockquote><p>Q</p></blockquote><ul><li>x</li></ul>";
    assert.equal(sanitizeBody(html), html);
  });

  it("removes scripts, event handlers, styles and javascript: links", () => {
    const dirty = `<p onclick="x()" style="color:red">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">y</a><iframe src="https://e.x"></iframe>`;
    const clean = sanitizeBody(dirty);
    assert.doesNotMatch(clean, /script|onclick|style=|javascript:|iframe/);
    assert.match(clean, /<p>Hi<\/p>/);
  });

  it("adds rel=noopener to links and stores Bangla in NFC", () => {
    assert.match(sanitizeBody('<a href="https://example.org">x</a>'), /rel="noopener noreferrer"/);
    const decomposed = "\u09A8\u09C7\u09BE"; // ন + ে + া, the decomposed spelling of নো
    assert.equal(sanitizeBody(`<p>${decomposed}</p>`), "<p>\u09A8\u09CB</p>");
  });
});
