import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Editors never lose work, and readers never lose a story: old addresses of a story redirect to
 * its current one, an empty slug is made from the headline, and a preview writes nothing.
 */
type Story = { id: number; version: number; slug: string; section: string; url: string | null };

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`story addresses and previews on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let editor: ApiClient;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      editor = as.editor;
    });
    after(async () => server?.stop());

    async function create(headline: string, extra: Record<string, unknown> = {}): Promise<Story> {
      const response = await editor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "A standfirst.",
        body: "<p>First paragraph.</p>",
        ...extra,
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body;
    }

    async function save(story: Story, fields: Record<string, unknown>): Promise<Story> {
      const current = await editor.get<Story>(`/articles/${story.id}`);
      const response = await editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: current.body.version,
        ...fields,
      });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body;
    }

    async function publish(story: Story): Promise<Story> {
      const response = await editor.request<Story>("POST", `/articles/${story.id}/publish`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body;
    }

    function pathOf(story: Story): string {
      assert.ok(story.url, "a published story has a URL");
      return new URL(story.url, server.url).pathname;
    }

    async function assertMoved(from: string, to: string) {
      const { response } = await getPage(server.url, from);
      assert.equal(response.status, 301, `${from} should redirect`);
      assert.equal(response.headers.get("location"), to);
      assert.equal((await getPage(server.url, to)).response.status, 200);
    }

    it("redirects a published story's old slug to its new address, keeping the query", async () => {
      const story = await publish(await create("Ferry fares cut on the Meghna"));
      const oldPath = pathOf(story);
      const moved = await save(story, { slug: "meghna-ferry-fares-cut" });
      assert.equal(pathOf(moved), "/en/national/meghna-ferry-fares-cut");
      await assertMoved(oldPath, pathOf(moved));
      const tagged = await getPage(server.url, `${oldPath}?utm_source=x`);
      assert.equal(tagged.response.headers.get("location"), `${pathOf(moved)}?utm_source=x`);
    });

    it("chains several renames straight to the newest address", async () => {
      const story = await publish(await create("Rice prices ease in Rajshahi"));
      const first = pathOf(story);
      const second = pathOf(await save(story, { slug: "rajshahi-rice-prices" }));
      const third = pathOf(await save(story, { slug: "rice-prices-ease" }));
      await assertMoved(first, third);
      await assertMoved(second, third);
    });

    it("redirects after a section change, and a story moved back is served, not looped", async () => {
      const story = await publish(await create("New bridge opens over the Teesta"));
      const national = pathOf(story);
      const business = pathOf(await save(story, { section: "business" }));
      assert.equal(business, "/en/business/new-bridge-opens-over-the-teesta");
      await assertMoved(national, business);
      await save(story, { section: "national" });
      assert.equal((await getPage(server.url, national)).response.status, 200);
      await assertMoved(business, national);
    });

    it("lets a new story take an old path: the live story wins over the redirect", async () => {
      const story = await publish(await create("Tea garden wages rise"));
      const oldPath = pathOf(story);
      await save(story, { slug: "tea-wages-rise" });
      const successor = await publish(
        await create("Tea garden wages rise", { slug: "tea-garden-wages-rise" }),
      );
      assert.equal(pathOf(successor), oldPath);
      const page = await getPage(server.url, oldPath);
      assert.equal(page.response.status, 200);
      assert.equal(page.$("link[rel=canonical]").attr("href"), `http://dateline.test${oldPath}`);
    });

    it("keeps no redirect for a story that never went live, nor for one taken down", async () => {
      const draft = await create("Draft about river dredging");
      await save(draft, { slug: "river-dredging" });
      await publish(draft);
      assert.equal(
        (await getPage(server.url, "/en/national/draft-about-river-dredging")).response.status,
        404,
      );

      const story = await publish(await create("Port traffic grows at Mongla"));
      const oldPath = pathOf(story);
      await save(story, { slug: "mongla-port-traffic" });
      await editor.request("POST", `/articles/${story.id}/unpublish`);
      assert.equal((await getPage(server.url, oldPath)).response.status, 404);
    });

    it("redirects every story of a section whose slug changed", async () => {
      const created = await editor.request("POST", "/sections", {
        key: "rivers",
        position: 20,
        localizations: [
          { edition: "en", slug: "rivers", name: "Rivers" },
          { edition: "bn", slug: "নদী", name: "নদী" },
        ],
      });
      assert.equal(created.status, 204, JSON.stringify(created.body));
      const story = await publish(await create("Jamuna erosion slows", { section: "rivers" }));
      const renamed = await editor.request("PATCH", "/sections/rivers", {
        localizations: [{ edition: "en", slug: "waterways", name: "Waterways" }],
      });
      assert.equal(renamed.status, 204, JSON.stringify(renamed.body));
      await assertMoved(pathOf(story), "/en/waterways/jamuna-erosion-slows");
    });

    it("makes a slug from the headline when it is left empty, on create and on save", async () => {
      const empty = await create("Cyclone shelters readied in Khulna", { slug: "" });
      assert.equal(empty.slug, "cyclone-shelters-readied-in-khulna");
      const blank = await create("Cyclone shelters readied in Khulna", { slug: "   " });
      assert.equal(blank.slug, "cyclone-shelters-readied-in-khulna-2", "unique in the edition");

      const custom = await create("Lorem", { slug: "placeholder" });
      const saved = await save(custom, { slug: "", headline: "Metro rail extends to Kamalapur" });
      assert.equal(saved.slug, "metro-rail-extends-to-kamalapur");
      const again = await save(saved, { slug: "" });
      assert.equal(again.slug, "metro-rail-extends-to-kamalapur", "its own slug is not taken from itself");

      const bad = await editor.request<{ code: string }>("PATCH", `/articles/${custom.id}`, {
        version: again.version,
        slug: "not a slug!",
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.code, "VALIDATION_FAILED");
    });

    it("gives a translation a slug from its own headline, not the other edition's", async () => {
      const en = await create("Hilsa catch rises in Chandpur");
      const created = await editor.request<Story>("POST", `/articles/${en.id}/translations`, {
        edition: "bn",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const translated = await save(created.body, { headline: "চাঁদপুরে ইলিশ ধরা বেড়েছে" });
      assert.equal(translated.slug, "চাঁদপুরে-ইলিশ-ধরা-বেড়েছে");
      const live = await publish(translated);
      assert.equal(pathOf(live), `/bn/${encodeURIComponent("জাতীয়")}/${encodeURIComponent(translated.slug)}`);
      const edited = await save(live, { headline: "চাঁদপুরে ইলিশ ধরা আরও বেড়েছে" });
      assert.equal(edited.slug, translated.slug, "a live story keeps its address when the headline changes");
    });

    describe("preview", () => {
      it("renders the editor's unsaved fields on the real page and writes nothing", async () => {
        const story = await publish(await create("Budget session opens"));
        const publicBefore = await getPage(server.url, pathOf(story));
        const revisionsBefore = await editor.get<{ items: unknown[] }>(`/articles/${story.id}/revisions`);
        const storedBefore = await editor.get<Story & { headline: string }>(`/articles/${story.id}`);

        const preview = await editor.request<string>("POST", `/articles/${story.id}/preview`, {
          headline: "DRAFT HEADLINE NOT READY",
          body: '<p>Unsaved words.</p><script>alert("x")</script>',
          section: "business",
          slug: "",
          significant: true,
        });
        assert.equal(preview.status, 200);
        assert.match(preview.headers.get("content-type") ?? "", /^text\/html/);
        assert.equal(preview.headers.get("cache-control"), "no-store");
        assert.match(preview.body, /<h1[^>]*>DRAFT HEADLINE NOT READY<\/h1>/);
        assert.match(preview.body, /Unsaved words\./);
        assert.doesNotMatch(preview.body, /alert\("x"\)/, "the body is sanitized as a save would");
        assert.match(preview.body, /<meta name="robots" content="noindex, nofollow"/);
        assert.match(preview.body, />Business</);

        const publicAfter = await getPage(server.url, pathOf(story));
        assert.equal(publicAfter.response.status, 200);
        assert.equal(publicAfter.$("h1").first().text(), "Budget session opens");
        assert.doesNotMatch(publicAfter.html, /DRAFT HEADLINE NOT READY/);
        // Related stories may be refreshed meanwhile by jobs, so compare the story itself.
        const story$ = (page: typeof publicBefore) => page.$("article").first().text();
        assert.equal(story$(publicAfter), story$(publicBefore));
        const storedAfter = await editor.get<Story & { headline: string }>(`/articles/${story.id}`);
        assert.deepEqual(storedAfter.body, storedBefore.body);
        const revisionsAfter = await editor.get<{ items: unknown[] }>(`/articles/${story.id}/revisions`);
        assert.equal(revisionsAfter.body.items.length, revisionsBefore.body.items.length);
      });

      it("previews a draft as it would look published, under a banner saying it is not, with no publication time", async () => {
        const draft = await create("Draft on port tariffs");
        const preview = await as.author.request<string>("POST", `/articles/${draft.id}/preview`, {});
        assert.equal(preview.status, 200);
        assert.match(preview.body, /Draft on port tariffs/);
        const $ = cheerio.load(preview.body);
        assert.equal($(".preview-banner").text(), "Not published — preview. Readers cannot see this page.");
        assert.equal($(".preview-banner").attr("role"), "note");
        assert.equal($(".timestamps").length, 0, "no Published time for a story nobody can read yet");
        assert.equal((await getPage(server.url, "/en/national/draft-on-port-tariffs")).response.status, 404);
      });

      it("says when a scheduled story will appear, in the newsroom's time, and marks a live story's preview", async () => {
        const story = await create("Scheduled port tariffs");
        const scheduled = await editor.request("POST", `/articles/${story.id}/schedule`, {
          at: "2099-01-02T04:21:00.000Z",
        });
        assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
        const banner = async (id: number) =>
          cheerio.load((await editor.request<string>("POST", `/articles/${id}/preview`, {})).body);
        const $scheduled = await banner(story.id);
        assert.equal(
          $scheduled(".preview-banner").text(),
          "Not published — preview. Scheduled for 2 January 2099, 10:21 AM.",
        );
        assert.equal($scheduled(".timestamps").length, 0);

        const live = await publish(await create("Live port tariffs"));
        const $live = await banner(live.id);
        assert.match($live(".preview-banner").text(), /^Preview of unsaved changes\./);
        assert.match($live(".timestamps").text(), /Published/);
      });

      it("shows a Bangla story's preview times with a Bangla day period", async () => {
        const story = await create("পরিকল্পিত খবর", { edition: "bn", section: "জাতীয়" });
        const scheduled = await editor.request("POST", `/articles/${story.id}/schedule`, {
          at: "2099-01-02T12:05:00.000Z",
        });
        assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
        const $ = cheerio.load(
          (await editor.request<string>("POST", `/articles/${story.id}/preview`, {})).body,
        );
        assert.match($(".preview-banner").text(), /সন্ধ্যা ৬:০৫।$/);
        assert.doesNotMatch($(".preview-banner").text(), /[AP]M/);
      });

      it("answers bad previews with a clear 4xx", async () => {
        const story = await create("Preview refusals");
        const cases: [string, unknown, number][] = [
          ["unknown section", { section: "nowhere" }, 400],
          ["unknown author", { authors: ["nobody-at-all"] }, 400],
          ["a version is not a preview field", { version: 1 }, 400],
          ["bad slug", { slug: "a b" }, 400],
        ];
        for (const [name, body, status] of cases) {
          const response = await editor.request<{ code: string }>(
            "POST",
            `/articles/${story.id}/preview`,
            body,
          );
          assert.equal(response.status, status, name);
          assert.equal(response.body.code, "VALIDATION_FAILED", name);
        }
        const missing = await editor.request<{ code: string }>("POST", "/articles/999999/preview", {});
        assert.equal(missing.status, 404);
      });
    });
  });
}
