import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, anonymous, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Editors see the public front page with an arrangement before they save it: the real page, with
 * the preview banner, out of search engines; readers' page, the saved curation and the cache stay
 * as they were; a save's refusals hold for the preview too.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`front page preview on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const ids: Record<string, number> = {};

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      for (const [key, edition, publish] of [
        ["first", "en", true],
        ["second", "en", true],
        ["third", "en", true],
        ["draft", "en", false],
        ["bangla", "bn", true],
      ] as const) {
        const made = await as.editor.request<{ id: number }>("POST", "/articles", {
          edition,
          section: edition === "en" ? "national" : "জাতীয়",
          headline: `Preview ${key} story`,
          standfirst: "Standfirst.",
          body: "<p>Body.</p>",
        });
        assert.equal(made.status, 201, JSON.stringify(made.body));
        ids[key] = made.body.id;
        if (publish)
          assert.equal((await as.editor.request("POST", `/articles/${made.body.id}/publish`)).status, 200);
      }
      const saved = await as.editor.request("PUT", "/front-pages/en", {
        lead: ids.first,
        slots: [ids.second, ids.third],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
    });
    after(async () => server?.stop());

    const leadOf = (html: string) => cheerio.load(html)(".story-card--lead .story-card-headline").text();
    const preview = (client: ApiClient, body: unknown, edition = "en") =>
      client.request<string>("POST", `/front-pages/${edition}/preview`, body);
    const slotRows = () =>
      server.server.db.kysely
        .selectFrom("front_page_slots")
        .where("edition", "=", "en")
        .select(["position", "article_id"])
        .orderBy("position")
        .execute();

    it("renders the public front page with the unsaved order, and changes nothing readers see", async () => {
      const publicBefore = await getPage(server.url, "/en/");
      assert.equal(leadOf(publicBefore.html), "Preview first story");
      const rowsBefore = await slotRows();

      const answer = await preview(as.editor, { lead: null, slots: [ids.third, ids.first] });
      assert.equal(answer.status, 200, String(answer.body));
      assert.match(answer.headers.get("content-type") ?? "", /^text\/html/);
      assert.equal(answer.headers.get("x-robots-tag"), "noindex");
      assert.match(answer.headers.get("cache-control") ?? "", /no-store/);
      const $ = cheerio.load(answer.body);
      assert.equal(leadOf(answer.body), "Preview third story");
      assert.equal($(".front-top-rest .story-card-headline").first().text(), "Preview first story");
      assert.equal(
        $(".preview-banner").text(),
        "Preview of unsaved changes. The published page has not changed.",
      );
      assert.equal($('meta[name="robots"]').attr("content"), "noindex, nofollow");
      assert.ok(
        $('link[rel="stylesheet"]').attr("href")?.startsWith("/assets/"),
        "the site's own stylesheet",
      );

      const publicAfter = await getPage(server.url, "/en/");
      assert.equal(leadOf(publicAfter.html), "Preview first story");
      assert.equal(publicAfter.$(".preview-banner").length, 0);
      assert.equal(publicAfter.html, publicBefore.html, "the cached page is untouched");
      assert.deepEqual(await slotRows(), rowsBefore);
      const saved = await as.editor.get<{ lead: number | null; slots: number[] }>("/front-pages/en");
      assert.deepEqual(saved.body, { lead: ids.first, slots: [ids.second, ids.third] });
    });

    it("previews the other edition in its own language", async () => {
      const answer = await preview(as.admin, { lead: ids.bangla, slots: [] }, "bn");
      assert.equal(answer.status, 200, String(answer.body));
      const $ = cheerio.load(answer.body);
      assert.equal($("html").attr("lang"), "bn");
      assert.equal(leadOf(answer.body), "Preview bangla story");
      assert.match($(".preview-banner").text(), /প্রিভিউ/);
    });

    it("refuses what a save would refuse (422), bad requests (400) and unknown editions (404)", async () => {
      const rowsBefore = await slotRows();
      const refused: [unknown, number, string?][] = [
        [{ lead: ids.draft, slots: [] }, 422],
        [{ lead: null, slots: [ids.second, ids.second] }, 422],
        [{ lead: ids.first, slots: [ids.first] }, 422],
        [{ lead: ids.bangla, slots: [] }, 422],
        [{ lead: 999999, slots: [] }, 422],
        [{ lead: null }, 400],
        [{ lead: null, slots: [], extra: 1 }, 400],
        [{ lead: "1", slots: [] }, 400],
        [{ lead: null, slots: Array.from({ length: 31 }, (_, i) => i + 1) }, 400],
        [{ lead: null, slots: [] }, 404, "fr"],
      ];
      for (const [body, status, edition] of refused) {
        const answer = await preview(as.editor, body, edition);
        assert.equal(answer.status, status, `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
        assert.match(answer.headers.get("content-type") ?? "", /problem\+json/);
      }
      const save = await as.editor.request("PUT", "/front-pages/en", { lead: ids.draft, slots: [] });
      assert.equal(save.status, 422, "a save refuses the same arrangement the same way");
      assert.deepEqual(await slotRows(), rowsBefore);
    });

    it("is for editors only", async () => {
      const body = { lead: null, slots: [ids.second] };
      for (const role of ["contributor", "author"] as const)
        assert.equal((await preview(as[role], body)).status, 403, role);
      assert.equal((await preview(anonymous(server.url), body)).status, 401);
    });
  });
}
