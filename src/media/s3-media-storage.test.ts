import assert from "node:assert/strict";
import { text } from "node:stream/consumers";
import { after, before, describe, it } from "node:test";
import { startS3Server, type TestS3Server } from "../../test/support/s3-server.ts";
import { S3MediaStorage } from "./s3-media-storage.ts";

describe("S3 media storage (against s3rver)", () => {
  let s3: TestS3Server;
  let storage: S3MediaStorage;

  before(async () => {
    s3 = await startS3Server();
    storage = new S3MediaStorage(await s3.newBucket());
  });
  after(async () => {
    await storage?.close();
    await s3?.close();
  });

  it("reads back what it wrote, under the file's path, and nothing for a file never written", async () => {
    await storage.write("ab/abc123.jpg", Buffer.from("a picture"));
    assert.equal((await storage.read("ab/abc123.jpg"))?.toString(), "a picture");
    assert.equal(await storage.read("ab/missing.jpg"), undefined);
  });

  it("replaces a file written again under the same name", async () => {
    await storage.write("cd/again.webp", Buffer.from("first"));
    await storage.write("cd/again.webp", Buffer.from("second"));
    assert.equal((await storage.read("cd/again.webp"))?.toString(), "second");
  });

  it("knows whether every one of a set of files is stored", async () => {
    await storage.write("ef/one-320.jpg", Buffer.from("1"));
    await storage.write("ef/one-640.jpg", Buffer.from("2"));
    assert.equal(await storage.hasAll(["ef/one-320.jpg", "ef/one-640.jpg"]), true);
    assert.equal(await storage.hasAll(["ef/one-320.jpg", "ef/one-960.jpg"]), false);
  });

  it("opens a file for an answer with its length and ETag, and says when the reader's copy is current", async () => {
    await storage.write("gh/open.png", Buffer.from("png bytes"));
    const opened = await storage.open("gh/open.png");
    assert.ok(opened?.modified);
    assert.equal(opened.length, 9);
    assert.match(opened.etag, /^"[0-9a-f]+"$/);
    assert.equal(await text(opened.body), "png bytes");
    assert.deepEqual(await storage.open("gh/open.png", opened.etag), { modified: false, etag: opened.etag });
    const stale = await storage.open("gh/open.png", '"0123"');
    assert.ok(stale?.modified);
    stale.body.resume();
    assert.equal(await storage.open("gh/none.png"), undefined);
  });
});
