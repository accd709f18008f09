import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeBody, sanitizeStoryBody } from "./sanitize-body.ts";

describe("tables in a body", () => {
  it("keeps a table's structure, whole-number spans and a known scope", () => {
    const html =
      '<table><caption>Fares</caption><thead><tr><th scope="col">Route</th><th scope="col">Tk</th></tr></thead>' +
      '<tbody><tr><td colspan="2">Mawa–Janjira</td></tr><tr><td rowspan="3">৮০</td><td>x</td></tr></tbody></table>';
    assert.equal(sanitizeBody(html), html);
    assert.equal(sanitizeStoryBody(html), html);
  });

  it("drops spans that are not whole numbers, unknown scopes and everything else on cells", () => {
    const dirty =
      '<table border="1" style="width:100%"><tr><th scope="everything" colspan="2.0" onclick="x()">a</th>' +
      '<td rowspan="1e9" width="301" colspan="-1">b</td><td colspan="0">c</td></tr></table>';
    assert.equal(sanitizeBody(dirty), "<table><tr><th>a</th><td>b</td><td>c</td></tr></table>");
  });
});

describe("sanitizeStoryBody", () => {
  it("keeps the photo library's pictures, referenced or not", () => {
    const html =
      '<figure data-media-id="7"><img src="/media/ab12.jpg" alt="Boats" /><figcaption>Boats — Dateline</figcaption></figure>' +
      '<figure><img src="/media/cd34.jpg" alt="" /></figure>';
    assert.equal(sanitizeStoryBody(html), html);
  });

  it("drops pictures from other servers, with the figure around them", () => {
    const dirty =
      '<p>Before</p><figure><img src="https://lh7-rt.googleusercontent.com/docsz/AD_4nX" alt="" /><figcaption>Ferry</figcaption></figure>' +
      '<p><img src="file:///C:/Users/nusrat/clip_image001.png" />After<img src="//cdn.example.org/media/x.jpg" /></p>';
    assert.equal(sanitizeStoryBody(dirty), "<p>Before</p><p>After</p>");
  });

  it("keeps a library reference even when its picture's address is not ours", () => {
    assert.equal(
      sanitizeStoryBody('<figure data-media-id="9"><img src="https://example.org/x.jpg" alt="" /></figure>'),
      '<figure data-media-id="9"></figure>',
    );
  });

  it("leaves wire copy shown on the desk its agency's pictures", () => {
    assert.match(
      sanitizeBody('<img src="https://x.example/a.jpg" />'),
      /<img src="https:\/\/x\.example\/a\.jpg" \/>/,
    );
  });
});
