import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { encodedBody, prepareAnswer } from "./cached-answer.ts";

describe("a prepared answer", () => {
  const answer = () => prepareAnswer({ status: 200, type: "text/html; charset=utf-8", body: "<p>ঢাকা</p>" });

  it("has a stable ETag from its bytes", () => {
    assert.equal(answer().etag, answer().etag);
    assert.notEqual(prepareAnswer({ status: 200, type: "text/html", body: "<p>x</p>" }).etag, answer().etag);
  });

  it("compresses only the encodings asked for, once each, to bytes that decode to the same text", () => {
    const prepared = answer();
    assert.deepEqual(prepared.encoded, {}, "nothing compressed before a client asks");
    const br = encodedBody(prepared, "br");
    assert.equal(brotliDecompressSync(br).toString("utf8"), "<p>ঢাকা</p>");
    assert.equal(prepared.encoded.gzip, undefined);
    assert.equal(encodedBody(prepared, "br"), br, "kept, not compressed again");
    assert.equal(gunzipSync(encodedBody(prepared, "gzip")).toString("utf8"), "<p>ঢাকা</p>");
  });
});
