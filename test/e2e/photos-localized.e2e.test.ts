/**
 * A photo's caption and alt text per edition, on both engines: written by the newsroom, shown by
 * that edition's pages (each falling back to the default), refused for editions that cannot have them.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`photo texts per edition on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());
    const { db, upload, createStory } = photoDesk(() => ({ server, as }));

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
