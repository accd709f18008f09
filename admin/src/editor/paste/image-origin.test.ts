import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { embeddedFile, imageOrigin } from "./image-origin.ts";

const NEWSROOM = "https://desk.dateline.test/newsroom/stories/12";

describe("where a pasted picture is", () => {
  it("knows the library's own photos, by path or by full address", () => {
    assert.equal(imageOrigin("/media/ab12cd.jpg", NEWSROOM), "library");
    assert.equal(imageOrigin("https://desk.dateline.test/media/ab12cd.jpg", NEWSROOM), "library");
  });

  it("takes other websites' pictures for the web, Google Docs' included", () => {
    assert.equal(imageOrigin("https://lh7-rt.googleusercontent.com/docsz/AD_4nX?key=x", NEWSROOM), "web");
    assert.equal(imageOrigin("http://photos.example.org/ghat.jpg", NEWSROOM), "web");
  });

  it("takes Word's temporary files, blobs and our own non-library paths for the writer's computer", () => {
    const word = "file:///C:/Users/nusrat/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png";
    assert.equal(imageOrigin(word, NEWSROOM), "computer");
    assert.equal(imageOrigin("blob:https://desk.dateline.test/1b2c", NEWSROOM), "computer");
    assert.equal(imageOrigin("/newsroom/logo.png", NEWSROOM), "computer");
  });

  it("takes data: addresses for pictures embedded in the copy", () => {
    assert.equal(imageOrigin("data:image/png;base64,iVBORw0KGgo=", NEWSROOM), "embedded");
  });
});

describe("a picture embedded in the copy", () => {
  it("becomes a file of its own bytes and type", async () => {
    const file = embeddedFile("data:image/png;base64,iVBORw0KGgo=", "pasted.png");
    assert.equal(file?.type, "image/png");
    assert.deepEqual(
      [...new Uint8Array((await file?.arrayBuffer()) ?? new ArrayBuffer(0))],
      [137, 80, 78, 71, 13, 10, 26, 10],
    );
  });

  it("is refused when it is not a picture", () => {
    assert.equal(embeddedFile("data:text/html,<b>hi</b>", "pasted"), undefined);
  });
});
