/**
 * The newsroom's photo workflow on both engines: uploads from the story editor (several at once,
 * each keeping its file's name), the library's search, and deleting photos nobody uses.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type MediaJson = Record<"url" | "fileName" | "caption" | "credit" | "alt" | "code" | "detail", string> &
  Record<"id" | "width" | "height", number>;

const picture = (width = 240, height = 160) =>
  sharp({ create: { width, height, channels: 3, background: `#${randomBytes(3).toString("hex")}` } })
    .jpeg()
    .toBuffer();

function form(bytes: Buffer, fileName: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  return data;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`photo workflow on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const db = () => server.server.db.kysely;
    const upload = (bytes: Buffer, name: string, fields?: Record<string, string>, client = as.contributor) =>
      client.request<MediaJson>("POST", "/media", undefined, { raw: form(bytes, name, fields) });
    const countMedia = async () => (await db().selectFrom("media").select("id").execute()).length;

    describe("uploads from the story editor", () => {
      it("keeps each file's own name, reduced to a plain one", async () => {
        const bangla = await upload(await picture(), "নৌকাবাইচ ২০২৬.jpg");
        assert.equal(bangla.status, 201, JSON.stringify(bangla.body));
        assert.equal(bangla.body.fileName, "নৌকাবাইচ ২০২৬.jpg");
        const hostile = await upload(await picture(), "..\\..\\Windows\\ghat\u0007.jpg");
        assert.equal(hostile.body.fileName, "ghat.jpg");
        const stored = await db()
          .selectFrom("media")
          .where("id", "=", hostile.body.id)
          .select("original_name")
          .executeTakeFirstOrThrow();
        assert.equal(stored.original_name, "ghat.jpg");
        assert.equal(
          (await as.contributor.get<MediaJson>(`/media/${bangla.body.id}`)).body.fileName,
          bangla.body.fileName,
        );
      });

      it("takes several files at once, each its own photo, while a bad one among them changes nothing", async () => {
        const before = await countMedia();
        const names = ["launch-1.jpg", "launch-2.jpg", "launch-3.jpg", "launch-4.jpg", "launch-5.jpg"];
        const answers = await Promise.all([
          ...names.map(async (name) => upload(await picture(), name)),
          upload(Buffer.from("%PDF-1.7 not a photo"), "minutes.pdf"),
          upload(randomBytes(16 * 1024 * 1024), "huge.jpg"),
        ]);
        assert.deepEqual(
          answers.map((a) => a.status),
          [201, 201, 201, 201, 201, 415, 413],
          JSON.stringify(answers.map((a) => a.body.detail)),
        );
        assert.deepEqual(
          answers.slice(0, 5).map((a) => a.body.fileName),
          names,
        );
        assert.equal(new Set(answers.slice(0, 5).map((a) => a.body.id)).size, 5);
        assert.equal(await countMedia(), before + 5, "one row per accepted file, none for the refused");
      });
    });
  });
}
