import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeBody } from "../content/sanitize-body.ts";
import { inlinePhotoIds, renderInlinePhotos } from "./inline-photos.tsx";
import type { MediaImage } from "./media.ts";

type Texts = Partial<Pick<MediaImage, "caption" | "alt" | "credit">>;
// Asserted: what the renderer reads is here, and fields added to MediaImage for others need no fixture.
const photo = (id: number, texts: Texts = {}) =>
  ({
    id,
    width: 1600,
    height: 900,
    caption: "Boats at Sadarghat",
    alt: "Launches moored on the river",
    credit: "Rina Das",
    src: `/media/p${id}-960.jpg`,
    srcset: {
      avif: `/media/p${id}-320.avif 320w, /media/p${id}-960.avif 960w`,
      webp: `/media/p${id}-320.webp 320w, /media/p${id}-960.webp 960w`,
      jpeg: `/media/p${id}-320.jpg 320w, /media/p${id}-960.jpg 960w`,
    },
    thumbnail: `/media/p${id}-320.jpg`,
    largest: { src: `/media/p${id}-960.jpg`, width: 960, height: 540 },
    ...texts,
  }) as MediaImage;

/** A body as the newsroom stores it: the reference with its frozen fallback. */
const stored = (id: number | string, caption = "Old caption — Old credit") =>
  sanitizeBody(
    `<figure data-media-id="${id}"><img src="/media/old.jpg" alt="old alt" width="10" height="5"><figcaption>${caption}</figcaption></figure>`,
  );

describe("inline photos", () => {
  it("keeps a photo reference only as a row id", () => {
    assert.deepEqual(inlinePhotoIds(stored(42)), [42]);
    for (const hostile of ["0", "-3", "042", "4.2", "1e3", " 7", "7 ", "2147483648", "x"])
      assert.deepEqual(inlinePhotoIds(stored(hostile)), [], hostile);
    assert.equal(
      sanitizeBody('<figure data-media-id="7" class="wide" data-x="1"></figure>'),
      '<figure data-media-id="7"></figure>',
    );
    assert.equal(
      sanitizeBody('<figure data-media-id="4" onload="alert(1)"></figure>'),
      '<figure data-media-id="4"></figure>',
    );
    // Only figures carry references.
    assert.equal(
      sanitizeBody('<p data-media-id="7">x</p><img data-media-id="7" src="/media/a.jpg">'),
      '<p>x</p><img src="/media/a.jpg" />',
    );
  });

  it("renders the library's picture and texts in place of the frozen copy", () => {
    const html = renderInlinePhotos(`<p>Before</p>${stored(42)}<p>After</p>`, new Map([[42, photo(42)]]), {
      creditLabel: "Photo",
    });
    assert.match(html, /^<p>Before<\/p><figure class="inline-figure" data-media-id="42"><picture>/);
    assert.match(
      html,
      /<source type="image\/avif" srcset="\/media\/p42-320\.avif 320w, \/media\/p42-960\.avif 960w"/,
    );
    assert.match(html, /<source type="image\/webp"/);
    assert.match(
      html,
      /<img src="\/media\/p42-960\.jpg"[^>]* width="1600" height="900" alt="Launches moored on the river"/,
    );
    assert.match(
      html,
      /<figcaption>Boats at Sadarghat <span class="photo-credit">Photo: Rina Das<\/span><\/figcaption><\/figure><p>After<\/p>$/,
    );
    assert.doesNotMatch(html, /Old caption|old alt|old\.jpg/);
  });

  it("writes absolute addresses for bodies read away from the site", () => {
    const html = renderInlinePhotos(stored(42), new Map([[42, photo(42)]]), {
      creditLabel: "ছবি",
      origin: "https://news.example/",
    });
    assert.match(
      html,
      /srcset="https:\/\/news\.example\/media\/p42-320\.avif 320w, https:\/\/news\.example\/media\/p42-960\.avif 960w"/,
    );
    assert.match(html, /<img src="https:\/\/news\.example\/media\/p42-960\.jpg"/);
    assert.match(html, /ছবি: Rina Das/);
    assert.doesNotMatch(html, /"\/media\//);
  });

  it("escapes the library's texts", () => {
    const hostile = photo(5, {
      caption: "<script>alert(1)</script>",
      alt: '"><img src=x onerror=alert(1)>',
      credit: "A & B",
    });
    const html = renderInlinePhotos(stored(5), new Map([[5, hostile]]), { creditLabel: "Photo" });
    assert.doesNotMatch(html, /<script|<img src=x/);
    assert.match(html, /&lt;script>|&lt;script&gt;/);
    assert.match(html, /A &amp; B/);
  });

  it("drops a reference to a photo that is gone, and only that figure", () => {
    const body = `${stored(9)}<p>Text</p>${stored(42)}`;
    const html = renderInlinePhotos(body, new Map([[42, photo(42)]]), { creditLabel: "Photo" });
    assert.match(html, /^<p>Text<\/p><figure class="inline-figure" data-media-id="42">/);
    assert.doesNotMatch(html, /Old caption|old\.jpg/);
  });

  it("replaces a reference with whatever it holds, nested figures included", () => {
    const body = sanitizeBody(
      '<figure data-media-id="1"><figure><figcaption>inner</figcaption></figure><figure data-media-id="2"></figure><figcaption>old</figcaption></figure><p>Tail</p>',
    );
    assert.deepEqual(inlinePhotoIds(body), [1, 2]);
    const html = renderInlinePhotos(
      body,
      new Map([
        [1, photo(1)],
        [2, photo(2)],
      ]),
      { creditLabel: "Photo" },
    );
    assert.equal((html.match(/<figure/g) ?? []).length, 1);
    assert.match(html, /<\/figure><p>Tail<\/p>$/);
  });

  it("leaves figures that are not references, and bodies without any, as they are", () => {
    const legacy = sanitizeBody(
      '<figure><img src="/media/a.jpg" alt="" /><figcaption>Kept</figcaption></figure>',
    );
    assert.equal(renderInlinePhotos(legacy, new Map([[1, photo(1)]]), { creditLabel: "Photo" }), legacy);
    assert.equal(renderInlinePhotos("<p>x</p>", new Map(), { creditLabel: "Photo" }), "<p>x</p>");
  });
});
