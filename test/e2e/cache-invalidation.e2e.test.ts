import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { signWebhook } from "../../src/distribution/webhooks/webhook-sender.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { movableClock, pinnedClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.ts";

const PURGE_SECRET = "purge-secret-for-the-cdn-0123456789";

interface Fetched {
  status: number;
  cache: string | null;
  keys: string[];
  etag: string | null;
  body: string;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`precise cache invalidation and CDN purges (${dialect})`, { skip }, () => {
    // Noon in the newsroom, whenever the suite runs: the masthead's midnight, which drops every
    // page, must not fall between a test's two requests.
    const clock = movableClock(pinnedClock("2026-12-03T12:00:00+06:00"));
    let server: TestServer;
    let cdn: WebhookReceiver;
    let as: Record<Role, ApiClient>;

    before(async () => {
      cdn = await startWebhookReceiver();
      server = await startTestServer(
        dialect,
        { cdnPurge: { url: cdn.url, secret: PURGE_SECRET } },
        { clock },
      );
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
      await cdn?.close();
    });

    async function get(path: string): Promise<Fetched> {
      const response = await fetch(server.url + path);
      return {
        status: response.status,
        cache: response.headers.get("x-cache"),
        keys: (response.headers.get("surrogate-key") ?? "").split(" ").filter(Boolean),
        etag: response.headers.get("etag"),
        body: await response.text(),
      };
    }

    /** Fetches each path until this node's cache holds it. */
    async function warm(...paths: string[]) {
      for (const path of paths) {
        await get(path);
        assert.equal((await get(path)).cache, "hit", `${path} is cached`);
      }
    }

    async function publish(headline: string, section = "national") {
      const created = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section,
        headline,
        standfirst: "A standfirst for the cache test.",
        body: "<p>Body.</p>",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const published = await as.editor.request<{ url: string; version: number }>(
        "POST",
        `/articles/${created.body.id}/publish`,
      );
      assert.equal(published.status, 200, JSON.stringify(published.body));
      await settle();
      return { id: created.body.id, path: new URL(published.body.url, server.url).pathname };
    }

    /**
     * Runs the jobs a change queued (related-story refreshes), whose own changes would otherwise
     * drop pages in the middle of a test.
     */
    const settle = () => server.server.jobs.poke();

    /** A story of the Bangla edition: nothing an English change touches. */
    async function banglaStory(): Promise<string> {
      const front = await get("/bn/");
      const href = /href="(\/bn\/[^/"]+\/[^/"]+)"/.exec(front.body)?.[1];
      assert.ok(href, "the Bangla front page links to a story");
      return href;
    }

    it("answers a repeat from the cache, tagged with the keys of what the page shows", async () => {
      const story = await publish("Harbour cranes stand idle for a second day");
      const first = await get(story.path);
      const again = await get(story.path);
      assert.deepEqual([first.status, first.cache, again.cache], [200, "miss", "hit"]);
      assert.equal(again.etag, first.etag);
      for (const key of [`article-${story.id}`, "masthead", "sections", "latest-en-opinion"])
        assert.ok(first.keys.includes(key), `${key} in ${first.keys.join(" ")}`);
      const front = await get("/en/");
      for (const key of ["front-en", "latest-en-news", `article-${story.id}`])
        assert.ok(front.keys.includes(key), `${key} on the front page`);
      const section = (await get("/en/national/")).keys.find((key) => key.startsWith("section-"));
      assert.equal(section?.endsWith("-en"), true, "a section's key names its edition");
      const feed = await get("/en/national/feed.xml");
      assert.equal(feed.status, 200);
      assert.ok(section && feed.keys.includes(section), `${section} in ${feed.keys.join(" ")}`);
      assert.ok(feed.keys.includes(`article-${story.id}`));
    });

    it("shares one entry between spellings of a URL; keeps no 404", async () => {
      const story = await publish("Ferry timetable changes for the winter");
      await warm(story.path);
      const tagged = await get(`${story.path}?utm_source=newsletter&junk=${"x".repeat(100)}`);
      assert.equal(tagged.cache, "hit", "a junk query string is the same page");
      const before = server.server.cache.size;
      for (let i = 0; i < 20; i++) {
        const missing = await get(`/en/national/no-such-story-${i}`);
        assert.equal(missing.status, 404);
        assert.equal(missing.cache, null);
      }
      assert.equal(server.server.cache.size, before, "404s take no room");
    });

    it("drops the listings a published story joins, and leaves every other answer cached", async () => {
      await publish("Cricket board names a new selector", "sports");
      const untouched = [await banglaStory(), "/en/sports/", "/bn/", "/en/sports/feed.xml"];
      const touched = ["/en/", "/en/national/", "/en/feed.xml", "/en/national/feed.xml", "/sitemap.xml"];
      await warm(...untouched, ...touched);
      const story = await publish("River pilots warn of shifting sandbanks");
      for (const path of touched) assert.equal((await get(path)).cache, "miss", `${path} was dropped`);
      const front = await get("/en/");
      assert.ok(
        front.body.includes("River pilots warn of shifting sandbanks"),
        "the front page shows it at once",
      );
      assert.ok(front.keys.includes(`article-${story.id}`));
      for (const path of untouched) assert.equal((await get(path)).cache, "hit", `${path} stayed cached`);
    });

    it("drops only the answers that show a story when its headline is fixed", async () => {
      const story = await publish("Tea auction prices climbs again");
      await publish("Jute mills reopen after the holiday", "business");
      const showing = [story.path, "/en/national/", "/en/"];
      const notShowing = [await banglaStory(), "/en/business/", "/en/sports/"];
      await warm(...showing, ...notShowing);
      const editor = await as.editor.get<{ version: number }>(`/articles/${story.id}`);
      const saved = await as.editor.request("PATCH", `/articles/${story.id}`, {
        version: editor.body.version,
        headline: "Tea auction prices climb again",
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await settle();
      for (const path of showing) {
        const page = await get(path);
        assert.equal(page.cache, "miss", `${path} was dropped`);
        assert.ok(page.body.includes("Tea auction prices climb again"), `${path} shows the fix`);
      }
      for (const path of notShowing) assert.equal((await get(path)).cache, "hit", `${path} stayed cached`);
    });

    it("keeps Content API answers until a change touches them, a filtered stream included", async () => {
      const created = await as.admin.request<{ key: string }>("POST", "/api/admin/v1/api-keys", {
        name: "cache",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const api = async (path: string) => {
        const response = await fetch(`${server.url}/api/content/v1${path}`, {
          headers: { authorization: `Bearer ${created.body.key}` },
        });
        const body = (await response.json()) as { items: { id: number; headline: string }[] };
        return { cache: response.headers.get("x-cache"), keys: response.headers.get("surrogate-key"), body };
      };
      const story = await publish("Lighthouse keepers mark a century of service");
      const tagged = "/articles?edition=en&tag=coastal-heritage";
      await api(tagged);
      const before = await api(tagged);
      assert.equal(before.cache, "hit");
      assert.ok(!before.body.items.some((i) => i.id === story.id));
      const editor = await as.editor.get<{ version: number }>(`/articles/${story.id}`);
      const saved = await as.editor.request("PATCH", `/articles/${story.id}`, {
        version: editor.body.version,
        tags: ["coastal-heritage"],
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const after = await api(tagged);
      assert.equal(after.cache, "miss", "a story joining the tag drops the tag's stream");
      assert.ok(
        after.body.items.some((i) => i.id === story.id),
        "and the stream shows it at once",
      );
      assert.match(after.keys ?? "", /\bstories-en\b/);
    });

    it("POSTs each change's keys to CDN_PURGE_URL, signed, and retries a refusal", async () => {
      const seen = cdn.received.length;
      cdn.statuses.push(503);
      const story = await publish("Night buses added for the festival week");
      const purgesFor = () =>
        cdn.received
          .slice(seen)
          .filter((r) => (JSON.parse(r.body) as { keys: string[] }).keys.includes(`article-${story.id}`));
      await eventually(() => (purgesFor().length >= 1 ? true : undefined), 10_000, "the first purge");
      // The refused purge is retried after the runner's back-off.
      clock.advance(5000);
      server.server.jobs.poke();
      const purges = await eventually(
        () => (purgesFor().length >= 2 ? purgesFor() : undefined),
        10_000,
        "the retry",
      );
      const purge = purges[1];
      assert.ok(purge);
      assert.equal(purge.headers["content-type"], "application/json");
      const { keys } = JSON.parse(purge.body) as { keys: string[] };
      for (const key of [`article-${story.id}`, "latest-en-news", "stories-en"])
        assert.ok(keys.includes(key), key);
      const timestamp = Number(purge.headers["x-dateline-timestamp"]);
      assert.equal(purge.headers["x-dateline-signature"], signWebhook(PURGE_SECRET, timestamp, purge.body));
    });

    it("answers with Surrogate-Key and CDN lifetimes; uncached pages stay short-lived", async () => {
      const response = await fetch(`${server.url}/en/`);
      assert.match(response.headers.get("cache-control") ?? "", /s-maxage=86400/);
      assert.match(response.headers.get("cache-control") ?? "", /stale-while-revalidate=\d+/);
      const search = await fetch(`${server.url}/en/search?q=river`);
      assert.equal(search.headers.get("surrogate-key"), null);
      assert.doesNotMatch(search.headers.get("cache-control") ?? "", /s-maxage/);
    });
  });
}
