import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Readers and search engines keep a tag's links: after a rename or a merge its old address (page
 * and feeds) answers 301 to the tag that holds its stories now, in one hop; a deleted tag's
 * addresses answer 404; a new tag that takes an old slug wins.
 */
const FEEDS = ["feed.xml", "atom.xml", "feed.json"];

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`tag redirects on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let editor: ApiClient;
    let n = 0;

    before(async () => {
      server = await startTestServer(dialect);
      editor = (await loginAsEveryRole(server)).editor;
    });
    after(async () => server?.stop());

    const db = () => server.server.db.kysely;
    const ok = async (method: string, path: string, body?: unknown, status = 200) => {
      const answer = await editor.request(method, path, body);
      assert.equal(answer.status, status, `${method} ${path}: ${JSON.stringify(answer.body)}`);
      return answer;
    };
    /** A published story carrying `tags`, so their pages and feeds have something to show. */
    const story = async (tags: string[]) => {
      n += 1;
      const created = await ok(
        "POST",
        "/articles",
        {
          edition: "en",
          section: "national",
          headline: `Redirect story ${n}`,
          standfirst: "Standfirst.",
          body: "<p>Body.</p>",
          tags,
        },
        201,
      );
      await ok("POST", `/articles/${(created.body as { id: number }).id}/publish`);
    };
    const redirects = (slugs: string[]) =>
      db()
        .selectFrom("tag_redirects as r")
        .innerJoin("tags as t", "t.id", "r.tag_id")
        .where("r.edition", "=", "en")
        .where("r.slug", "in", slugs)
        .select(["r.slug", "t.slug as to"])
        .orderBy("r.slug")
        .execute();
    async function assertMoved(from: string, to: string) {
      const { response } = await getPage(server.url, from);
      assert.equal(response.status, 301, `${from} should redirect`);
      assert.equal(response.headers.get("location"), to);
      assert.match(response.headers.get("cache-control") ?? "", /^public, max-age=60\b/);
    }
    const status = async (path: string) => (await getPage(server.url, path)).response.status;

    it("answers a renamed tag's old page and feeds with 301 to the new ones, keeping ?page", async () => {
      await story(["Heatwave"]);
      // Cached before the rename: the rename's event must drop these entries.
      assert.equal(await status("/en/tag/heatwave"), 200);
      for (const feed of FEEDS) assert.equal(await status(`/en/tag/heatwave/${feed}`), 200);

      await ok("PATCH", "/tags/en/heatwave", { slug: "heat-wave" });
      await assertMoved("/en/tag/heatwave", "/en/tag/heat-wave");
      await assertMoved("/en/tag/heatwave?page=2", "/en/tag/heat-wave?page=2");
      for (const feed of FEEDS) await assertMoved(`/en/tag/heatwave/${feed}`, `/en/tag/heat-wave/${feed}`);
      assert.equal(await status("/en/tag/heat-wave"), 200);
      for (const feed of FEEDS) assert.equal(await status(`/en/tag/heat-wave/${feed}`), 200);
      // A rename that keeps the slug leaves no redirect.
      await ok("PATCH", "/tags/en/heat-wave", { name: "Heat wave" });
      assert.deepEqual(await redirects(["heatwave", "heat-wave"]), [{ slug: "heatwave", to: "heat-wave" }]);
    });

    it("collapses chains: every old slug goes straight to the newest, and a slug taken back serves", async () => {
      await story(["Tidal surge"]);
      await ok("PATCH", "/tags/en/tidal-surge", { slug: "storm-surge" });
      await ok("PATCH", "/tags/en/storm-surge", { slug: "surge" });
      await assertMoved("/en/tag/tidal-surge", "/en/tag/surge");
      await assertMoved("/en/tag/storm-surge", "/en/tag/surge");

      await ok("PATCH", "/tags/en/surge", { slug: "tidal-surge" });
      assert.equal(await status("/en/tag/tidal-surge"), 200);
      await assertMoved("/en/tag/surge", "/en/tag/tidal-surge");
      assert.deepEqual(await redirects(["tidal-surge", "storm-surge", "surge"]), [
        { slug: "storm-surge", to: "tidal-surge" },
        { slug: "surge", to: "tidal-surge" },
      ]);
    });

    it("sends a merged tag's addresses, old ones included, to the tag it was merged into", async () => {
      await story(["Landslide"]);
      await story(["Hill slide"]);
      await story(["Mudslide"]);
      await ok("PATCH", "/tags/en/landslide", { slug: "land-slide" });
      assert.equal(await status("/en/tag/land-slide/feed.xml"), 200);
      await ok("POST", "/tags/en/land-slide/merge", { into: "hill-slide" });
      await assertMoved("/en/tag/land-slide", "/en/tag/hill-slide");
      await assertMoved("/en/tag/landslide", "/en/tag/hill-slide");
      await assertMoved("/en/tag/land-slide/feed.xml", "/en/tag/hill-slide/feed.xml");

      await ok("POST", "/tags/en/hill-slide/merge", { into: "mudslide" });
      for (const old of ["landslide", "land-slide", "hill-slide"])
        await assertMoved(`/en/tag/${old}`, "/en/tag/mudslide");
      assert.equal(await status("/en/tag/mudslide"), 200);
    });

    it("answers 404 for every address of a deleted tag", async () => {
      await story(["Cold snap"]);
      await ok("PATCH", "/tags/en/cold-snap", { slug: "cold-wave" });
      await ok("DELETE", "/tags/en/cold-wave", undefined, 204);
      for (const path of ["/en/tag/cold-wave", "/en/tag/cold-snap", "/en/tag/cold-snap/feed.xml"])
        assert.equal(await status(path), 404, path);
      assert.deepEqual(await redirects(["cold-snap", "cold-wave"]), []);
    });

    it("lets a new tag take an old slug: its page serves, and the redirect row is gone", async () => {
      await story(["Drizzle"]);
      await ok("PATCH", "/tags/en/drizzle", { slug: "light-rain" });
      await ok("POST", "/tags", { edition: "en", name: "Drizzle" }, 201);
      assert.equal(await status("/en/tag/drizzle"), 200);
      assert.deepEqual(await redirects(["drizzle"]), []);

      // A tag typed on a story is made the same way.
      await ok("POST", "/tags/en/light-rain/merge", { into: "drizzle" });
      await assertMoved("/en/tag/light-rain", "/en/tag/drizzle");
      await story(["Light rain"]);
      assert.equal(await status("/en/tag/light-rain"), 200);
      assert.deepEqual(await redirects(["light-rain", "drizzle"]), []);

      // A rename onto an old slug takes it too.
      await ok("PATCH", "/tags/en/light-rain", { slug: "showers" });
      await ok("PATCH", "/tags/en/drizzle", { slug: "light-rain" });
      assert.deepEqual(await redirects(["light-rain", "showers", "drizzle"]), [
        { slug: "drizzle", to: "light-rain" },
      ]);
      assert.equal(await status("/en/tag/light-rain"), 200);
    });

    it("leaves consistent redirects when renames race a merge", async () => {
      for (let round = 0; round < 6; round += 1) {
        const [a, b] = [`race-a${round}`, `race-b${round}`];
        await story([a, b]);
        const results = await Promise.all([
          editor.request("PATCH", `/tags/en/${a}`, { slug: `${a}x` }),
          editor.request("POST", `/tags/en/${a}/merge`, { into: b }),
          editor.request("PATCH", `/tags/en/${b}`, { slug: `${b}x` }),
        ]);
        for (const r of results) assert.ok([200, 404].includes(r.status), JSON.stringify(r.body));
        const [renamedA, , renamedB] = results.map((r) => r.status === 200);
        const slugs = [a, `${a}x`, b, `${b}x`];
        const live = (
          await db()
            .selectFrom("tags")
            .where("edition", "=", "en")
            .where("slug", "in", slugs)
            .select("slug")
            .execute()
        ).map((t) => t.slug);
        const held = [a, b, ...(renamedA ? [`${a}x`] : []), ...(renamedB ? [`${b}x`] : [])];
        const rows = await redirects(slugs);
        // Nothing was deleted: every slug ever held either is live or redirects, never both.
        assert.equal(
          rows.length + live.length,
          held.length,
          JSON.stringify({ rows, live, results: results.map((r) => r.status) }),
        );
        for (const row of rows) {
          assert.ok(!live.includes(row.slug));
          assert.ok(live.includes(row.to));
          await assertMoved(`/en/tag/${row.slug}`, `/en/tag/${row.to}`);
        }
      }
    });
  });
}
