/**
 * Cropping a library photo and setting its focal point, on both engines: the variants are cut
 * again from the original under new names, the old files go, pages never show one crop's pixels at
 * another's size, bad crops change nothing, editors saving at once leave one crop whose
 * variants match it, and the Content API hands partners the focal point with the lead image.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { mediaByIds } from "../../src/media/media.queries.ts";
import { updateMediaCrop } from "../../src/media/media-admin.queries.ts";
import type { Crop, FocalPoint } from "../../src/media/media-crop.ts";
import { API, type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type CroppedJson = MediaJson & { crop: Crop | null; focalPoint: FocalPoint | null; variantsReady: boolean };

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`cropping photos on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect, {}, { ownMedia: true });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const { db, upload, createStory } = photoDesk(() => ({ server, as }));
    const crop = (id: number, body: unknown, client = as.editor) =>
      client.request<CroppedJson & { errors?: { path: string }[] }>("PUT", `/media/${id}/crop`, body);
    const variants = (id: number) =>
      db()
        .selectFrom("media_variants")
        .where("media_id", "=", id)
        .select(["format", "width", "height", "file_name"])
        .orderBy("file_name")
        .execute();
    const stored = (fileName: string) => existsSync(join(server.config.mediaDir, fileName));
    /** A 1200×800 photo with its whole-picture variants made. */
    async function uploadedPhoto(): Promise<number> {
      const created = await upload(await picture(1200, 800), "harbour.jpg");
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await server.server.jobs.poke();
      return created.body.id;
    }

    it("cuts every format and width again from the crop, under new names, and removes the old files", async () => {
      const id = await uploadedPhoto();
      const before = await variants(id);
      assert.equal(before.length, 9, "320, 640 and 960 in three formats");
      const answer = await crop(id, {
        crop: { x: 100, y: 150, width: 1000, height: 500 },
        focalPoint: { x: 0.25, y: 0.75 },
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(answer.body.crop, { x: 100, y: 150, width: 1000, height: 500 });
      assert.deepEqual(answer.body.focalPoint, { x: 0.25, y: 0.75 });
      assert.deepEqual([answer.body.width, answer.body.height], [1200, 800], "the original's size");
      await server.server.jobs.poke();

      const after = await variants(id);
      assert.deepEqual(
        after.map((v) => `${v.format} ${v.width}×${v.height}`).sort(),
        ["avif", "jpeg", "webp"].flatMap((f) => [`${f} 320×160`, `${f} 640×320`, `${f} 960×480`]).sort(),
      );
      const oldNames = new Set(before.map((v) => v.file_name));
      assert.ok(
        after.every((v) => !oldNames.has(v.file_name)),
        "every name is new",
      );
      assert.ok(
        before.every((v) => !stored(v.file_name)),
        "the old files are gone",
      );
      const widest = after.find((v) => v.format === "jpeg" && v.width === 960);
      const served = await fetch(`${server.url}/media/${widest?.file_name}`);
      assert.equal(served.status, 200);
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      assert.deepEqual([meta.width, meta.height], [960, 480]);

      const image = (await mediaByIds(db(), [id])).get(id);
      assert.deepEqual([image?.width, image?.height], [1000, 500], "pages show the crop's size");
      assert.deepEqual(image?.focalPoint, { x: 0.25, y: 0.75 });
    });

    it("gives the Content API's lead image the focal point set after publication", async () => {
      const photo = await upload(await picture(1200, 800), "ghat.jpg", {
        caption: "Boats at the ghat at dawn",
        credit: "Staff photographer",
        alt: "Ferries moored side by side",
      });
      assert.equal(photo.status, 201, JSON.stringify(photo.body));
      const story = await createStory({ leadMediaId: photo.body.id });
      assert.equal((await as.editor.request("POST", `/articles/${story.id}/publish`)).status, 200);
      const key = await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "crop tests" });
      assert.equal(key.status, 201, JSON.stringify(key.body));
      const leadImage = async () => {
        const answer = await fetch(new URL(`/api/content/v1/articles/${story.id}`, server.url), {
          headers: { authorization: `Bearer ${key.body.key}` },
        });
        assert.equal(answer.status, 200);
        return ((await answer.json()) as { leadImage: { focalPoint: FocalPoint | null } | null }).leadImage;
      };
      assert.equal((await leadImage())?.focalPoint, null);

      const cropped = await crop(photo.body.id, {
        crop: { x: 0, y: 100, width: 1200, height: 600 },
        focalPoint: { x: 0.3, y: 0.6 },
      });
      assert.equal(cropped.status, 200, JSON.stringify(cropped.body));
      assert.deepEqual((await leadImage())?.focalPoint, { x: 0.3, y: 0.6 });
    });

    it("never upscales a small crop, and goes back to the whole picture's files on reset", async () => {
      const id = await uploadedPhoto();
      const whole = await variants(id);
      assert.equal(
        (await crop(id, { crop: { x: 0, y: 0, width: 200, height: 100 }, focalPoint: null })).status,
        200,
      );
      await server.server.jobs.poke();
      assert.deepEqual(
        (await variants(id)).map((v) => `${v.width}×${v.height}`),
        ["200×100", "200×100", "200×100"],
      );
      const reset = await crop(id, { crop: null, focalPoint: null });
      assert.deepEqual([reset.body.crop, reset.body.focalPoint], [null, null]);
      await server.server.jobs.poke();
      assert.deepEqual(await variants(id), whole, "the uncropped names, made again");
      assert.ok(whole.every((v) => stored(v.file_name)));
    });

    it("keeps showing the old variants at their own size until the new crop's exist", async () => {
      const id = await uploadedPhoto();
      // The crop as saved, before its job has run.
      await updateMediaCrop(db(), id, { x: 0, y: 0, width: 400, height: 400 }, null);
      const image = (await mediaByIds(db(), [id])).get(id);
      assert.deepEqual([image?.width, image?.height], [1200, 800]);
      assert.match(image?.srcset.jpeg ?? "", /960w$/, "the whole picture's variants");
    });

    it("refuses bad crops and focal points, naming the field, and changes nothing", async () => {
      const id = await uploadedPhoto();
      const good = { crop: { x: 10, y: 10, width: 600, height: 400 }, focalPoint: { x: 0.5, y: 0.5 } };
      assert.equal((await crop(id, good)).status, 200);
      await server.server.jobs.poke();
      const rowBefore = await db().selectFrom("media").where("id", "=", id).selectAll().executeTakeFirst();
      const variantsBefore = await variants(id);
      const jobsBefore = (await db().selectFrom("jobs").select("id").execute()).length;
      const bad: [unknown, number, string][] = [
        [{ ...good, crop: { x: 700, y: 0, width: 600, height: 400 } }, 422, "body.crop.width"],
        [{ ...good, crop: { x: 0, y: 500, width: 600, height: 400 } }, 422, "body.crop.height"],
        [{ ...good, crop: { x: 0, y: 0, width: 20, height: 400 } }, 422, "body.crop.width"],
        [{ ...good, crop: { x: -1, y: 0, width: 600, height: 400 } }, 400, "body.crop.x"],
        [{ ...good, crop: { x: 0.5, y: 0, width: 600, height: 400 } }, 400, "body.crop.x"],
        [{ ...good, focalPoint: { x: 1.5, y: 0 } }, 400, "body.focalPoint.x"],
        [{ crop: good.crop }, 400, "body.focalPoint"],
      ];
      for (const [body, status, path] of bad) {
        const answer = await crop(id, body);
        assert.equal(answer.status, status, JSON.stringify(answer.body));
        assert.match(answer.headers.get("content-type") ?? "", /application\/problem\+json/);
        assert.ok(
          answer.body.errors?.some((e) => e.path === path),
          `${path} in ${JSON.stringify(answer.body)}`,
        );
      }
      assert.equal((await crop(999_999, good)).status, 404);
      assert.deepEqual(
        await db().selectFrom("media").where("id", "=", id).selectAll().executeTakeFirst(),
        rowBefore,
      );
      assert.deepEqual(await variants(id), variantsBefore);
      assert.equal(
        (await db().selectFrom("jobs").select("id").execute()).length,
        jobsBefore,
        "no job queued",
      );
    });

    it("leaves one crop, and variants cut from it, when editors save at once", async () => {
      const id = await uploadedPhoto();
      const crops = [0, 1, 2, 3, 4, 5].map((n) => ({ x: n * 10, y: 0, width: 1000 + n * 20, height: 350 }));
      const clients = [as.editor, as.admin, as.contributor];
      const answers = await Promise.all(
        crops.map((c, n) => crop(id, { crop: c, focalPoint: { x: n / 5, y: 0.5 } }, clients[n % 3])),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 200, 200, 200, 200],
      );
      await server.server.jobs.poke();
      const row = await db().selectFrom("media").where("id", "=", id).selectAll().executeTakeFirstOrThrow();
      const standing = crops.findIndex((c) => c.x === row.crop_x);
      assert.ok(standing >= 0);
      assert.equal(row.crop_width, crops[standing]?.width, "one save's crop whole");
      assert.equal(row.focal_x, standing / 5, "with its own focal point");
      const rows = await variants(id);
      assert.equal(rows.length, 9, "one set of variants");
      assert.equal(new Set(rows.map((v) => v.file_name.replace(/-\d+\.\w+$/, ""))).size, 1, "of one crop");
      for (const v of rows)
        assert.equal(v.height, Math.round((350 * v.width) / (crops[standing]?.width ?? 0)));
      assert.deepEqual([row.variants_width, row.variants_height], [crops[standing]?.width, 350]);
    });
  });
}
