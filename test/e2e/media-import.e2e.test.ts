/**
 * Pictures pasted into a story from Word or Google Docs are brought into the photo library by
 * the server (POST /media/import), never shown from their own website: on both engines, a good
 * picture becomes a library photo, and a refused address, a page that is not a picture or a file
 * that is too large stores nothing and answers a problem document.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { MAX_UPLOAD_BYTES } from "../../src/media/media.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { type PictureHost, startPictureHost } from "../support/picture-host.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`importing pictures from the web on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let host: PictureHost;
    before(async () => {
      host = await startPictureHost({
        "/docsz/ferry-ghat.jpg": { type: "image/jpeg", body: await picture(320, 200) },
        "/docsz/page.html": {
          type: "text/html",
          body: Buffer.from("<!doctype html><title>Not a picture</title>"),
        },
        "/docsz/huge.jpg": { type: "image/jpeg", body: Buffer.alloc(MAX_UPLOAD_BYTES + 1) },
      });
      server = await startTestServer(dialect, { mediaImportAllowedHosts: ["127.0.0.1"] }, { ownMedia: true });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
      await host?.close();
    });

    const { countMedia } = photoDesk(() => ({ server, as }));
    const bringIn = (url: string, client: ApiClient = as.contributor) =>
      client.request<MediaJson>("POST", "/media/import", { url });
    /** The answer is a problem document, and the library did not change. */
    /** The newsroom translates `reason`, as the English detail cannot be. */
    const refused = async (url: string, status: number, detail: RegExp, reason?: string) => {
      const before = await countMedia();
      const answer = await bringIn(url);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.match(answer.headers.get("content-type") ?? "", /application\/problem\+json/);
      assert.match(answer.body.detail, detail);
      assert.equal((answer.body as { reason?: string }).reason, reason);
      assert.equal(await countMedia(), before);
    };

    it("stores a picture from the web as a library photo, named after its file", async () => {
      const answer = await bringIn(host.url("/docsz/ferry-ghat.jpg"));
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.match(answer.body.url, /^\/media\//);
      assert.deepEqual([answer.body.width, answer.body.height], [320, 200]);
      assert.equal(answer.body.fileName, "ferry-ghat.jpg");
      assert.equal((await as.editor.get<MediaJson>(`/media/${answer.body.id}`)).status, 200);
      const file = await fetch(new URL(answer.body.url, server.url));
      assert.equal(file.status, 200);
      assert.equal(file.headers.get("content-type"), "image/jpeg");
    });

    it("refuses private and loopback addresses not on the allow list, without calling them", async () => {
      const port = new URL(host.url("/")).port;
      const calls = host.hits.get("/docsz/ferry-ghat.jpg") ?? 0;
      await refused(
        `http://localhost:${port}/docsz/ferry-ghat.jpg`,
        422,
        /loopback address.*MEDIA_IMPORT_ALLOWED_HOSTS/,
        "address-refused",
      );
      await refused(`http://[::1]:${port}/docsz/ferry-ghat.jpg`, 422, /loopback address/, "address-refused");
      await refused("http://10.20.30.40/clip_image001.png", 422, /private address/, "address-refused");
      await refused("http://169.254.169.254/latest/meta-data/", 422, /link-local address/, "address-refused");
      assert.equal(host.hits.get("/docsz/ferry-ghat.jpg") ?? 0, calls);
    });

    it("refuses what is not a picture, what is missing and what is too large", async () => {
      await refused(host.url("/docsz/page.html"), 422, /does not lead to a picture/, "not-a-picture");
      await refused(host.url("/docsz/gone.jpg"), 422, /answered HTTP 404/, "unreachable");
      await refused(host.url("/docsz/huge.jpg"), 413, /larger than the 15 MB/);
    });

    it("takes only web addresses, nothing else in the body", async () => {
      const before = await countMedia();
      for (const body of [
        { url: "file:///C:/Users/nusrat/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" },
        { url: "data:image/png;base64,iVBORw0KGgo=" },
        { url: "not an address" },
        { url: host.url("/docsz/ferry-ghat.jpg"), caption: "extra" },
        {},
      ]) {
        const answer = await as.contributor.request<MediaJson>("POST", "/media/import", body);
        assert.equal(answer.status, 400, JSON.stringify(answer.body));
      }
      assert.equal(await countMedia(), before);
    });

    it("stores one photo per request when several arrive at once", async () => {
      const before = await countMedia();
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => bringIn(host.url("/docsz/ferry-ghat.jpg"), as.author)),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201, 201, 201],
      );
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 4);
      assert.equal(await countMedia(), before + 4);
    });
  });
}
