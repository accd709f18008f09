/**
 * Inline photos stay references through the newsroom, on both engines: a save or a restore turns a
 * copied library picture (pasted, or frozen in an old revision) into a reference, and the story
 * the newsroom loads carries the library's current texts in each reference's fallback.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, type ApiResponse, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type Story = { id: number; version: number; body: string };

/** A figure as it was stored before references, or as it arrives pasted from another story. */
const frozenFigure = (photo: MediaJson) =>
  `<figure><img src="${photo.url}" alt="frozen alt" /><figcaption>Frozen — Old Credit</figcaption></figure>`;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`inline photos saved from the newsroom on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let photo: MediaJson;
    const { db, upload, createStory } = photoDesk(() => ({ server, as }));
    const storedBody = async (id: number) =>
      (await db().selectFrom("articles").where("id", "=", id).select("body_html").executeTakeFirstOrThrow())
        .body_html;
    const reference = () => `<figure data-media-id="${photo.id}"><img src="${photo.url}"`;

    before(async () => {
      server = await startTestServer(dialect, {}, { ownMedia: true });
      as = await loginAsEveryRole(server);
      photo = (
        await upload(await picture(1400, 800), "harbour.jpg", {
          caption: "Boats in the harbour",
          credit: "Old Credit",
          alt: "Fishing boats at anchor",
        })
      ).body;
      await server.server.jobs.poke();
    });
    after(async () => server?.stop());

    it("stores a pasted library figure, and a bare library picture, as references when a story is saved", async () => {
      const story = await createStory({});
      const saved = await as.editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        body: `<p>Text.</p>${frozenFigure(photo)}<img src="${photo.url}" alt="" /><figure><img src="/media/not-ours.jpg" alt="" /></figure>`,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const body = await storedBody(story.id);
      assert.equal(body.split(reference()).length - 1, 2, body);
      assert.match(body, /<figure><img src="\/media\/not-ours.jpg"/, "a file of no photo stays as it was");
    });

    it("stores a frozen figure restored from an old revision as a reference", async () => {
      const story = await createStory({ body: `<p>Before.</p>${frozenFigure(photo)}` });
      assert.ok((await storedBody(story.id)).startsWith(`<p>Before.</p>${reference()}`), "created as one");
      const [first] = (
        await as.editor.request<{ items: { id: number }[] }>("GET", `/articles/${story.id}/revisions`)
      ).body.items;
      assert.ok(first);
      // A revision kept before saves made references holds the figure as it was inserted.
      const row = await db()
        .selectFrom("revisions")
        .where("id", "=", first.id)
        .select("snapshot")
        .executeTakeFirstOrThrow();
      const snapshot = JSON.parse(row.snapshot) as { body: string };
      snapshot.body = `<p>Before.</p>${frozenFigure(photo)}`;
      await db()
        .updateTable("revisions")
        .set({ snapshot: JSON.stringify(snapshot) })
        .where("id", "=", first.id)
        .execute();
      const edited = await as.editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        body: "<p>Rewritten.</p>",
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      for (const fields of [undefined, ["body"]]) {
        const current = await as.editor.request<Story>("GET", `/articles/${story.id}`);
        const restored: ApiResponse<Story> = await as.editor.request<Story>(
          "POST",
          `/articles/${story.id}/revisions/${first.id}/restore`,
          { version: current.body.version, ...(fields ? { fields } : {}) },
        );
        assert.equal(restored.status, 200, JSON.stringify(restored.body));
        const body = await storedBody(story.id);
        assert.ok(body.startsWith(`<p>Before.</p>${reference()}`), `${fields ?? "whole"}: ${body}`);
        await as.editor.request("PATCH", `/articles/${story.id}`, {
          version: restored.body.version,
          body: "<p>Rewritten.</p>",
        });
      }
    });

    it("loads a story with the library's current texts in its photo's fallback, and the next save keeps them", async () => {
      const story = await createStory({
        edition: "bn",
        section: "জাতীয়",
        body: `<p>আগে।</p>${frozenFigure(photo)}`,
      });
      const localized = await as.editor.request("PATCH", `/media/${photo.id}`, {
        credit: "Corrected Credit",
        localizations: [{ edition: "bn", caption: "বন্দরে নৌকা", alt: "নোঙর করা মাছ ধরার নৌকা" }],
      });
      assert.equal(localized.status, 200, JSON.stringify(localized.body));
      const loaded = await as.editor.request<Story>("GET", `/articles/${story.id}`);
      assert.equal(loaded.status, 200);
      const figure = cheerio.load(loaded.body.body)(`figure[data-media-id="${photo.id}"]`);
      assert.equal(figure.find("figcaption").text(), "বন্দরে নৌকা — Corrected Credit");
      assert.equal(figure.find("img").attr("alt"), "নোঙর করা মাছ ধরার নৌকা");
      assert.match(figure.find("img").attr("src") ?? "", /^\/media\/.+\.jpe?g$/);
      assert.ok(Number(figure.find("img").attr("width")) > 0);
      assert.doesNotMatch(loaded.body.body, /Old Credit|frozen alt/);
      // The editor sends back the body it loaded: stored, the fallback holds the current texts.
      const saved = await as.editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: loaded.body.version,
        body: loaded.body.body,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.match(await storedBody(story.id), /<figcaption>বন্দরে নৌকা — Corrected Credit<\/figcaption>/);
    });
  });
}
