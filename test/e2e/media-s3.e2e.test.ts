import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import type { MediaS3Settings } from "../../src/config/load.ts";
import { S3MediaStorage } from "../../src/media/s3-media-storage.ts";
import type { ApiClient } from "../support/api-client.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage, rawGet } from "../support/http.ts";
import { startS3Server, type TestS3Server } from "../support/s3-server.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type MediaJson = { id: number; url: string; thumbnailUrl: string; variantsReady: boolean };

/** A camera's upload: stored sideways (orientation 6) with its make, model and GPS position. */
function cameraJpeg(): Promise<Buffer> {
  return sharp({
    create: { width: 1000, height: 600, channels: 3, background: `#${randomBytes(3).toString("hex")}` },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "Canon", Model: "EOS R5" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "23/1 42/1 36/1" },
    })
    .toBuffer();
}

async function download(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`photos in an S3 bucket (s3rver), on ${dialect}`, { skip }, () => {
    let s3: TestS3Server;
    let bucket: MediaS3Settings;
    /** MEDIA_DIR, which S3 storage must leave empty. */
    let folder: string;
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      s3 = await startS3Server();
      bucket = await s3.newBucket();
      folder = await mkdtemp(join(tmpdir(), "dateline-unused-media-"));
      server = await startTestServer(dialect, { mediaS3: bucket, mediaDir: folder });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
      await s3?.close();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    async function upload(bytes: Buffer): Promise<MediaJson> {
      const data = new FormData();
      data.append("file", new Blob([new Uint8Array(bytes)]), "IMG_0001.JPG");
      const created = await as.contributor.request<MediaJson>("POST", "/media", undefined, { raw: data });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    }

    it("serves the demo's photos from the bucket on the front page", async () => {
      const { $ } = await getPage(server.url, "/en/");
      const sources = $("img[src^='/media/']")
        .map((_, img) => $(img).attr("src"))
        .get();
      assert.ok(sources.length > 0, "the front page shows photos");
      for (const src of sources.slice(0, 3)) {
        const { response, bytes } = await download(server.url + src);
        assert.equal(response.status, 200, src);
        assert.equal(response.headers.get("content-type"), "image/jpeg");
        assert.equal((await sharp(bytes).metadata()).format, "jpeg");
      }
    });

    it("stores an upload's cleaned original in the bucket, serves it with caching headers, and writes nothing to MEDIA_DIR", async () => {
      const media = await upload(await cameraJpeg());
      const { response, bytes } = await download(server.url + media.url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("content-type"), "image/jpeg");
      assert.equal(response.headers.get("content-length"), String(bytes.length));
      assert.match(response.headers.get("cache-control") ?? "", /max-age=31536000.*immutable/);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", "the site's security headers");
      assert.doesNotMatch(response.headers.get("content-security-policy") ?? "unset", /unsafe-inline|unset/);
      const stored = new S3MediaStorage(bucket);
      try {
        assert.deepEqual(await stored.read(media.url.slice("/media/".length)), bytes, "the bucket's bytes");
      } finally {
        await stored.close();
      }
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.exif, undefined, "no camera metadata served");
      assert.ok(meta.height > meta.width, "upright");
      const etag = response.headers.get("etag") ?? "";
      assert.match(etag, /^"[0-9a-f]+"$/);
      const again = await fetch(server.url + media.url, { headers: { "if-none-match": etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get("etag"), etag);
      const head = await fetch(server.url + media.url, { method: "HEAD" });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get("content-length"), String(bytes.length));
      assert.equal((await head.arrayBuffer()).byteLength, 0);
      assert.deepEqual(await readdir(folder), [], "MEDIA_DIR untouched");
    });

    it("builds the variants from the bucket into the bucket, each served in its format", async () => {
      const media = await upload(await cameraJpeg());
      await server.server.jobs.poke();
      const ready = (await as.contributor.get<MediaJson>(`/media/${media.id}`)).body;
      assert.equal(ready.variantsReady, true);
      const base = media.url.replace(/\.jpg$/, "");
      for (const [suffix, format, type] of [
        ["-320.avif", "heif", "image/avif"],
        ["-320.webp", "webp", "image/webp"],
        ["-320.jpg", "jpeg", "image/jpeg"],
      ] as const) {
        const { response, bytes } = await download(server.url + base + suffix);
        assert.equal(response.status, 200, suffix);
        assert.equal(response.headers.get("content-type"), type, suffix);
        assert.equal((await sharp(bytes).metadata()).format, format, suffix);
      }
      assert.equal(ready.thumbnailUrl, `${base}-320.jpg`);
      assert.deepEqual(await readdir(folder), [], "MEDIA_DIR untouched");
    });

    it("answers 404 for a file not in the bucket and for names that are not stored files", async () => {
      for (const path of [
        "/media/ab/missing.jpg",
        "/media/.hidden.jpg",
        "/media/ab/%2e%2e/x.jpg",
        "/media/a//b.jpg",
      ]) {
        assert.equal((await rawGet(server.url, path)).status, 404, path);
      }
    });
  });
}
