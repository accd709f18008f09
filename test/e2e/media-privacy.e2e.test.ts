import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import exifr from "exifr";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { cleanOriginalsMigration } from "../../src/db/migrations/2026-12-03-04-media-clean-originals.ts";
import { contentBaseName } from "../../src/media/image-store.ts";
import { insertMedia, mediaByIds } from "../../src/media/media.queries.ts";
import type { ApiClient } from "../support/api-client.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type MediaJson = { id: number; url: string; width: number; height: number; variantsReady: boolean };

/**
 * What a phone camera uploads: a landscape sensor image stored sideways (orientation 6, so upright
 * it is portrait), a Display P3 colour profile, the camera's make and model and where it stood.
 */
async function cameraJpeg(format: "jpeg" | "png" | "webp" | "avif" = "jpeg"): Promise<Buffer> {
  return sharp({
    create: { width: 300, height: 200, channels: 3, background: `#${randomBytes(3).toString("hex")}` },
  })
    .toFormat(format)
    .withMetadata({ orientation: 6 })
    .withIccProfile("p3")
    .withExif({
      IFD0: { Make: "Canon", Model: "EOS R5" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "23/1 42/1 36/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "90/1 24/1 18/1",
      },
    })
    .toBuffer();
}

async function download(baseUrl: string, url: string): Promise<Buffer> {
  const response = await fetch(new URL(url, baseUrl));
  assert.equal(response.status, 200, url);
  return Buffer.from(await response.arrayBuffer());
}

