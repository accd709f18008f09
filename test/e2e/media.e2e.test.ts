import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { crc32 } from "node:zlib";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { contentBaseName } from "../../src/media/image-store.ts";
import { insertMedia, mediaByIds } from "../../src/media/media.queries.ts";
import { Picture } from "../../src/media/picture.tsx";
import { ApiClient, anonymous, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type MediaJson = Record<"url" | "thumbnailUrl" | "caption" | "credit" | "alt" | "code" | "detail", string> &
  Record<"id" | "width" | "height", number> &
  Record<"complete" | "variantsReady", boolean>;

/** What sharp's metadata calls each variant format (it names AVIF by its HEIF container). */
const SHARP_NAMES = { avif: "heif", webp: "webp", jpeg: "jpeg" } as const;

const picture = (format: "jpeg" | "png" | "webp" | "avif" | "gif", width = 200, height = 120) =>
  sharp({ create: { width, height, channels: 4, background: `#${randomBytes(3).toString("hex")}` } })
    .toFormat(format)
    // A camera stores portrait shots sideways with EXIF orientation 6; upright this is height×width.
    .withMetadata({ orientation: 6 })
    .toBuffer();

// A PNG whose header claims 30000×30000 pixels: a real one takes sharp 10 s to encode, and the
// danger is in that header anyway, since it must be refused before any pixel is decoded.
async function pngBomb(): Promise<Buffer> {
  const png = await picture("png");
  png.writeUInt32BE(30000, 16);
  png.writeUInt32BE(30000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

function form(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  return data;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom photo upload on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const upload = (bytes: Buffer, name: string, fields?: Record<string, string>, client = as.contributor) =>
      client.request<MediaJson>("POST", "/media", undefined, { raw: form(bytes, name, fields) });
    const fetchMedia = async (id: number) => (await as.contributor.get<MediaJson>(`/media/${id}`)).body;
    const db = () => server.server.db.kysely;
    const countMedia = async () => (await db().selectFrom("media").select("id").execute()).length;
    /** Files under MEDIA_DIR named after these bytes' hash: any would mean a refused upload left traces. */
    async function filesFor(bytes: Buffer): Promise<string[]> {
      const base = join(server.config.mediaDir, contentBaseName(bytes));
      return (await readdir(dirname(base)).catch(() => [])).filter((n) => n.startsWith(basename(base)));
    }
    async function assertRefused(bytes: Buffer, name: string, status: number, code: string, detail: RegExp) {
      const before = await countMedia();
      const answer = await upload(bytes, name);
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      assert.match(answer.headers.get("content-type") ?? "", /application\/problem\+json/);
      assert.equal(answer.body.code, code);
      assert.match(answer.body.detail, detail);
      assert.equal(await countMedia(), before, "no media row");
      assert.deepEqual(await filesFor(bytes), [], "no file");
    }

    it("stores a JPEG upright, then the variants job makes AVIF, WebP and JPEG copies", async () => {
      const bytes = await picture("jpeg", 1400, 900);
      const created = await upload(bytes, "IMG_0001.JPG", { caption: "  Boats at Sadarghat  " });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const media = created.body;
      assert.deepEqual([media.width, media.height], [900, 1400], "EXIF orientation applied");
      assert.equal(media.caption, "Boats at Sadarghat", "trimmed");
      assert.deepEqual([media.credit, media.complete, media.variantsReady], ["", false, false]);
      assert.match(media.url, /^\/media\/\w\w\/\w+\.jpg$/);
      assert.equal((await fetch(server.url + media.url)).headers.get("content-type"), "image/jpeg");

      await server.server.jobs.poke();
      const ready = await fetchMedia(media.id);
      assert.equal(ready.variantsReady, true);
      assert.notEqual(ready.thumbnailUrl, ready.url);
      const image = (await mediaByIds(db(), [media.id])).get(media.id);
      assert.ok(image?.srcset.avif && image.srcset.webp && image.srcset.jpeg);
      for (const format of ["avif", "webp", "jpeg"] as const) {
        const srcset: string = image.srcset[format];
        assert.deepEqual(srcset.match(/\d+w/g), ["320w", "640w"], "never wider than 900");
        for (const url of srcset.split(", ").map((entry): string => entry.split(" ")[0] ?? "")) {
          const file: Response = await fetch(server.url + url);
          assert.equal(file.status, 200, url);
          assert.match(file.headers.get("cache-control") ?? "", /immutable/);
          const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
          assert.equal(meta.format, SHARP_NAMES[format]);
          assert.ok(meta.height > meta.width, "upright");
          assert.equal(meta.exif, undefined, "metadata stripped");
        }
      }
      const html = renderToString(h(Picture, { image, sizes: "100vw" }));
      assert.match(html, /<source type="image\/avif"[^>]*><source type="image\/webp"/);
    });

    it("stores the same picture uploaded four times at once four times, sharing one file", async () => {
      const bytes = await picture("jpeg");
      const answers = await Promise.all([1, 2, 3, 4].map((n) => upload(bytes, `same-${n}.jpg`)));
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201, 201, 201],
        JSON.stringify(answers.map((a) => a.body)),
      );
      assert.equal(new Set(answers.map((a) => a.body.url)).size, 1, "one shared file");
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 4, "four rows");
      const served = await fetch(new URL(answers[0]?.body.url ?? "", server.url));
      assert.equal(served.status, 200);
    });

    it("accepts PNG, WebP and AVIF, keeping each original's format", async () => {
      const ids: number[] = [];
      for (const format of ["png", "webp", "avif"] as const) {
        const created = await upload(await picture(format), `picture.${format}`);
        ids.push(created.body.id);
        assert.equal(created.status, 201, `${format}: ${JSON.stringify(created.body)}`);
        const served = await fetch(server.url + created.body.url);
        assert.equal(served.headers.get("content-type"), `image/${format}`);
      }
      await server.server.jobs.poke();
      for (const id of ids) assert.equal((await fetchMedia(id)).variantsReady, true, `media ${id}`);
    });

    it("shows the original until variants exist", async () => {
      const row = { fileName: "zz/original.png", mime: "image/png", width: 10, height: 10, variants: [] };
      const texts = { caption: "", alt: "", credit: "", now: server.clock().toISOString() };
      const id = await insertMedia(db(), { ...row, ...texts });
      const image = (await mediaByIds(db(), [id])).get(id);
      assert.equal(image?.src, "/media/zz/original.png");
      assert.deepEqual(image?.srcset, { avif: "", webp: "", jpeg: "" });
    });

    it("refuses files that are not pictures we take, judging by the bytes", async () => {
      const text = Buffer.from(`Not a photo at all ${randomBytes(4).toString("hex")}\n`);
      await assertRefused(text, "photo.jpg", 415, "UNSUPPORTED_MEDIA_TYPE", /not a picture we can read/);
      await assertRefused(await picture("gif"), "anim.gif", 415, "UNSUPPORTED_MEDIA_TYPE", /GIF/);
    });

    it("refuses an upload over 15 MB with 413 and a decompression bomb with 422", async () => {
      await assertRefused(randomBytes(16 * 1024 * 1024), "huge.jpg", 413, "PAYLOAD_TOO_LARGE", /15 MB/);
      await assertRefused(await pngBomb(), "bomb.png", 422, "UNPROCESSABLE", /30000×30000 pixels/);
    });

    it("needs a login and the CSRF token", async () => {
      const bytes = await picture("png");
      assert.equal((await upload(bytes, "a.png", {}, anonymous(server.url))).status, 401);
      const withoutToken = new ApiClient(server.url, as.contributor.cookie, null);
      assert.equal((await upload(bytes, "a.png", {}, withoutToken)).status, 403);
      assert.equal((await anonymous(server.url).get("/media")).status, 401);
    });

    it("validates the form: one file, known fields, texts up to 1000 characters", async () => {
      const bytes = await picture("png");
      const two = form(bytes, "a.png");
      two.append("file", new Blob([new Uint8Array(bytes)]), "b.png");
      const twoFiles = await as.contributor.request("POST", "/media", undefined, { raw: two });
      assert.equal(twoFiles.status, 400);
      assert.equal(twoFiles.body.detail, "Upload exactly one picture per request.");
      const unknown = await upload(bytes, "a.png", { colour: "red" });
      assert.deepEqual([unknown.status, unknown.body.code], [400, "VALIDATION_FAILED"]);
      assert.match(unknown.body.detail, /colour/);
      const long = await upload(bytes, "a.png", { caption: "x".repeat(1001) });
      assert.match(long.body.detail, /body\.caption: .*1000/);
      const bangla = await upload(bytes, "a.png", { caption: "নৌকা".repeat(250) });
      assert.equal(bangla.status, 201, "1,000 Bangla characters fit");
      assert.equal((await as.contributor.request("POST", "/media", { caption: "no file" })).status, 415);
    });

    it("edits caption, credit and alt; complete once all three are set", async () => {
      const created = await upload(await picture("png"), "a.png", { credit: "Staff photo" });
      const path = `/media/${created.body.id}`;
      const unknown = await as.contributor.request("PATCH", path, { caption: "ok", colour: "blue" });
      assert.equal(unknown.status, 400);
      const edit = { caption: " Rickshaws at dusk ", alt: "Three rickshaws on a flooded street" };
      const { status, body } = await as.contributor.request<MediaJson>("PATCH", path, edit);
      assert.equal(status, 200);
      const { caption, credit, complete } = body;
      assert.deepEqual([caption, credit, complete], ["Rickshaws at dusk", "Staff photo", true]);
      assert.equal((await as.contributor.request("PATCH", "/media/999999", { alt: "x" })).status, 404);
    });

    it("lists the library newest first with cursor paging", async () => {
      type Page = { items: MediaJson[]; nextCursor: string | null };
      const first = (await as.contributor.get<Page>("/media?limit=2")).body;
      assert.equal(first.items.length, 2);
      assert.ok((first.items[0]?.id ?? 0) > (first.items[1]?.id ?? 0));
      assert.ok(first.nextCursor);
      const second = (await as.contributor.get<Page>(`/media?limit=2&cursor=${first.nextCursor}`)).body;
      assert.ok((second.items[0]?.id ?? Infinity) < (first.items[1]?.id ?? 0));
      assert.equal((await as.contributor.get("/media?cursor=nonsense")).status, 400);
      const spec = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as { paths: object };
      assert.ok("/api/admin/v1/media/{id}" in spec.paths);
    });
  });
}
