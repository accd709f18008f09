import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeStoryBody } from "../../../content/sanitize-body.ts";
import { inlinePhotoIds } from "../../../media/inline-photos.tsx";
import { convertWordPressContent } from "./convert-content.ts";
import { placeLibraryPhotos } from "./place-images.ts";

const post =
  'Lead paragraph.\n\n[caption id="attachment_12"]<img class="wp-image-12" src="https://news.example/ferry.jpg" alt="Ferry" /> The <em>ferry</em>[/caption]\n\n[gallery ids="40,41"]\n\nhttps://www.youtube.com/watch?v=abc';

describe("placeLibraryPhotos", () => {
  it("makes placeholders library references the story sanitizer keeps, with their captions", () => {
    const { html, images } = convertWordPressContent(post);
    const placed = placeLibraryPhotos(html, images, (image) =>
      image.attachmentId
        ? { mediaId: image.attachmentId + 1000, src: `/media/${image.attachmentId}.jpg` }
        : null,
    );
    const body = sanitizeStoryBody(placed);
    assert.equal(
      body,
      '<p>Lead paragraph.</p><figure data-media-id="1012"><img src="/media/12.jpg" alt="Ferry" /><figcaption>The <em>ferry</em></figcaption></figure>' +
        '<figure data-media-id="1040"><img src="/media/40.jpg" alt="" /></figure><figure data-media-id="1041"><img src="/media/41.jpg" alt="" /></figure>' +
        '<p><a href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer">https://www.youtube.com/watch?v=abc</a></p>',
    );
    assert.deepEqual(inlinePhotoIds(body), [1012, 1040, 1041]);
  });

  it("leaves a picture with no library photo as a link to it and its caption as a paragraph", () => {
    const { html, images } = convertWordPressContent(post);
    const placed = placeLibraryPhotos(html, images, () => null);
    assert.equal(
      sanitizeStoryBody(placed),
      '<p>Lead paragraph.</p><p><a href="https://news.example/ferry.jpg" rel="noopener noreferrer">Ferry</a></p><p>The <em>ferry</em></p>' +
        '<p><a href="https://www.youtube.com/watch?v=abc" rel="noopener noreferrer">https://www.youtube.com/watch?v=abc</a></p>',
    );
  });

  it("asks for each picture with its index in the list", () => {
    const { html, images } = convertWordPressContent(post);
    const asked: number[] = [];
    placeLibraryPhotos(html, images, (_, index) => {
      asked.push(index);
      return null;
    });
    assert.deepEqual(asked, [0, 1, 2]);
  });
});
