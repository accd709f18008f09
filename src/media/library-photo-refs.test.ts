import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { libraryFilesIn, withPhotoReferences } from "./library-photo-refs.ts";

const ids = new Map([
  ["river.jpg", 7],
  ["river-640.jpg", 7],
  ["boat.webp", 9],
]);
const ref = (html: string) => withPhotoReferences(html, ids);

describe("libraryFilesIn", () => {
  it("names each library file a body's pictures point at, once, and no other host's", () => {
    const body =
      '<figure><img src="/media/river.jpg" alt="" /></figure><p><img alt="" src="/media/river.jpg" /></p>' +
      '<img src="https://elsewhere.test/media/x.jpg" /><img src="/media/boat.webp" />';
    assert.deepEqual(libraryFilesIn(body), ["river.jpg", "boat.webp"]);
  });
});

describe("withPhotoReferences", () => {
  it("makes a figure around an original or a variant refer to its photo", () => {
    assert.equal(
      ref('<p>a</p><figure><img src="/media/river-640.jpg" alt="x" /><figcaption>C</figcaption></figure>'),
      '<p>a</p><figure data-media-id="7"><img src="/media/river-640.jpg" alt="x" /><figcaption>C</figcaption></figure>',
    );
    assert.equal(
      ref('<figure><figcaption>C</figcaption><img alt="" src="/media/boat.webp" /></figure>'),
      '<figure data-media-id="9"><figcaption>C</figcaption><img alt="" src="/media/boat.webp" /></figure>',
    );
  });

  it("leaves figures that refer already, and pictures of no library file, exactly as they were", () => {
    for (const body of [
      '<figure data-media-id="3"><img src="/media/river.jpg" alt="" /></figure>',
      '<figure><img src="/media/not-ours.jpg" alt="" /></figure>',
      '<p>Text <img src="/media/river.jpg" /> more text.</p>',
      '<p><strong>Bold</strong><img src="/media/river.jpg" /></p>',
      '<p><img src="/media/river.jpg" /><img src="/media/boat.webp" /></p>',
    ])
      assert.equal(ref(body), body);
  });

  it("gives a figure the first of its library pictures only", () => {
    assert.equal(
      ref('<figure><img src="/media/boat.webp" /><img src="/media/river.jpg" /></figure>'),
      '<figure data-media-id="9"><img src="/media/boat.webp" /><img src="/media/river.jpg" /></figure>',
    );
  });

  it("wraps a bare picture where a figure may stand, and turns a paragraph holding only it into the figure", () => {
    assert.equal(
      ref('<img src="/media/river.jpg" alt="" /><p> <img src="/media/boat.webp" /> </p>'),
      '<figure data-media-id="7"><img src="/media/river.jpg" alt="" /></figure><figure data-media-id="9"><img src="/media/boat.webp" /></figure>',
    );
    assert.equal(
      ref('<ul><li><img src="/media/river.jpg" /></li></ul>'),
      '<ul><li><figure data-media-id="7"><img src="/media/river.jpg" /></figure></li></ul>',
    );
  });

  it("changes nothing when no file is the library's, and changes a referred body no further", () => {
    const body = '<figure><img src="/media/river.jpg" /></figure>';
    assert.equal(withPhotoReferences(body, new Map()), body);
    assert.equal(ref(ref(body)), ref(body));
  });
});
