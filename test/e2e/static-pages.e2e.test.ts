import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/database.ts";
import type { WritePath } from "../../src/events/write-path.ts";
import { createLogger } from "../../src/logger.ts";
import { StaticPageRefused } from "../../src/pages/static-page-refused.ts";
import {
  type StaticPageInput,
  type UpsertedStaticPage,
  upsertStaticPage,
} from "../../src/pages/static-pages.service.ts";
import { createWritePath } from "../../src/write-paths.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Pages outside the news flow ("About us") answer at their paths under the edition, in the
 * site's layout, where none of the paper's own pages answers; they are listed in the sitemap, and
 * a re-run import or several at once leave one row per path.
 */
const DAY_MS = 24 * 3600 * 1000;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`static pages on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let db: Kysely<Database>;
    let writes: WritePath;
    /** A month before the suite began: fixed, so the same page written twice is the same content. */
    let lastMonth: string;
    before(async () => {
      server = await startTestServer(dialect);
      db = server.server.db.kysely;
      // The server's own cache, so a write drops what this node serves, as the importer's would.
      writes = createWritePath({
        db,
        cache: server.server.cache,
        config: {},
        logger: createLogger("silent"),
        now: server.clock,
        wakeJobs: () => undefined,
      });
      lastMonth = daysFromNow(-30);
    });
    after(async () => server?.stop());

    const daysFromNow = (days: number) => new Date(server.clock().getTime() + days * DAY_MS).toISOString();
    const page = (overrides: Partial<StaticPageInput> & Pick<StaticPageInput, "path">): StaticPageInput => ({
      edition: "en",
      title: "About us",
      bodyHtml: "<p>We report the news of Bangladesh.</p>",
      status: "published",
      publishedAt: lastMonth,
      updatedAt: null,
      now: server.clock(),
      ...overrides,
    });
    const upsert = (input: StaticPageInput): Promise<UpsertedStaticPage> =>
      writes.run((uow) => upsertStaticPage(uow, input));
    const rowsAt = async (edition: string, path: string) =>
      Number(
        (
          await db
            .selectFrom("static_pages")
            .where("edition", "=", edition)
            .where("path", "=", path)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    async function assertServed(path: string, title: string, text: string, lang = "en") {
      const { response, $ } = await getPage(server.url, path);
      assert.equal(response.status, 200, path);
      assert.equal($("h1").text(), title, path);
      assert.match($(".article-body").text(), new RegExp(text), path);
      assert.equal($("html").attr("lang"), lang, path);
      return $;
    }

    /** A 404 once redirects are followed: `/en/x` moves to the section address `/en/x/` first. */
    async function assertNotFound(path: string) {
      const response = await fetch(new URL(path, server.url));
      assert.equal(response.status, 404, `${path} should be a 404`);
    }

    async function assertMoved(from: string, to: string) {
      const { response } = await getPage(server.url, from);
      assert.equal(response.status, 301, from);
      assert.equal(response.headers.get("location"), to, from);
    }

    const text = async (path: string) => (await fetch(server.url + path)).text();

    it("serves published pages at their paths, nested and in Bangla, in the edition's layout", async () => {
      assert.ok(!(await text("/sitemap.xml")).includes("pages-en.xml"), "no pages yet: no sitemap of them");
      const about = await upsert(
        page({
          path: "/about/",
          bodyHtml:
            "<h2>Who we are</h2><p>An independent daily since 1991.</p><script>alert(1)</script><p>Second.</p>",
        }),
      );
      assert.deepEqual({ path: about.path, outcome: about.outcome }, { path: "about", outcome: "created" });
      await upsert(
        page({ path: "about/team", title: "Our team", bodyHtml: "<p>Editors and reporters.</p>" }),
      );
      await upsert(
        page({ path: "company/people/leadership", title: "Leadership", bodyHtml: "<p>The board.</p>" }),
      );
      const bangla = await upsert(
        page({
          edition: "bn",
          path: "আমাদের-কথা".normalize("NFD"),
          title: "আমাদের কথা",
          bodyHtml: "<p>আমরা সংবাদ প্রকাশ করি।</p>",
        }),
      );
      assert.equal(bangla.path, "আমাদের-কথা".normalize("NFC"));

      const $ = await assertServed("/en/about", "About us", "An independent daily since 1991");
      assert.equal($("link[rel=canonical]").attr("href"), "http://dateline.test/en/about");
      assert.equal($("meta[name=description]").attr("content"), "An independent daily since 1991.");
      assert.match($("title").text(), /^About us \| /);
      assert.equal($("script:not([type])").length, 0, "the body was sanitized");
      assert.ok($("nav a").length > 0, "the site's navigation is there");
      await assertServed("/en/about/team", "Our team", "Editors and reporters");
      await assertServed("/en/company/people/leadership", "Leadership", "The board");
      const $bn = await assertServed(encodeURI("/bn/আমাদের-কথা"), "আমাদের কথা", "আমরা সংবাদ", "bn");
      assert.equal(
        $bn("link[rel=canonical]").attr("href"),
        `http://dateline.test${encodeURI("/bn/আমাদের-কথা")}`,
      );
    });

    it("moves a path asked for with a trailing slash to the one without", async () => {
      await upsert(page({ path: "contact", title: "Contact" }));
      await upsert(page({ path: "contact/press", title: "Press" }));
      await assertMoved("/en/contact/", "/en/contact");
      await assertMoved("/en/contact/press/", "/en/contact/press");
      await assertMoved("/en/contact/press/?ref=mail", "/en/contact/press?ref=mail");
      await assertServed("/en/contact/press?ref=mail", "Press", "We report");
    });

    it("answers 404 for drafts, pages not yet due, other editions and paths no page has", async () => {
      await upsert(page({ path: "draft-page", title: "Draft", status: "draft", publishedAt: null }));
      await upsert(page({ path: "coming-soon", title: "Soon", publishedAt: daysFromNow(1) }));
      await assertNotFound("/en/draft-page");
      await assertNotFound("/en/coming-soon");
      await assertNotFound("/bn/about");
      await assertNotFound("/xx/about");
      await assertNotFound("/en/about/nobody/here");
      assert.equal((await fetch(`${server.url}/en/%E0%A4/x/y`)).status, 400, "a malformed escape");
      await assertNotFound("/en/about//team");
    });

    it("lets sections and stories keep their paths", async () => {
      await upsert(page({ path: "national", title: "A page named like a section" }));
      await assertMoved("/en/national", "/en/national/");
      const { response, $ } = await getPage(server.url, "/en/national/");
      assert.equal(response.status, 200);
      assert.notEqual($("h1").text(), "A page named like a section");
      const story = await db
        .selectFrom("articles as a")
        .innerJoin("section_localizations as sl", (j) =>
          j.onRef("sl.section_id", "=", "a.section_id").onRef("sl.edition", "=", "a.edition"),
        )
        .where("a.edition", "=", "en")
        .where("a.status", "=", "published")
        .select(["sl.slug as section", "a.slug", "a.headline"])
        .executeTakeFirstOrThrow();
      await upsert(page({ path: `${story.section}/${story.slug}`, title: "A page named like a story" }));
      const served = await getPage(server.url, `/en/${encodeURIComponent(story.section)}/${story.slug}`);
      assert.equal(served.response.status, 200);
      assert.equal(served.$("h1").text(), story.headline);
    });

    it("refuses reserved and malformed paths before writing, leaving the transaction usable", async () => {
      for (const path of ["search", "tag/x", "sitemap.xml", "Newsroom/secret", "a/../b", "about us", ""]) {
        await assert.rejects(upsert(page({ path })), StaticPageRefused, path);
      }
      await assert.rejects(upsert(page({ path: "undated", publishedAt: null })), /published-without-date/);
      await assert.rejects(upsert(page({ path: "untitled", title: "  " })), /empty-title/);
      const after = await writes.run(async (uow) => {
        await assert.rejects(upsertStaticPage(uow, page({ path: "tag/y" })), StaticPageRefused);
        return upsertStaticPage(uow, page({ path: "after-refusal", title: "After" }));
      });
      assert.equal(after.outcome, "created");
      assert.equal(await rowsAt("en", "search"), 0);
      assert.equal(await rowsAt("en", "tag/x"), 0);
    });

    it("lists published pages in the edition's sitemap with their last change", async () => {
      await upsert(page({ path: "privacy", title: "Privacy", updatedAt: "2026-01-02T03:04:05+06:00" }));
      const index = await text("/sitemap.xml");
      assert.ok(index.includes("<loc>http://dateline.test/sitemaps/pages-en.xml</loc>"));
      assert.ok(index.includes("<loc>http://dateline.test/sitemaps/pages-bn.xml</loc>"));
      const en = await text("/sitemaps/pages-en.xml");
      assert.ok(
        en.includes(
          "<url><loc>http://dateline.test/en/privacy</loc><lastmod>2026-01-01T21:04:05.000Z</lastmod></url>",
        ),
        en,
      );
      assert.ok(en.includes("<loc>http://dateline.test/en/about/team</loc>"));
      for (const hidden of ["draft-page", "coming-soon"]) assert.ok(!en.includes(hidden), hidden);
      const bn = await text("/sitemaps/pages-bn.xml");
      assert.ok(bn.includes(`<loc>http://dateline.test${encodeURI("/bn/আমাদের-কথা")}</loc>`), bn);
    });

    it("serves a page's new content once it is updated, and a re-run changes nothing", async () => {
      const first = await upsert(page({ path: "ethics", title: "Ethics", bodyHtml: "<p>Old code.</p>" }));
      await assertServed("/en/ethics", "Ethics", "Old code");
      const sitemap = await text("/sitemaps/pages-en.xml");
      assert.ok(sitemap.includes("/en/ethics<"));
      const again = await upsert(page({ path: "ethics", title: "Ethics", bodyHtml: "<p>Old code.</p>" }));
      assert.deepEqual(again, { ...first, outcome: "unchanged" });
      const updated = await upsert(
        page({ path: "ethics", title: "Code of ethics", bodyHtml: "<p>New code.</p>" }),
      );
      assert.deepEqual(updated, { ...first, outcome: "updated" });
      await assertServed("/en/ethics", "Code of ethics", "New code");
      await upsert(page({ path: "ethics", title: "Code of ethics", status: "draft", publishedAt: null }));
      await assertNotFound("/en/ethics");
      const after = await text("/sitemaps/pages-en.xml");
      assert.ok(!after.includes("/en/ethics<"), "the sitemap dropped it");
    });

    it("leaves one row when writers of the same page run at once", async () => {
      const input = page({ path: "jobs/open-positions", title: "Open positions" });
      const results = await Promise.all(Array.from({ length: 6 }, () => upsert(input)));
      assert.equal(await rowsAt("en", "jobs/open-positions"), 1);
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      assert.deepEqual(results.map((r) => r.outcome).sort(), [
        "created",
        "unchanged",
        "unchanged",
        "unchanged",
        "unchanged",
        "unchanged",
      ]);
      const changed = await Promise.all(
        ["A", "B", "C", "D", "E", "F"].map((title) => upsert({ ...input, title: `Open positions ${title}` })),
      );
      assert.equal(await rowsAt("en", "jobs/open-positions"), 1);
      assert.ok(changed.every((r) => r.outcome === "updated"));
    });
  });
}
