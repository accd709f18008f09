/**
 * Inline photos as references to the library, on both engines: the article page, the feeds and
 * the Content API render the library's current picture and texts (in the story's edition), a
 * credit corrected in the library reaches all of them through the cache, an inline photo cannot
 * be deleted, and bodies written before references gain them through their migration.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { inlineMediaRefsMigration } from "../../src/db/migrations/2026-12-04-10-inline-media-refs.ts";
import { API, type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { type MediaJson, photoDesk, picture } from "../support/photo-desk.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type JsonFeed = { items: { url: string; content_html?: string }[] };
type ApiStory = { id: number; bodyHtml: string; leadImage: { caption: string; alt: string } | null };

const figureOf = (photo: MediaJson, frozen = "Frozen caption — Frozen credit") =>
  `<figure data-media-id="${photo.id}"><img src="${photo.url}" alt="frozen alt" width="${photo.width}" height="${photo.height}"><figcaption>${frozen}</figcaption></figure>`;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`inline photos on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let apiKey: string;
    let photo: MediaJson;
    const story = { en: { id: 0, url: "" }, bn: { id: 0, url: "" } };
    const { db, upload, createStory } = photoDesk(() => ({ server, as }));

    before(async () => {
      server = await startTestServer(dialect, {}, { ownMedia: true });
      as = await loginAsEveryRole(server);
      const key = await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "inline" });
      apiKey = key.body.key;
      photo = (
        await upload(await picture(1400, 800), "river.jpg", {
          caption: "Launches at Sadarghat",
          credit: "First Credit",
          alt: "Launches moored on a brown river",
        })
      ).body;
      await server.server.jobs.poke();
      const localized = await as.editor.request("PATCH", `/media/${photo.id}`, {
        localizations: [{ edition: "bn", caption: "সদরঘাটে লঞ্চ", alt: "বাদামি নদীতে বাঁধা লঞ্চ" }],
      });
      assert.equal(localized.status, 200, JSON.stringify(localized.body));
      const body = `<p>Before the photo.</p>${figureOf(photo)}<p>After the photo.</p>`;
      const en = await createStory({ body });
      const bn = await createStory({ edition: "bn", section: "জাতীয়", body, leadMediaId: photo.id });
      for (const [edition, created] of [
        ["en", en],
        ["bn", bn],
      ] as const) {
        const published = await as.editor.request<{ url: string }>("POST", `/articles/${created.id}/publish`);
        assert.equal(published.status, 200, JSON.stringify(published.body));
        story[edition] = { id: created.id, url: published.body.url };
      }
    });
    after(async () => server?.stop());

    const articlePage = async (edition: "en" | "bn") => (await getPage(server.url, story[edition].url)).$;
    const feedContent = async (edition: "en" | "bn") => {
      const feed = (await (await fetch(new URL(`/${edition}/feed.json`, server.url))).json()) as JsonFeed;
      const item = feed.items.find((i) => i.url.endsWith(story[edition].url));
      assert.ok(item?.content_html, `the ${edition} feed carries the story's text`);
      return cheerio.load(item.content_html);
    };
    const apiStory = async (edition: "en" | "bn") => {
      const response = await fetch(new URL(`/api/content/v1/articles/${story[edition].id}`, server.url), {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      assert.equal(response.status, 200);
      return (await response.json()) as ApiStory;
    };
    /** The inline figure each place renders, read the same way. */
    const everywhere = async (edition: "en" | "bn") => ({
      page: await articlePage(edition),
      feed: await feedContent(edition),
      api: cheerio.load((await apiStory(edition)).bodyHtml),
    });

    it("renders the library's picture in place of the stored copy, on the page, in feeds and in the API", async () => {
      for (const [place, $] of Object.entries(await everywhere("en"))) {
        const figure = $(`figure[data-media-id="${photo.id}"]`);
        assert.equal(figure.length, 1, place);
        assert.equal(figure.find('picture source[type="image/avif"]').length, 1, `${place}: AVIF`);
        assert.equal(figure.find('picture source[type="image/webp"]').length, 1, `${place}: WebP`);
        const img = figure.find("picture img");
        assert.equal(img.attr("alt"), "Launches moored on a brown river", place);
        assert.ok(img.attr("srcset") && img.attr("sizes"), place);
        assert.equal(img.attr("width"), String(photo.width), place);
        assert.match(figure.find("figcaption").text(), /Launches at Sadarghat.*First Credit/, place);
        assert.doesNotMatch($.html(), /Frozen|frozen alt/, place);
        const sources = figure.find("source").attr("srcset") ?? "";
        if (place === "page") assert.match(sources, /^\/media\//, place);
        else
          assert.ok(sources.startsWith(`${server.config.siteUrl}/media/`), `${place}: absolute ${sources}`);
      }
    });

    it("shows the Bangla caption and alt in the Bangla story, its feed, the API and the sitemap", async () => {
      for (const [place, $] of Object.entries(await everywhere("bn"))) {
        const figure = $(`figure[data-media-id="${photo.id}"]`);
        assert.match(figure.find("figcaption").text(), /সদরঘাটে লঞ্চ.*ছবি: First Credit/, place);
        assert.equal(figure.find("img").attr("alt"), "বাদামি নদীতে বাঁধা লঞ্চ", place);
      }
      const api = await apiStory("bn");
      assert.deepEqual(api.leadImage && [api.leadImage.caption, api.leadImage.alt], [
        "সদরঘাটে লঞ্চ",
        "বাদামি নদীতে বাঁধা লঞ্চ",
      ]);
      const atom = await (await fetch(new URL("/bn/atom.xml", server.url))).text();
      assert.match(atom, /<link rel="enclosure" href="[^"]+" title="সদরঘাটে লঞ্চ"/);
      const month = server.clock().toISOString().slice(0, 7);
      const sitemap = await (await fetch(new URL(`/sitemaps/articles-bn-${month}-1.xml`, server.url))).text();
      const entry = (xml: string, edition: "en" | "bn") =>
        xml.split("<url>").find((u) => u.includes(`${story[edition].url}</loc>`)) ?? "";
      // Lead and inline photo at once: listed once, captioned in Bangla.
      assert.equal(entry(sitemap, "bn").match(/<image:image>/g)?.length, 1, sitemap);
      assert.match(entry(sitemap, "bn"), /<image:caption>সদরঘাটে লঞ্চ<\/image:caption>/);
      const english = await (await fetch(new URL(`/sitemaps/articles-en-${month}-1.xml`, server.url))).text();
      assert.match(
        entry(english, "en"),
        /<image:loc>[^<]+<\/image:loc><image:caption>Launches at Sadarghat</,
      );
    });

    it("corrects every story, feed and API answer when the library's credit is corrected", async () => {
      await everywhere("en"); // cached now
      const corrected = await as.editor.request("PATCH", `/media/${photo.id}`, {
        credit: "Corrected Credit",
      });
      assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
      for (const edition of ["en", "bn"] as const) {
        for (const [place, $] of Object.entries(await everywhere(edition))) {
          const caption = $(`figure[data-media-id="${photo.id}"] figcaption`).text();
          assert.match(caption, /Corrected Credit/, `${edition} ${place}`);
          assert.doesNotMatch(caption, /First Credit/, `${edition} ${place}`);
        }
      }
    });

    it("refuses to delete a photo a story shows inline, naming the stories", async () => {
      const refused = await as.editor.request<{ code: string; stories: { id: number }[] }>(
        "DELETE",
        `/media/${photo.id}`,
      );
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, "IN_USE");
      assert.deepEqual(refused.body.stories.map((s) => s.id).sort(), [story.en.id, story.bn.id].sort());
    });

    it("drops a figure that names no photo, keeping the rest of the text", async () => {
      const created = await createStory({
        body: `<p>Kept.</p><figure data-media-id="2147483000"><img src="/media/gone.jpg" alt=""><figcaption>Gone</figcaption></figure>`,
      });
      const preview = await as.editor.request<string>("POST", `/articles/${created.id}/preview`, {});
      const html = typeof preview.body === "string" ? preview.body : "";
      assert.equal(preview.status, 200);
      const $ = cheerio.load(html);
      assert.equal($(".article-body").html(), "<p>Kept.</p>");
    });

    it("turns figures stored before references into references, once", async () => {
      const legacy = `<p>Old.</p><figure><img src="${photo.url}" alt="" /><figcaption>Old — Old</figcaption></figure><figure><img src="/media/not-ours.jpg" alt="" /></figure>`;
      const created = await createStory({});
      await db().updateTable("articles").set({ body_html: legacy }).where("id", "=", created.id).execute();
      const bodyOf = async () =>
        (
          await db()
            .selectFrom("articles")
            .where("id", "=", created.id)
            .select("body_html")
            .executeTakeFirstOrThrow()
        ).body_html;
      await inlineMediaRefsMigration().up(db());
      const migrated = await bodyOf();
      assert.equal(
        migrated,
        legacy.replace("<figure><img", `<figure data-media-id="${photo.id}"><img`),
        "a library file becomes a reference; another picture stays as it was",
      );
      await inlineMediaRefsMigration().up(db());
      assert.equal(await bodyOf(), migrated);
    });
  });
}
