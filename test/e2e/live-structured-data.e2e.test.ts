import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CheerioAPI } from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { correctEntry, createStory, postEntry, removeEntry, setEnded } from "../support/live-blog.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type Json = Record<string, unknown>;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * The schema.org properties each type may carry (schema.org/LiveBlogPosting, /BlogPosting and
 * their parents Article, CreativeWork, Thing), for the properties this site writes. The shared
 * corpora hold no schema.org vocabulary, so the JSON-LD is checked against this list and by type.
 */
const CREATIVE_WORK = [
  "headline",
  "description",
  "image",
  "datePublished",
  "dateModified",
  "author",
  "publisher",
  "inLanguage",
  "isAccessibleForFree",
  "mainEntityOfPage",
  "url",
  "articleSection",
  "articleBody",
];
const PROPERTIES: Record<string, string[]> = {
  LiveBlogPosting: [...CREATIVE_WORK, "coverageStartTime", "coverageEndTime", "liveBlogUpdate"],
  BlogPosting: CREATIVE_WORK,
};

function jsonLd($: CheerioAPI): Json[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Json);
}

/** Every property is one the type has, and every date is ISO 8601 with its offset. */
function assertSchemaProperties(thing: Json) {
  const type = String(thing["@type"]);
  const allowed = PROPERTIES[type];
  assert.ok(allowed, `a known type: ${type}`);
  for (const [name, value] of Object.entries(thing)) {
    if (name.startsWith("@")) continue;
    assert.ok(allowed.includes(name), `${type} has no property ${name}`);
    if (/^(date|coverage)/.test(name)) assert.match(String(value), ISO, `${type}.${name}`);
  }
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a live blog's structured data on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const posting = async (path: string) => {
      const { response, $ } = await getPage(server.url, path);
      assert.equal(response.status, 200, path);
      const all = jsonLd($);
      assert.equal(all.filter((d) => d["@type"] === "NewsArticle").length, 0, "no NewsArticle beside it");
      const found = all.find((d) => d["@type"] === "LiveBlogPosting");
      assert.ok(found, `${path} has a LiveBlogPosting`);
      const shown = $("article.live-entry")
        .toArray()
        .map((el) => $(el).attr("id"));
      return { posting: found, $, shown, canonical: $('link[rel="canonical"]').attr("href") ?? "" };
    };

    it("describes a live blog as a LiveBlogPosting of the entries its page shows, with coverage times", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Election night, live" });
      clock.advance(60_000);
      const pinned = await postEntry(as.author, story.id, { bodyHtml: "<p>Polls open.</p>", pinned: true });
      const entries = [];
      for (let i = 0; i < 21; i++) {
        clock.advance(60_000);
        entries.push(await postEntry(as.editor, story.id, { bodyHtml: `<p>Count <b>${i}</b> in.</p>` }));
      }
      clock.advance(60_000);
      const titled = await postEntry(as.editor, story.id, {
        headline: "Turnout </script><b>high</b>",
        bodyHtml: "<p>Turnout is high &amp; rising.</p>",
      });
      clock.advance(60_000);
      const newest = entries.at(-1);
      assert.ok(newest);
      const corrected = await correctEntry(as.editor, story.id, newest, "<p>Count 20, corrected.</p>");

      const first = await posting(story.path);
      const doc = first.posting;
      assertSchemaProperties(doc);
      assert.equal(doc.headline, first.$("h1").text());
      assert.equal(doc.url, first.canonical);
      assert.equal(doc.datePublished, story.publishedAt, "first publication, not the newest entry");
      assert.equal(doc.coverageStartTime, story.publishedAt);
      assert.equal(doc.dateModified, corrected.editedAt, "the last correction is the last change");
      assert.equal(first.$('meta[property="article:modified_time"]').attr("content"), corrected.editedAt);
      assert.equal(first.$('meta[property="article:published_time"]').attr("content"), story.publishedAt);
      assert.equal("coverageEndTime" in doc, false, "coverage has not ended");
      assert.equal((doc.publisher as Json)["@type"], "NewsMediaOrganization");
      assert.ok(Array.isArray(doc.image));

      const updates = doc.liveBlogUpdate as Json[];
      assert.deepEqual(
        updates.map((u) => `entry-${String(u.url).split("#entry-")[1]}`),
        first.shown,
        "one BlogPosting per entry on the page, pinned first, in the page's order",
      );
      for (const update of updates) {
        assertSchemaProperties(update);
        assert.ok(String(update.headline).length > 0 && String(update.headline).length <= 110);
        assert.doesNotMatch(String(update.articleBody), /[<>]/, "plain text");
        const authors = update.author as Json[];
        assert.equal(authors[0]?.["@type"], "Person");
        assert.ok(String(authors[0]?.name).length > 0);
        assert.ok(String(update.dateModified) >= String(update.datePublished));
        assert.match(String(update.url), /^http:\/\/dateline\.test\/en\/national\/[^?#]+#entry-\d+$/);
      }
      const byId = (id: number) => updates.find((u) => String(u.url).endsWith(`#entry-${id}`));
      assert.equal(byId(titled.id)?.headline, "Turnout </script><b>high</b>");
      assert.equal(byId(titled.id)?.articleBody, "Turnout is high & rising.");
      assert.equal(byId(corrected.id)?.datePublished, newest.postedAt);
      assert.equal(byId(corrected.id)?.dateModified, corrected.editedAt);
      assert.equal(byId(entries[19]?.id ?? 0)?.headline, "Count 19 in.", "the start of the text");
      assert.equal(first.$('script[type="application/ld+json"]').length, 2, "no script closed early");

      // 22 entries under the pinned one: 20 on page 1, the oldest 2 on page 2.
      const second = await posting(`${story.path}?page=2`);
      const paged = second.posting.liveBlogUpdate as Json[];
      assert.deepEqual(
        paged.map((u) => u.url),
        [
          `${first.canonical}#entry-${pinned.id}`,
          `${first.canonical}?page=2#entry-${entries[1]?.id}`,
          `${first.canonical}?page=2#entry-${entries[0]?.id}`,
        ],
      );
      assert.equal(second.posting.datePublished, story.publishedAt);
    });

    it("adds coverageEndTime once coverage ends, drops it on reopening, and leaves removed entries out", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Cyclone landfall, live" });
      clock.advance(60_000);
      const kept = await postEntry(as.editor, story.id, { bodyHtml: "<p>Signal 10 raised.</p>" });
      clock.advance(60_000);
      const gone = await postEntry(as.editor, story.id, { bodyHtml: "<p>A wrong report.</p>" });
      clock.advance(60_000);
      await removeEntry(as.editor, story.id, gone.id);
      clock.advance(60_000);
      const endedAt = await setEnded(as.editor, story.id, true);

      const ended = (await posting(story.path)).posting;
      assertSchemaProperties(ended);
      assert.equal(ended.coverageEndTime, endedAt);
      assert.equal(ended.dateModified, endedAt);
      assert.equal(ended.datePublished, story.publishedAt);
      const urls = (ended.liveBlogUpdate as Json[]).map((u) => u.url);
      assert.deepEqual(urls, [`http://dateline.test${story.path}#entry-${kept.id}`]);

      await setEnded(as.editor, story.id, false);
      const reopened = (await posting(story.path)).posting;
      assert.equal("coverageEndTime" in reopened, false);
      assert.equal(reopened.coverageStartTime, story.publishedAt);
    });

    it("describes a Bangla live blog in Bangla, and an empty one with no updates", async () => {
      const story = await createStory(as.editor, server.url, { headline: "ঘূর্ণিঝড়, সরাসরি", edition: "bn" });
      const empty = (await posting(story.path)).posting;
      assert.deepEqual(empty.liveBlogUpdate, []);
      assert.equal(empty.dateModified, story.publishedAt);
      assert.equal(empty.inLanguage, "bn");
      clock.advance(60_000);
      await postEntry(as.editor, story.id, { bodyHtml: "<p>উপকূলে সতর্কতা।</p>" });
      const one = (await posting(story.path)).posting;
      assert.equal((one.liveBlogUpdate as Json[])[0]?.headline, "উপকূলে সতর্কতা।");
    });
  });
}
