import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Parser from "rss-parser";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { getPage } from "../support/http.ts";
import { correctEntry, createStory, postEntry, removeEntry, setEnded } from "../support/live-blog.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const parser = new Parser();

interface JsonFeed {
  title: string;
  home_page_url: string;
  feed_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    authors: { name: string }[];
  }[];
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a live blog's feed on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const get = (path: string) => fetch(server.url + path);
    const jsonFeed = async (path: string) => (await (await get(`${path}/feed.json`)).json()) as JsonFeed;

    it("links its own feeds from the live page, in the three formats the site's feeds offer", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Election night, live" });
      const { $ } = await getPage(server.url, story.path);
      const links = $('link[rel="alternate"][type]')
        .toArray()
        .map((el) => [$(el).attr("type"), $(el).attr("href")]);
      assert.deepEqual(links, [
        ["application/rss+xml", `${story.path}/feed.xml`],
        ["application/atom+xml", `${story.path}/atom.xml`],
        ["application/feed+json", `${story.path}/feed.json`],
      ]);
      const types = await Promise.all(
        ["feed.xml", "atom.xml", "feed.json"].map(async (file) => {
          const response = await get(`${story.path}/${file}`);
          assert.equal(response.status, 200, file);
          return response.headers.get("content-type");
        }),
      );
      assert.match(types.join(" "), /rss\+xml.*atom\+xml.*feed\+json/);
    });

    it("carries the entries newest first with stable ids, correction times, and without removed ones", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Cyclone landfall, live" });
      const base = `http://dateline.test${story.path}`;
      clock.advance(60_000);
      const first = await postEntry(as.author, story.id, { bodyHtml: "<p>Signal 10 raised.</p>" });
      clock.advance(60_000);
      const second = await postEntry(as.editor, story.id, {
        headline: "Landfall ]]> &amp; <b>now</b>",
        bodyHtml: "<p>Landfall near Khulna.</p>",
      });
      clock.advance(60_000);
      const gone = await postEntry(as.editor, story.id, { bodyHtml: "<p>A wrong report.</p>" });

      const before = await jsonFeed(story.path);
      assert.equal(before.home_page_url, base);
      assert.equal(before.feed_url, `${base}/feed.json`);
      assert.deepEqual(
        before.items.map((i) => i.id),
        [gone.id, second.id, first.id].map((id) => `${base}#entry-${id}`),
      );

      assert.equal(
        (await get(`${story.path}/feed.json`)).headers.get("x-cache"),
        "hit",
        "cached like any feed",
      );
      clock.advance(60_000);
      const fixed = await correctEntry(as.editor, story.id, first, "<p>Signal 10 raised at noon.</p>");
      await removeEntry(as.editor, story.id, gone.id);
      const feed = await jsonFeed(story.path);
      assert.deepEqual(
        feed.items.map((i) => i.id),
        [second.id, first.id].map((id) => `${base}#entry-${id}`),
        "the same ids, the removed entry gone (the cached feed dropped)",
      );
      const corrected = feed.items[1];
      assert.equal(corrected?.date_published, first.postedAt);
      assert.equal(corrected?.date_modified, fixed.editedAt);
      assert.match(corrected?.content_html ?? "", /Signal 10 raised at noon\./);
      assert.equal(corrected?.title, "Signal 10 raised at noon.");
      assert.equal(corrected?.authors[0]?.name, first.postedBy?.name);
      assert.equal(feed.items[0]?.title, "Landfall ]]> &amp; <b>now</b>");

      for (const file of ["feed.xml", "atom.xml"]) {
        const xml = await (await get(`${story.path}/${file}`)).text();
        const parsed = await parser.parseString(xml);
        assert.deepEqual(
          parsed.items.map((i) => i.guid ?? i.id),
          [second.id, first.id].map((id) => `${base}#entry-${id}`),
          file,
        );
        assert.equal(parsed.items[0]?.title, "Landfall ]]> &amp; <b>now</b>", `${file} keeps the text`);
        assert.equal(parsed.items[1]?.link, `${base}#entry-${first.id}`);
      }
    });

    it("links an entry on a later page of the stream with its ?page=, and ends with the coverage", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Cricket final, live" });
      const ids: number[] = [];
      for (let i = 0; i < 21; i++) {
        clock.advance(1000);
        ids.push((await postEntry(as.editor, story.id, { bodyHtml: `<p>Over ${i}</p>` })).id);
      }
      const feed = await jsonFeed(story.path);
      const oldest = feed.items.at(-1);
      assert.equal(oldest?.id, `http://dateline.test${story.path}#entry-${ids[0]}`);
      assert.equal(oldest?.url, `http://dateline.test${story.path}?page=2#entry-${ids[0]}`);

      await get(`${story.path}/atom.xml`);
      clock.advance(60_000);
      const endedAt = await setEnded(as.editor, story.id, true);
      assert.ok(endedAt);
      await eventually(
        async () => {
          const atom = await (await get(`${story.path}/atom.xml`)).text();
          return /<updated>([^<]+)<\/updated>/.exec(atom)?.[1] === endedAt ? true : undefined;
        },
        5000,
        "the feed updated when the coverage ended",
      );
    });

    it("answers 404 for a story that is not a live blog, a withdrawn live blog and an unknown story", async () => {
      const news = await createStory(as.editor, server.url, { headline: "Not live", kind: "news" });
      assert.equal((await get(`${news.path}/feed.xml`)).status, 404);
      const withdrawn = await createStory(as.editor, server.url, { headline: "Withdrawn live" });
      await postEntry(as.editor, withdrawn.id, { bodyHtml: "<p>Soon withdrawn.</p>" });
      assert.equal((await get(`${withdrawn.path}/feed.json`)).status, 200);
      const unpublished = await as.editor.request("POST", `/articles/${withdrawn.id}/unpublish`);
      assert.equal(unpublished.status, 200, JSON.stringify(unpublished.body));
      await eventually(
        async () => ((await get(`${withdrawn.path}/feed.json`)).status === 404 ? true : undefined),
        5000,
        "the withdrawn story's cached feed gone",
      );
      assert.equal((await get("/en/national/no-such-story/feed.json")).status, 404);
      assert.equal((await get("/xx/national/no-such-story/atom.xml")).status, 404);
    });

    it("serves a Bangla live blog's feed at its Bangla address", async () => {
      const story = await createStory(as.editor, server.url, { headline: "ঘূর্ণিঝড়, সরাসরি", edition: "bn" });
      clock.advance(1000);
      const entry = await postEntry(as.editor, story.id, { bodyHtml: "<p>উপকূলে সতর্কতা।</p>" });
      const xml = await (await get(`${story.path}/feed.xml`)).text();
      assert.match(xml, /<language>bn<\/language>/);
      const parsed = await parser.parseString(xml);
      assert.equal(parsed.items[0]?.title, "উপকূলে সতর্কতা।");
      assert.equal(parsed.items[0]?.guid, `http://dateline.test${story.path}#entry-${entry.id}`);
    });
  });
}
