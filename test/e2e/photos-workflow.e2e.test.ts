/**
 * The newsroom's photo workflow on both engines: uploads from the story editor (several at once,
 * each keeping its file's name), the library's search, and deleting photos nobody uses; texts per
 * edition are in photos-localized.e2e.test.ts.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { movableClock, pinnedClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`photo workflow on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    // Half an hour before midnight in Dhaka, so one clock jump moves uploads to the next day there.
    const clock = movableClock(pinnedClock("2026-06-10T23:30:00+06:00"));
    before(async () => {
      server = await startTestServer(dialect, {}, { clock, ownMedia: true });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const { db, upload, countMedia, createStory } = photoDesk(() => ({ server, as }));
    type Page = { items: MediaJson[]; nextCursor: string | null };
    const search = async (query: string) => {
      const answer = await as.contributor.get<Page>(`/media?${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items.map((m) => m.id);
    };

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

    describe("searching the library", () => {
      let ids: Record<"boats" | "rickshaw" | "bangla" | "percent", number>;
      before(async () => {
        const one = async (name: string, fields: Record<string, string>) =>
          (await upload(await picture(), name, fields)).body.id;
        ids = {
          boats: await one("IMG_4711.JPG", { caption: "Sampans at Sadarghat", credit: "Rina Das/Dateline" }),
          rickshaw: await one("rickshaw.jpg", { caption: "Rickshaws in the rain", credit: "Staff photo" }),
          bangla: await one("নৌকা.jpg", { caption: "বুড়িগঙ্গায় নৌকাবাইচ", credit: "রিনা দাস" }),
          percent: await one("sale.jpg", { caption: "Prices up 20% at Karwan Bazar", credit: "AFP" }),
        };
      });

      it("finds photos by words in the caption, credit or file name, in any case and order", async () => {
        assert.deepEqual(await search("q=sadarghat"), [ids.boats]);
        assert.deepEqual(await search("q=RINA%20das/dateline"), [ids.boats]);
        assert.deepEqual(await search("q=img_4711"), [ids.boats], "by the uploaded file's name");
        assert.deepEqual(await search("q=dateline%20sampans"), [ids.boats], "words from different fields");
        assert.deepEqual(await search("q=sampans%20rain"), [], "every word must be found");
        assert.deepEqual(await search(`q=${encodeURIComponent("বুড়িগঙ্গায়")}`), [ids.bangla]);
        assert.deepEqual(await search(`q=${encodeURIComponent("রিনা")}`), [ids.bangla]);
      });

      it("takes LIKE's wildcards as plain characters", async () => {
        assert.deepEqual(await search("q=20%25"), [ids.percent]);
        assert.deepEqual(await search("q=%25"), [ids.percent]);
        assert.deepEqual(await search("q=img_"), [ids.boats]);
        assert.deepEqual(await search("q=i_g"), []);
      });

      it("narrows to upload days in the newsroom's time zone, and pages the results", async () => {
        const lastBefore = Math.max(...Object.values(ids));
        clock.advance(60 * 60 * 1000); // 00:30 on 11 June in Dhaka, still 10 June in UTC
        const late = (await upload(await picture(), "late.jpg", { caption: "Sampans after midnight" })).body
          .id;
        assert.deepEqual(await search("q=sampans&from=2026-06-11"), [late]);
        assert.deepEqual(await search("q=sampans&to=2026-06-10"), [ids.boats]);
        assert.deepEqual(await search("q=sampans&from=2026-06-10&to=2026-06-11"), [late, ids.boats]);
        assert.deepEqual(await search("q=sampans&from=2026-06-12"), []);
        const first = (await as.contributor.get<Page>("/media?q=sampans&limit=1")).body;
        assert.deepEqual(
          first.items.map((m) => m.id),
          [late],
        );
        assert.ok(first.nextCursor);
        assert.deepEqual(await search(`q=sampans&limit=1&cursor=${first.nextCursor}`), [ids.boats]);
        assert.ok(late > lastBefore);
      });

      it("refuses a bad search with 400 naming the parameter", async () => {
        for (const [query, field] of [
          ["from=2026-02-30", "from"],
          ["from=2026-06-12&to=2026-06-10", "from"],
          [`q=${"x".repeat(201)}`, "q"],
          ["colour=red", ""],
        ] as const) {
          const answer = await as.contributor.get<{ code: string; detail: string }>(`/media?${query}`);
          assert.equal(answer.status, 400, query);
          assert.equal(answer.body.code, "VALIDATION_FAILED");
          assert.match(answer.body.detail, new RegExp(field || "colour"), query);
        }
      });
    });

    describe("deleting photos", () => {
      const exists = async (id: number) =>
        (await db().selectFrom("media").where("id", "=", id).select("id").executeTakeFirst()) !== undefined;
      const stored = async (url: string) => (await fetch(server.url + url)).status;
      const audits = async (id: number) =>
        db()
          .selectFrom("audit_log")
          .where("action", "=", "media.deleted")
          .where("subject_id", "=", String(id))
          .select(["details", "actor_user_id"])
          .execute();

      it("deletes an unused photo with its variants and files, once, audited", async () => {
        const photo = (await upload(await picture(700, 400), "unused.jpg", { caption: "Nobody's" })).body;
        await server.server.jobs.poke();
        const variants = await db()
          .selectFrom("media_variants")
          .where("media_id", "=", photo.id)
          .select("file_name")
          .execute();
        assert.ok(variants.length > 0, "the variants were made");
        const answers = await Promise.all(
          [1, 2, 3, 4, 5, 6].map(() => as.editor.request("DELETE", `/media/${photo.id}`)),
        );
        assert.deepEqual(answers.map((a) => a.status).sort(), [204, 404, 404, 404, 404, 404]);
        assert.equal(await exists(photo.id), false);
        assert.equal(
          (
            await db()
              .selectFrom("media_variants")
              .where("media_id", "=", photo.id)
              .select("media_id")
              .execute()
          ).length,
          0,
        );
        assert.equal(await stored(photo.url), 404, "the original is gone");
        for (const v of variants) assert.equal(await stored(`/media/${v.file_name}`), 404, v.file_name);
        const audited = await audits(photo.id);
        assert.equal(audited.length, 1);
        assert.match(String(audited[0]?.details), /unused\.jpg/);
        assert.equal((await as.editor.get(`/media/${photo.id}`)).status, 404);
      });

      it("keeps the files another photo of the same picture shares", async () => {
        const bytes = await picture();
        const first = (await upload(bytes, "twice-1.jpg")).body;
        const second = (await upload(bytes, "twice-2.jpg")).body;
        assert.equal(first.url, second.url);
        assert.equal((await as.editor.request("DELETE", `/media/${first.id}`)).status, 204);
        assert.equal(await stored(second.url), 200);
      });

      it("refuses to delete a photo a story or byline uses, naming them, and changes nothing", async () => {
        const inline = (await upload(await picture(), "inline.jpg")).body;
        const lead = (await upload(await picture(), "lead.jpg")).body;
        const portrait = (await upload(await picture(), "portrait.jpg")).body;
        const draft = await createStory({
          body: `<p>Text.</p><figure><img src="${inline.url}" alt=""></figure>`,
        });
        const leading = await createStory({ leadMediaId: lead.id, headline: "Lead photo story" });
        const author = await as.editor.request("POST", "/authors", {
          slug: `photo-author-${randomBytes(3).toString("hex")}`,
          kind: "staff",
          photoMediaId: portrait.id,
          localizations: [{ edition: "en", name: "Photo Author", title: "", bio: "" }],
        });
        assert.equal(author.status, 204, JSON.stringify(author.body));
        const before = await countMedia();
        for (const [photo, story] of [
          [inline, draft.id],
          [lead, leading.id],
        ] as const) {
          const refused = await as.editor.request<{
            code: string;
            detail: string;
            stories: { id: number }[];
          }>("DELETE", `/media/${photo.id}`);
          assert.equal(refused.status, 409, JSON.stringify(refused.body));
          assert.equal(refused.body.code, "IN_USE");
          assert.deepEqual(
            refused.body.stories.map((s) => s.id),
            [story],
          );
          assert.equal(await stored(photo.url), 200, "the file stays");
        }
        const byline = await as.editor.request<{ detail: string; portraits: string[] }>(
          "DELETE",
          `/media/${portrait.id}`,
        );
        assert.equal(byline.status, 409);
        assert.equal(byline.body.portraits.length, 1);
        assert.equal(await countMedia(), before, "nothing deleted");
        assert.equal((await audits(inline.id)).length, 0, "nothing audited");
      });

      it("is the editors' to do, and answers 404 for a photo that does not exist", async () => {
        const photo = (await upload(await picture(), "mine.jpg")).body;
        for (const role of ["contributor", "author"] as const)
          assert.equal((await as[role].request("DELETE", `/media/${photo.id}`)).status, 403, role);
        assert.equal(await exists(photo.id), true);
        assert.equal((await as.editor.request("DELETE", "/media/999999")).status, 404);
        assert.equal((await as.editor.request("DELETE", "/media/99999999999")).status, 400);
      });

      it("never leaves a story naming a deleted photo when both happen at once", async () => {
        for (let round = 0; round < 4; round++) {
          const photo = (await upload(await picture(), `race-${round}.jpg`)).body;
          const story = await createStory({});
          const [saved, deleted] = await Promise.all([
            as.editor.request("PATCH", `/articles/${story.id}`, {
              version: story.version,
              leadMediaId: photo.id,
            }),
            as.editor.request("DELETE", `/media/${photo.id}`),
          ]);
          const lead = await db()
            .selectFrom("articles")
            .where("id", "=", story.id)
            .select("lead_media_id")
            .executeTakeFirstOrThrow();
          if (deleted.status === 204) {
            assert.notEqual(saved.status, 200, "a save that named a deleted photo did not succeed");
            assert.ok(saved.status < 500, JSON.stringify(saved.body));
            assert.equal(lead.lead_media_id, null);
          } else {
            assert.deepEqual(
              [saved.status, deleted.status],
              [200, 409],
              JSON.stringify([saved.body, deleted.body]),
            );
            assert.equal(lead.lead_media_id, photo.id);
          }
        }
      });
    });
  });
}
