import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Story {
  id: number;
  version: number;
  tags: string[];
  url: string | null;
}

/** Tags managed from the newsroom: renamed, merged and deleted, the stories and public pages following. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`tag management on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let n = 0;

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const story = async (tags: string[], publish = true) => {
      n += 1;
      const created = await as.editor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: `Tagged story ${n}`,
        standfirst: "Standfirst.",
        body: "<p>Body.</p>",
        tags,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      if (!publish) return created.body;
      const published = await as.editor.request<Story>("POST", `/articles/${created.body.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      return published.body;
    };
    const tagsOf = async (id: number) => (await as.editor.get<Story>(`/articles/${id}`)).body.tags;
    const tagList = async () =>
      (await as.author.get<{ items: { slug: string; name: string; stories: number }[] }>("/tags?edition=en"))
        .body.items;
    const db = () => server.server.db.kysely;
    const tagId = async (slug: string) =>
      (
        await db()
          .selectFrom("tags")
          .where("edition", "=", "en")
          .where("slug", "=", slug)
          .select("id")
          .executeTakeFirst()
      )?.id;

    it("creates a tag typed on a story, and lists tags with their story counts", async () => {
      const s = await story(["Padma Bridge"], false);
      assert.deepEqual(s.tags, ["padma-bridge"]);
      assert.deepEqual(
        (await tagList()).find((t) => t.slug === "padma-bridge"),
        { slug: "padma-bridge", name: "Padma Bridge", stories: 1 },
      );
    });

    it("renames a tag, keeping its address or moving it, and the cached pages show the new name", async () => {
      const s = await story(["Floods"]);
      const tagPage = await getPage(server.url, "/en/tag/floods");
      assert.equal(tagPage.response.status, 200);
      assert.match(tagPage.$("h1").text(), /Floods/);
      const storyPage = await getPage(server.url, s.url ?? "");
      assert.equal(storyPage.response.status, 200);
      assert.match(storyPage.html, />Floods</);

      const renamed = await as.editor.request("PATCH", "/tags/en/floods", { name: "Flooding" });
      assert.deepEqual([renamed.status, renamed.body], [200, { slug: "floods", name: "Flooding" }]);
      assert.match((await getPage(server.url, "/en/tag/floods")).$("h1").text(), /Flooding/);
      const after = await getPage(server.url, s.url ?? "");
      assert.match(after.html, />Flooding</);
      assert.doesNotMatch(after.html, />Floods</);

      const moved = await as.editor.request("PATCH", "/tags/en/floods", { slug: "বন্যা" });
      assert.deepEqual([moved.status, moved.body], [200, { slug: "বন্যা", name: "Flooding" }]);
      assert.equal((await getPage(server.url, `/en/tag/${encodeURIComponent("বন্যা")}`)).response.status, 200);
      assert.deepEqual(await tagsOf(s.id), ["বন্যা"]);

      await story(["Taken"], false);
      const taken = await as.editor.request<{ code: string }>("PATCH", "/tags/en/বন্যা", { slug: "taken" });
      assert.deepEqual([taken.status, taken.body.code], [409, "SLUG_TAKEN"]);
    });

    it("merges one tag into another: stories move (once, if they had both), the tag is gone, its page redirects", async () => {
      const onlyA = await story(["Rain"]);
      const both = await story(["Rain", "Monsoon"]);
      const onlyB = await story(["Monsoon"]);
      assert.equal((await getPage(server.url, "/en/tag/rain")).response.status, 200);
      const rainId = await tagId("rain");
      // The demo content has stories under "monsoon" too.
      const monsoonBefore = (await tagList()).find((t) => t.slug === "monsoon")?.stories ?? 0;

      const merged = await as.editor.request("POST", "/tags/en/rain/merge", { into: "monsoon" });
      assert.deepEqual([merged.status, merged.body], [200, { slug: "monsoon", name: "Monsoon", moved: 2 }]);
      assert.deepEqual(await tagsOf(onlyA.id), ["monsoon"]);
      assert.deepEqual(await tagsOf(both.id), ["monsoon"]);
      assert.deepEqual(await tagsOf(onlyB.id), ["monsoon"]);
      assert.equal(await tagId("rain"), undefined);
      assert.equal(
        (
          await db()
            .selectFrom("article_tags")
            .where("tag_id", "=", rainId ?? 0)
            .select("article_id")
            .execute()
        ).length,
        0,
      );
      const gone = await getPage(server.url, "/en/tag/rain");
      assert.deepEqual(
        [gone.response.status, gone.response.headers.get("location")],
        [301, "/en/tag/monsoon"],
      );
      const monsoon = await getPage(server.url, "/en/tag/monsoon");
      assert.equal(
        monsoon.$("article, li").filter((_, el) => /Tagged story/.test(monsoon.$(el).text())).length > 0,
        true,
      );
      assert.equal((await tagList()).find((t) => t.slug === "monsoon")?.stories, monsoonBefore + 1);
      assert.doesNotMatch((await getPage(server.url, onlyA.url ?? "")).html, />Rain</);
    });

    it("deletes a tag: its stories lose it", async () => {
      const s = await story(["Cyclone", "Coast"]);
      assert.match((await getPage(server.url, s.url ?? "")).html, />Cyclone</);
      assert.equal((await as.editor.request("DELETE", "/tags/en/cyclone")).status, 204);
      assert.deepEqual(await tagsOf(s.id), ["coast"]);
      assert.doesNotMatch((await getPage(server.url, s.url ?? "")).html, />Cyclone</);
      assert.equal((await as.editor.request("DELETE", "/tags/en/cyclone")).status, 404);
    });

    it("lets only editors change tags, and refuses bad requests without changing anything", async () => {
      await story(["Harbour", "Port"], false);
      for (const role of ["contributor", "author"] as const) {
        assert.equal((await as[role].request("PATCH", "/tags/en/harbour", { name: "X" })).status, 403);
        assert.equal(
          (await as[role].request("POST", "/tags/en/harbour/merge", { into: "port" })).status,
          403,
        );
        assert.equal((await as[role].request("DELETE", "/tags/en/harbour")).status, 403);
      }
      const bad: [string, string, unknown, number][] = [
        ["PATCH", "/tags/fr/harbour", { name: "X" }, 400],
        ["PATCH", "/tags/en/harbour", {}, 400],
        ["PATCH", "/tags/en/harbour", { name: "   " }, 400],
        ["PATCH", "/tags/en/harbour", { name: "X", id: 1 }, 400],
        ["PATCH", "/tags/en/harbour", { slug: "a/b" }, 400],
        ["PATCH", "/tags/en/harbour", { slug: "x".repeat(200) }, 400],
        ["PATCH", "/tags/en/harbour", { name: "<script>\u0000</script>" }, 400],
        ["PATCH", "/tags/en/no-such-tag", { name: "X" }, 404],
        ["POST", "/tags/en/harbour/merge", { into: "harbour" }, 422],
        ["POST", "/tags/en/harbour/merge", { into: "no-such-tag" }, 404],
        ["POST", "/tags/en/harbour/merge", {}, 400],
        ["POST", "/tags/en/harbour/merge", { into: ["port"] }, 400],
        ["DELETE", "/tags/en/a%20b", undefined, 400],
        ["DELETE", "/tags/en/a--b", undefined, 400],
      ];
      for (const [method, path, body, status] of bad) {
        const answer = await as.editor.request(method, path, body);
        assert.equal(
          answer.status,
          status,
          `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`,
        );
        assert.match(answer.headers.get("content-type") ?? "", /problem\+json/);
      }
      const list = await tagList();
      assert.deepEqual(
        list.filter((t) => t.slug === "harbour" || t.slug === "port").map((t) => [t.slug, t.name, t.stories]),
        [
          ["harbour", "Harbour", 1],
          ["port", "Port", 1],
        ],
      );
    });

    it("keeps no story on a merged tag when saves that add the tag race the merge", async () => {
      const kept = await Promise.all([1, 2, 3, 4].map(() => story(["Drought"], false)));
      await story(["Dry spell"], false);
      const racers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => story([], false)));
      const droughtId = await tagId("drought");
      const results = await Promise.all([
        ...racers.map((r) =>
          as.editor.request("PATCH", `/articles/${r.id}`, { version: r.version, tags: ["Drought"] }),
        ),
        as.editor.request("POST", "/tags/en/drought/merge", { into: "dry-spell" }),
      ]);
      const merge = results.at(-1);
      assert.equal(merge?.status, 200, JSON.stringify(merge?.body));
      for (const saved of results.slice(0, -1))
        assert.ok(
          [200, 422].includes(saved.status),
          `save answered ${saved.status}: ${JSON.stringify(saved.body)}`,
        );

      assert.notEqual(await tagId("drought").then((id) => id === droughtId), true, "the merged tag is gone");
      const dangling = await db()
        .selectFrom("article_tags as at")
        .leftJoin("tags as t", "t.id", "at.tag_id")
        .where("t.id", "is", null)
        .select("at.article_id")
        .execute();
      assert.equal(dangling.length, 0);
      assert.equal(
        (
          await db()
            .selectFrom("article_tags")
            .where("tag_id", "=", droughtId ?? 0)
            .select("article_id")
            .execute()
        ).length,
        0,
      );
      for (const k of kept) assert.deepEqual(await tagsOf(k.id), ["dry-spell"]);
      // A racing save either went first (its story moved with the merge), came after (the tag it
      // named was made anew) or was refused; never a story left on the removed tag.
      for (const [i, r] of racers.entries()) {
        const tags = await tagsOf(r.id);
        const status = results[i]?.status;
        if (status === 422) assert.deepEqual(tags, []);
        else
          assert.ok(
            tags.length === 1 && ["dry-spell", "drought"].includes(tags[0] ?? ""),
            JSON.stringify(tags),
          );
      }
    });
  });
}
