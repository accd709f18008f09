import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/database.ts";
import {
  type NewRedirect,
  type UpsertReport,
  upsertRedirects,
} from "../../src/redirects/redirects.service.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Every old address of an imported site keeps working: it answers 301 to where its story lives
 * now, never to a story readers cannot see, and editors can find and remove it.
 */
type Story = { id: number; version: number; url: string | null };
type Listed = { id: number; from: string; source: string; target: { kind: string; path: string | null } };

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`redirects from old addresses on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Awaited<ReturnType<typeof loginAsEveryRole>>;
    let db: Kysely<Database>;
    let editor: ApiClient;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      editor = as.editor;
      db = server.server.db.kysely;
    });
    after(async () => server?.stop());

    const seed = (redirects: NewRedirect[]): Promise<UpsertReport> =>
      db
        .transaction()
        .execute((trx) =>
          upsertRedirects({ trx }, redirects, { source: "wordpress-import", now: server.clock() }),
        );
    const countRows = async () =>
      Number(
        (
          await db
            .selectFrom("redirects")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    async function story(headline: string, published: boolean): Promise<Story> {
      const created = await editor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "A standfirst.",
        body: "<p>First paragraph.</p>",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      if (!published) return created.body;
      const response = await editor.request<Story>("POST", `/articles/${created.body.id}/publish`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body;
    }

    const pathOf = (s: Story) => new URL(s.url ?? "", server.url).pathname;

    async function assertRedirect(from: string, to: string) {
      const { response } = await getPage(server.url, from);
      assert.equal(response.status, 301, `${from} should redirect`);
      assert.equal(response.headers.get("location"), to, from);
      assert.match(response.headers.get("cache-control") ?? "", /max-age=60\b/);
    }

    async function assertNotFound(from: string) {
      const { response, $ } = await getPage(server.url, from);
      assert.equal(response.status, 404, `${from} should be a 404`);
      assert.equal(response.headers.get("location"), null);
      assert.equal($("html").attr("lang"), "en", "the edition's own 404 page");
    }

    it("sends WordPress's ?p=, permalink, page and category addresses to their targets", async () => {
      const ferry = await story("Ferry fares cut on the Meghna", true);
      const report = await seed([
        { from: "/?p=123", target: { articleId: ferry.id } },
        { from: "https://Old.Example.com/2019/03/14/ferry-fares-cut/", target: { articleId: ferry.id } },
        { from: "/?page_id=45", target: { path: "/en/national/" } },
        { from: "/category/news/", target: { path: "/en/national/" } },
        { from: "/about-us/", target: { path: "/en/" } },
        { from: "/খবর/ফেরি-ভাড়া/", target: { articleId: ferry.id } },
        { from: "/bangla/", target: { path: "/bn/জাতীয়/" } },
        { from: "/blog/search/", target: { path: "/en/search" } },
      ]);
      assert.deepEqual(report, { added: 8, unchanged: 0, conflicts: [], refused: [] });
      await assertRedirect("/?p=123", pathOf(ferry));
      await assertRedirect("/?utm_source=mail&p=123", pathOf(ferry));
      await assertRedirect("/2019/03/14/ferry-fares-cut/", pathOf(ferry));
      await assertRedirect("/2019/03/14/Ferry-Fares-Cut?replytocom=5", pathOf(ferry));
      await assertRedirect("/?page_id=45", "/en/national/");
      await assertRedirect("/category/news/", "/en/national/");
      await assertRedirect("/about-us", "/en/");
      await assertRedirect(encodeURI("/খবর/ফেরি-ভাড়া/"), pathOf(ferry));
      await assertRedirect("/bangla", encodeURI("/bn/জাতীয়/"));
      await assertRedirect("/blog/search?s=ferry", "/en/search");
      // The front page's own redirect is untouched, with or without an unknown query.
      for (const path of ["/", "/?utm_source=x", "/?p=999999"]) {
        const { response } = await getPage(server.url, path);
        assert.equal(response.status, 302, path);
        assert.equal(response.headers.get("location"), "/en/");
      }
    });

    it("follows the story to its current address after a slug change", async () => {
      const s = await story("Bridge opens to traffic", true);
      await seed([{ from: "/?p=200", target: { articleId: s.id } }]);
      const current = await editor.get<Story>(`/articles/${s.id}`);
      const saved = await editor.request<Story>("PATCH", `/articles/${s.id}`, {
        version: current.body.version,
        slug: "padma-bridge-opens",
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await assertRedirect("/?p=200", "/en/national/padma-bridge-opens");
    });

    it("answers 404 for a draft's old address and for an unknown one, never leaking the draft", async () => {
      const draft = await story("Unpublished budget leak", false);
      await seed([{ from: "/2020/01/01/budget-leak/", target: { articleId: draft.id } }]);
      await assertNotFound("/2020/01/01/budget-leak/");
      await assertNotFound("/2020/01/01/never-existed/");
      await assertNotFound("/no-such-page/");
    });

    it("is idempotent, keeps the first target of a key and refuses what can name no page", async () => {
      const a = await story("Tea garden wages rise", true);
      const b = await story("Jute mills reopen", true);
      const batch: NewRedirect[] = [
        { from: "/?p=300", target: { articleId: a.id } },
        { from: "/2018/tea-wages/", target: { articleId: a.id } },
      ];
      await seed(batch);
      const before = await countRows();
      assert.deepEqual(await seed(batch), { added: 0, unchanged: 2, conflicts: [], refused: [] });
      const clash = await seed([
        { from: "/?p=300", target: { articleId: b.id } },
        { from: "/bad%00/", target: { articleId: b.id } },
        { from: "/evil/", target: { path: "//evil.example/" } },
        { from: "/gone/", target: { articleId: 99_999_999 } },
      ]);
      assert.deepEqual(clash.conflicts, [{ from: "/?p=300", key: "/?p=300" }]);
      assert.deepEqual(
        clash.refused.map((r) => r.reason),
        ["bad-address", "bad-target", "unknown-story"],
      );
      assert.equal(await countRows(), before);
      await assertRedirect("/?p=300", pathOf(a));
    });

    it("leaves one row per key when imports of the same addresses run at once", async () => {
      const s = await story("Monsoon arrives early", true);
      const batch = Array.from({ length: 40 }, (_, i) => ({
        from: `/2017/05/post-${i}/`,
        target: { articleId: s.id },
      }));
      const before = await countRows();
      const reports = await Promise.all(Array.from({ length: 4 }, () => seed([...batch].reverse())));
      assert.equal(await countRows(), before + 40);
      assert.equal(
        reports.reduce((n, r) => n + r.added, 0),
        40,
      );
      assert.equal(
        reports.reduce((n, r) => n + r.unchanged, 0),
        120,
      );
    });

    it("lets editors list, search and delete redirects, audited; others may not", async () => {
      const s = await story("Cricket team returns home", true);
      await seed([
        { from: "/2016/07/cricket-home/", target: { articleId: s.id } },
        { from: "/খেলা/ক্রিকেট/", target: { path: "/bn/" } },
      ]);
      const found = await editor.get<{ items: Listed[] }>(
        `/redirects?q=${encodeURIComponent("2016/07/CRICKET")}`,
      );
      assert.equal(found.status, 200);
      assert.deepEqual(
        found.body.items.map((i) => [i.from, i.source, i.target.kind, i.target.path]),
        [["/2016/07/cricket-home", "wordpress-import", "story", pathOf(s)]],
      );
      const bangla = await editor.get<{ items: Listed[] }>(`/redirects?q=${encodeURIComponent("ক্রিকেট")}`);
      assert.deepEqual(
        bangla.body.items.map((i) => i.target.path),
        ["/bn/"],
      );
      const first = await editor.get<{ items: Listed[]; nextCursor: string | null }>("/redirects");
      assert.equal(first.body.items.length, 50);
      const rest = await editor.get<{ items: Listed[]; nextCursor: string | null }>(
        `/redirects?cursor=${first.body.nextCursor}`,
      );
      const ids = [...first.body.items, ...rest.body.items].map((i) => i.id);
      assert.equal(new Set(ids).size, await countRows(), "two pages hold every redirect once");
      assert.equal(rest.body.nextCursor, null);
      assert.equal((await editor.get("/redirects?cursor=abc")).status, 400);
      assert.equal((await as.author.get("/redirects")).status, 403);
      const id = found.body.items[0]?.id;
      assert.equal((await as.author.request("DELETE", `/redirects/${id}`)).status, 403);
      assert.equal((await editor.request("DELETE", `/redirects/${id}`)).status, 204);
      assert.equal((await editor.request("DELETE", `/redirects/${id}`)).status, 404);
      await assertNotFound("/2016/07/cricket-home/");
      const audit = await as.admin.get<{ items: { action: string; subjectId: string }[] }>("/audit");
      assert.ok(audit.body.items.some((e) => e.action === "redirect.deleted" && e.subjectId === String(id)));
    });

    it("never lists an old address in the sitemaps", async () => {
      const get = async (path: string) => (await fetch(server.url + path)).text();
      const index = await get("/sitemap.xml");
      const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
      const xml = (await Promise.all(maps.map(get))).join("");
      assert.ok(xml.includes("/en/national/padma-bridge-opens"));
      for (const old of ["?p=", "page_id", "/2019/03/14", "/category/news", "about-us", "/2017/05/post-"])
        assert.ok(!xml.includes(old), `${old} is not a page`);
    });
  });
}
