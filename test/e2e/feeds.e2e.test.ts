import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Parser from "rss-parser";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage, rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const parser = new Parser({ customFields: { item: ["enclosure", "category"] } });

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`feeds on ${dialect}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => server?.stop());

    for (const edition of ["en", "bn"]) {
      it(`serves the ${edition} edition as RSS and Atom that a feed reader parses, with absolute links and dates`, async () => {
        for (const file of ["feed.xml", "atom.xml"]) {
          const xml = await (await fetch(`${server.url}/${edition}/${file}`)).text();
          const feed = await parser.parseString(xml);
          assert.ok(feed.items.length >= 20, `${file} has the latest stories`);
          for (const item of feed.items) {
            assert.match(item.link ?? "", /^http:\/\/dateline\.test\//);
            assert.ok(!Number.isNaN(Date.parse(item.isoDate ?? "")), "a parseable date");
            assert.ok((item.title ?? "").length > 5);
          }
          if (file === "feed.xml") {
            assert.match(xml, new RegExp(`<language>${edition}</language>`));
            assert.ok(
              feed.items.some((i) => i.enclosure?.url?.startsWith("http://dateline.test/media/")),
              "lead images",
            );
            assert.ok(
              feed.items.every((i) => (i.contentSnippet ?? i.content ?? "").length > 0),
              "standfirst as summary",
            );
          }
          if (edition === "bn")
            assert.doesNotMatch(xml, /&#x?[0-9a-f]+;/i, "Bangla is UTF-8 text, not numeric entities");
        }
      });
    }

    it("serves JSON Feed 1.1 with the story's summary, full text, authors or agency, and image", async () => {
      const response = await fetch(`${server.url}/bn/feed.json`);
      assert.match(response.headers.get("content-type") ?? "", /application\/feed\+json/);
      const feed = (await response.json()) as {
        version: string;
        language: string;
        items: {
          url: string;
          title: string;
          summary: string;
          content_html?: string;
          authors: { name: string }[];
          image?: string;
        }[];
      };
      assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
      assert.equal(feed.language, "bn");
      assert.ok(
        feed.items.every((i) => i.summary && i.content_html && i.authors.length > 0),
        "every item has a byline or agency",
      );
      assert.ok(feed.items.some((i) => i.image?.startsWith("http://dateline.test/media/")));
      assert.match(feed.items[0]?.title ?? "", /[\u0980-\u09FF]/, "Bangla headline");
    });

    it("has feeds for sections, authors and tags, advertised on their pages, and 404 for unknown ones", async () => {
      const front = await getPage(server.url, "/en/");
      const section = front.$(".site-nav a").first().attr("href") ?? "";
      const sectionPage = await getPage(server.url, section);
      const rss = sectionPage.$('link[rel="alternate"][type="application/rss+xml"]').attr("href");
      assert.equal(rss, `${section}feed.xml`);
      const sectionFeed = await parser.parseString(await (await fetch(server.url + rss)).text());
      const sectionName = sectionPage.$("h1").text();
      assert.ok(sectionFeed.items.length > 0);
      assert.ok(
        sectionFeed.items.every((i) => (i.categories ?? []).includes(sectionName)),
        "only the section's stories",
      );
      const article = await getPage(server.url, front.$(".story-card-headline a").first().attr("href") ?? "");
      const tag = article.$(".tag-list a").first().attr("href");
      assert.equal((await fetch(`${server.url}${tag}/atom.xml`)).status, 200);
      assert.equal((await fetch(`${server.url}/en/nowhere/feed.xml`)).status, 404);
      assert.equal((await fetch(`${server.url}/en/tag/nothing-here/feed.json`)).status, 404);
    });

    it("answers conditional requests with 304", async () => {
      const first = await rawGet(server.url, "/en/feed.xml");
      const etag = String(first.headers.etag);
      assert.equal((await rawGet(server.url, "/en/feed.xml", { "if-none-match": etag })).status, 304);
      const since = String(first.headers["last-modified"]);
      assert.equal((await rawGet(server.url, "/en/feed.json", { "if-modified-since": since })).status, 304);
    });

    it("changes on the next request after a publish and after an unpublish", async () => {
      const { editor } = await loginAsEveryRole(server);
      const created = await editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Feed freshness check",
        standfirst: "Just published.",
        body: "<p>Now.</p>",
      });
      await editor.request("POST", `/articles/${created.body.id}/publish`);
      const titles = async () =>
        (await parser.parseString(await (await fetch(`${server.url}/en/feed.xml`)).text())).items.map(
          (i) => i.title,
        );
      assert.ok((await titles()).includes("Feed freshness check"));
      await editor.request("POST", `/articles/${created.body.id}/unpublish`);
      assert.ok(!(await titles()).includes("Feed freshness check"));
    });
  });
}