/** Served bytes carry no camera metadata, stand upright and keep the camera file's colour profile. */
async function assertClean(bytes: Buffer, cameraIcc: Buffer | undefined, label: string): Promise<void> {
  const meta = await sharp(bytes).metadata();
  assert.equal(meta.exif, undefined, `${label}: no EXIF`);
  assert.equal(meta.xmp, undefined, `${label}: no XMP`);
  assert.equal(meta.iptc, undefined, `${label}: no IPTC`);
  assert.ok((meta.orientation ?? 1) === 1 && meta.height > meta.width, `${label}: upright by its pixels`);
  assert.ok(cameraIcc && meta.icc?.equals(cameraIcc), `${label}: the colour profile survives`);
  // exifr reads no metadata at all from WebP, and no EXIF from AVIF; sharp's view above covers those.
  if (meta.format === "webp") return;
  const read = await exifr.parse(bytes, { tiff: true, gps: true, xmp: true, iptc: true, icc: true });
  assert.equal(read?.latitude, undefined, `${label}: no GPS position`);
  assert.equal(read?.GPSLatitude, undefined, `${label}: no GPS latitude`);
  assert.equal(read?.Make, undefined, `${label}: no camera make`);
  assert.equal(read?.Model, undefined, `${label}: no camera model`);
  assert.equal(read?.ProfileDescription, "sP3C", `${label}: the Display P3 profile`);
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`photographers' metadata never served, on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    async function upload(bytes: Buffer, texts: Record<string, string> = {}): Promise<MediaJson> {
      const data = new FormData();
      for (const [name, value] of Object.entries(texts)) data.append(name, value);
      data.append("file", new Blob([new Uint8Array(bytes)]), "IMG_4021.JPG");
      const created = await as.editor.request<MediaJson>("POST", "/media", undefined, { raw: data });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    }

    it("the camera file really carries what must not leak", async () => {
      const read = await exifr.parse(await cameraJpeg(), { tiff: true, gps: true, icc: true });
      assert.equal(read.Make, "Canon");
      assert.ok(Math.abs(read.latitude - 23.71) < 0.01);
      assert.equal(read.Orientation, "Rotate 90 CW");
      assert.equal(read.ProfileDescription, "sP3C");
    });

    it("serves the uploaded original and every variant without GPS or camera, upright, with the profile", async () => {
      const camera = await cameraJpeg();
      const cameraIcc = (await sharp(camera).metadata()).icc;
      const media = await upload(camera);
      assert.deepEqual([media.width, media.height], [200, 300], "the upright size");
      const original = await download(server.url, media.url);
      await assertClean(original, cameraIcc, "original");
      assert.equal(media.url, `/media/${contentBaseName(original)}.jpg`, "named after the bytes stored");
      assert.equal((await upload(camera)).url, media.url, "the same picture uploaded again shares its file");

      await server.server.jobs.poke();
      const image = (await mediaByIds(server.server.db.kysely, [media.id])).get(media.id);
      const urls = [image?.srcset.avif, image?.srcset.webp, image?.srcset.jpeg]
        .flatMap((srcset) => (srcset ?? "").split(", "))
        .map((entry) => entry.split(" ")[0] ?? "")
        .filter(Boolean);
      assert.equal(urls.length, 3, "one width in three formats");
      for (const url of urls) await assertClean(await download(server.url, url), cameraIcc, url);
    });

    it("cleans PNG, WebP and AVIF uploads the same way, keeping their format", async () => {
      for (const format of ["png", "webp", "avif"] as const) {
        const camera = await cameraJpeg(format);
        const before = await sharp(camera).metadata();
        assert.ok(before.exif && before.icc, `${format}: the upload carries EXIF and a profile`);
        const media = await upload(camera);
        assert.match(media.url, new RegExp(`\\.${format}$`));
        await assertClean(await download(server.url, media.url), before.icc, format);
      }
    });

    it("a story published before the variants job ran points readers only at clean bytes", async () => {
      await server.server.jobs.stop();
      try {
        const camera = await cameraJpeg();
        const cameraIcc = (await sharp(camera).metadata()).icc;
        const texts = { caption: "Boats at Sadarghat", credit: "Staff", alt: "Boats moored at a jetty" };
        const media = await upload(camera, texts);
        const story = await as.editor.request<{ id: number; url: string | null }>("POST", "/articles", {
          edition: "en",
          section: "national",
          headline: `Boats return to the river ${randomBytes(3).toString("hex")}`,
          standfirst: "A standfirst.",
          body: `<p>First paragraph.</p><p><img src="${media.url}" alt="Boats"></p>`,
          leadMediaId: media.id,
        });
        assert.equal(story.status, 201, JSON.stringify(story.body));
        const published = await as.editor.request<{ url: string }>(
          "POST",
          `/articles/${story.body.id}/publish`,
        );
        assert.equal(published.status, 200, JSON.stringify(published.body));
        assert.equal((await as.editor.get<MediaJson>(`/media/${media.id}`)).body.variantsReady, false);

        const page = await getPage(server.url, published.body.url);
        const feed = await (await fetch(`${server.url}/en/feed.xml`)).text();
        const shown = {
          img: page
            .$("img")
            .map((_, img) => page.$(img).attr("src") ?? "")
            .get(),
          "og:image": [page.$('meta[property="og:image"]').attr("content") ?? ""],
          "feed enclosure": [...feed.matchAll(/<enclosure [^>]*url="([^"]+)"/g)].map(
            (match) => match[1] ?? "",
          ),
        };
        for (const [where, urls] of Object.entries(shown)) {
          const url = urls.find((candidate) => candidate.endsWith(media.url));
          assert.ok(url, `${where} shows the original while the variants are missing: ${urls.join(", ")}`);
          await assertClean(await download(server.url, new URL(url, server.url).pathname), cameraIcc, where);
        }
      } finally {
        server.server.jobs.start();
      }
    });

    it("cleans in place, through the job its migration queues, an original stored before this rule", async () => {
      const db = server.server.db.kysely;
      const camera = await cameraJpeg();
      const fileName = `legacy/${randomBytes(8).toString("hex")}.jpg`;
      await mkdir(join(server.config.mediaDir, "legacy"), { recursive: true });
      await writeFile(join(server.config.mediaDir, fileName), camera);
      const texts = { caption: "", alt: "", credit: "", now: server.clock().toISOString() };
      const id = await insertMedia(db, {
        fileName,
        mime: "image/jpeg",
        width: 200,
        height: 300,
        variants: [],
        ...texts,
      });
      const demo = await db
        .selectFrom("media")
        .where("file_name", "like", "demo/%")
        .select("file_name")
        .executeTakeFirst();
      const demoBefore = demo && (await readFile(join(server.config.mediaDir, demo.file_name)));

      await cleanOriginalsMigration().up(db);
      const queued = await db
        .selectFrom("jobs")
        .where("kind", "=", "media.clean-original")
        .where("payload", "=", JSON.stringify({ mediaId: id }))
        .select("status")
        .executeTakeFirst();
      assert.equal(queued?.status, "queued");
      await server.server.jobs.poke();

      const record = (await as.editor.get<MediaJson>(`/media/${id}`)).body;
      assert.equal(record.url, `/media/${fileName}`, "the same URL, which story bodies may hold");
      await assertClean(
        await download(server.url, `/media/${fileName}`),
        (await sharp(camera).metadata()).icc,
        "legacy",
      );
      if (demo && demoBefore) {
        const after = await readFile(join(server.config.mediaDir, demo.file_name));
        assert.ok(after.equals(demoBefore), "a picture without metadata is left as it is");
      }
    });
  });
}
