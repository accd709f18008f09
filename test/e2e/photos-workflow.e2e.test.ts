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
import { getPage } from "../support/http.ts";
import { movableClock, pinnedClock } from "../support/test-clock.ts";
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
    // Half an hour before midnight in Dhaka, so one clock jump moves uploads to the next day there.
    const clock = movableClock(pinnedClock("2026-06-10T23:30:00+06:00"));
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const db = () => server.server.db.kysely;
    const upload = (bytes: Buffer, name: string, fields?: Record<string, string>, client = as.contributor) =>
      client.request<MediaJson>("POST", "/media", undefined, { raw: form(bytes, name, fields) });
    const countMedia = async () => (await db().selectFrom("media").select("id").execute()).length;
    type Page = { items: MediaJson[]; nextCursor: string | null };
    const search = async (query: string) => {
      const answer = await as.contributor.get<Page>(`/media?${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items.map((m) => m.id);
    };
    const createStory = async (fields: Record<string, unknown>) => {
      const created = await as.editor.request<{ id: number; version: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: `A story ${randomBytes(3).toString("hex")}`,
        standfirst: "A standfirst.",
        body: "<p>First paragraph.</p>",
        ...fields,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
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

    describe("captions and alt text per edition", () => {
      type Localized = MediaJson & { localizations: { edition: string; caption: string; alt: string }[] };
      const patch = (id: number, body: unknown, client = as.editor) =>
        client.request<Localized & { errors: { path: string }[] }>("PATCH", `/media/${id}`, body);

      it("shows a Bangla story the Bangla caption and alt, each falling back to the default", async () => {
        const photo = (
          await upload(await picture(1000, 600), "launch.jpg", {
            caption: "A launch leaves Sadarghat",
            credit: "Staff photo",
            alt: "A crowded launch on a brown river",
          })
        ).body;
        const bangla = await createStory({ edition: "bn", section: "জাতীয়", leadMediaId: photo.id });
        const english = await createStory({ leadMediaId: photo.id });
        const published = await Promise.all(
          [bangla, english].map((story) =>
            as.editor.request<{ url: string }>("POST", `/articles/${story.id}/publish`),
          ),
        );
        const [bnUrl, enUrl] = published.map((p) => p.body.url);
        assert.ok(bnUrl && enUrl, JSON.stringify(published.map((p) => p.body)));
        const lead = async (url: string) => {
          const page = await getPage(server.url, url);
          return {
            caption: page.$("figure.lead-figure figcaption").text(),
            alt: page.$("figure.lead-figure img").attr("alt"),
          };
        };
        assert.match(
          (await lead(bnUrl)).caption,
          /A launch leaves Sadarghat/,
          "the default before any Bangla",
        );

        const written = await patch(photo.id, {
          localizations: [{ edition: "bn", caption: "সদরঘাট ছাড়ছে একটি লঞ্চ", alt: "" }],
        });
        assert.equal(written.status, 200, JSON.stringify(written.body));
        assert.deepEqual(written.body.localizations, [
          { edition: "bn", caption: "সদরঘাট ছাড়ছে একটি লঞ্চ", alt: "" },
        ]);
        assert.equal(written.body.caption, "A launch leaves Sadarghat", "the default stays");
        const bn = await lead(bnUrl);
        assert.match(bn.caption, /সদরঘাট ছাড়ছে একটি লঞ্চ/, "the cached page was dropped");
        assert.doesNotMatch(bn.caption, /A launch leaves/);
        assert.equal(bn.alt, "A crowded launch on a brown river", "an empty Bangla alt falls back");
        assert.match((await lead(enUrl)).caption, /A launch leaves Sadarghat/);

        await patch(photo.id, {
          localizations: [
            { edition: "bn", caption: "সদরঘাট ছাড়ছে একটি লঞ্চ", alt: "বাদামি নদীতে যাত্রীতে ভরা একটি লঞ্চ" },
          ],
        });
        assert.equal((await lead(bnUrl)).alt, "বাদামি নদীতে যাত্রীতে ভরা একটি লঞ্চ");
        const removed = await patch(photo.id, { localizations: [{ edition: "bn", caption: "", alt: "" }] });
        assert.deepEqual(removed.body.localizations, []);
        assert.match((await lead(bnUrl)).caption, /A launch leaves Sadarghat/);
        const audit = await db()
          .selectFrom("audit_log")
          .where("action", "=", "media.edited")
          .where("subject_id", "=", String(photo.id))
          .select("details")
          .execute();
        assert.equal(audit.length, 3, "each change to a live photo is audited");
      });

      it("refuses unknown editions, the default edition and repeats, changing nothing", async () => {
        const photo = (await upload(await picture(), "refused.jpg", { caption: "Default" })).body;
        for (const [localizations, path] of [
          [[{ edition: "fr", caption: "Légende", alt: "" }], "body.localizations.0.edition"],
          [[{ edition: "en", caption: "Other", alt: "" }], "body.localizations.0.edition"],
          [
            [
              { edition: "bn", caption: "এক", alt: "" },
              { edition: "bn", caption: "দুই", alt: "" },
            ],
            "body.localizations",
          ],
          [[{ edition: "bn", caption: "x".repeat(1001), alt: "" }], "body.localizations.0.caption"],
          [[{ edition: "bn", caption: "ok", alt: "", colour: "red" }], "body.localizations.0"],
        ] as const) {
          const refused = await patch(photo.id, { caption: "Changed", localizations });
          assert.ok([400, 422].includes(refused.status), JSON.stringify(refused.body));
          assert.ok(
            refused.body.errors.some((e) => e.path.startsWith(path)),
            `${path}: ${JSON.stringify(refused.body.errors)}`,
          );
        }
        const after = (await as.editor.get<Localized>(`/media/${photo.id}`)).body;
        assert.deepEqual([after.caption, after.localizations], ["Default", []]);
      });

      it("keeps one row per edition when editors write it at once", async () => {
        const photo = (await upload(await picture(), "parallel.jpg")).body;
        const answers = await Promise.all(
          [1, 2, 3, 4, 5, 6].map((n) =>
            patch(photo.id, { localizations: [{ edition: "bn", caption: `ক্যাপশন ${n}`, alt: `বিকল্প ${n}` }] }),
          ),
        );
        assert.deepEqual(
          answers.map((a) => a.status),
          [200, 200, 200, 200, 200, 200],
        );
        const rows = await db()
          .selectFrom("media_localizations")
          .where("media_id", "=", photo.id)
          .selectAll()
          .execute();
        assert.equal(rows.length, 1);
        assert.match(rows[0]?.caption ?? "", /^ক্যাপশন [1-6]$/);
      });
    });
  });
}
