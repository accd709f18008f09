import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { plainFileName } from "./media-upload.ts";

describe("plainFileName", () => {
  it("keeps the last segment of a path, from either kind of separator", () => {
    assert.equal(plainFileName("C:\\Users\\rina\\Pictures\\ghat.jpg"), "ghat.jpg");
    assert.equal(plainFileName("../../etc/passwd"), "passwd");
  });

  it("drops control characters, NUL included, and composes Bangla the one way", () => {
    assert.equal(plainFileName("bo\u0000at\u001b.jpg"), "boat.jpg");
    // The vowel sign O typed as its two parts (E, then AA) composes to the one letter U+09CB.
    assert.equal(plainFileName("নৌকা-\u09C7\u09BE.jpg"), "নৌকা-\u09CB.jpg");
  });

  it("gives nothing for a missing name and cuts a long one at 255 characters", () => {
    assert.equal(plainFileName(undefined), "");
    assert.equal([...plainFileName(`${"ছ".repeat(300)}.jpg`)].length, 255);
  });
});
