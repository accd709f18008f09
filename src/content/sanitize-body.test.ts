import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../http/app-error.ts";
import { MAX_BODY_DEPTH } from "./body-depth.ts";
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

  it("gives what a parser makes of the cleaned markup, so cleaning twice changes nothing", () => {
    // Found by the property tests: dropping <noscript> left a paragraph inside a paragraph.
    for (const html of ["<p><noscript><p>", "<p><span><p>x</p></span></p>", "<li><x><li>"]) {
      const clean = sanitizeBody(html);
      assert.equal(sanitizeBody(clean), clean, html);
    }
    assert.equal(sanitizeBody("<p><noscript><p>"), "<p></p><p></p><p></p>");
  });

  it(`keeps nesting up to ${MAX_BODY_DEPTH} deep and refuses deeper with 422 naming the body`, () => {
    const nested = (depth: number) => `${"<blockquote>".repeat(depth)}x${"</blockquote>".repeat(depth)}`;
    assert.equal(sanitizeBody(nested(MAX_BODY_DEPTH)), nested(MAX_BODY_DEPTH));
    for (const html of [nested(MAX_BODY_DEPTH + 1), "<b>".repeat(166_000)]) {
      assert.throws(
        () => sanitizeBody(html),
        (error) =>
          error instanceof AppError &&
          error.status === 422 &&
          error.extra.field === "body" &&
          /more than 64 deep/.test(error.message),
      );
    }
  });
});
