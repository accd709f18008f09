import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cacheKey } from "../../src/cache/cache-keys.ts";
import { createArticle } from "../../src/content/content.writes.ts";
import { listSections } from "../../src/content/taxonomy.queries.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage, rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const BENGALI_DIGIT = /[০-৯]/;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`public site on ${dialect}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => server?.stop());

    /** The first story linked from the edition's front page whose page has `selector`. */
    async function storyWith(edition: string, selector: string): Promise<{ path: string; href: string }> {
      const { $ } = await getPage(server.url, `/${edition}/`);
      for (const path of $(".story-card-headline a")
        .map((_, a) => $(a).attr("href"))
        .get()) {
        const page = await getPage(server.url, path);
        const found = page.$(selector).first();
        if (found.length) return { path, href: found.attr("href") ?? found.attr("src") ?? "" };
      }
      throw new Error(`no story on /${edition}/ has ${selector}`);
    }

    async function firstArticlePath(edition: string): Promise<string> {
      return (await storyWith(edition, "figure.lead-figure img")).path;
    }

    it("redirects / to the default edition and /en to /en/", async () => {
      const root = await fetch(server.url, { redirect: "manual" });
      assert.equal(root.status, 302);
      assert.equal(root.headers.get("location"), "/en/");
      const bare = await fetch(`${server.url}/bn`, { redirect: "manual" });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get("location"), "/bn/");
    });

    for (const edition of ["en", "bn"]) {
      it(`serves the ${edition} front page in its language with every section in the navigation`, async () => {
        const { response, $ } = await getPage(server.url, `/${edition}/`);
        assert.equal(response.status, 200);
        assert.equal($("html").attr("lang"), edition);
        assert.ok($(".site-nav a").length >= 6, "at least six sections");
        assert.ok($(".story-card").length >= 10);
        assert.equal($("h1").length, 1);
        assert.ok($(".opinion-rail li").length > 0);
      });

      it(`renders every part of a ${edition} article page`, async () => {
        const path = await firstArticlePath(edition);
        const { response, $ } = await getPage(server.url, path);
        assert.equal(response.status, 200);
        assert.equal($("h1").length, 1);
        assert.ok($("p.standfirst").text().length > 10);
        assert.ok($("p.credit-line").text().trim().length > 0);
        const published = $(".timestamps time").first();
        assert.match(published.attr("datetime") ?? "", /^\d{4}-\d\d-\d\dT/);
        assert.ok($("figure.lead-figure figcaption .photo-credit").length === 1);
        assert.ok($(".article-body p").length >= 3);
        const related = $(".related-item");
        assert.ok(related.length >= 4, "at least four related stories");
        related.each((_, item) => {
          assert.notEqual($(item).find(".related-headline a").attr("href"), path, "never the story itself");
          assert.ok(($(item).find("img").attr("alt") ?? "").length > 0);
        });
        assert.ok($(".opinion-rail .opinion-columnist").first().text().length > 0);
        assert.equal($('link[rel="canonical"]').attr("href"), `http://dateline.test${path}`);
        if (edition === "bn") {
          assert.match(published.text(), BENGALI_DIGIT);
          assert.doesNotMatch(published.text(), /[0-9]/);
        }
      });
    }

    for (const edition of ["en", "bn"]) {
      it(`credits wire copy to its agency and shows Updated only after a significant update (${edition})`, async () => {
        const wire = await getPage(server.url, (await storyWith(edition, ".credit-agency")).path);
        assert.ok(wire.$(".credit-agency").text().trim().length > 0);
        assert.equal(wire.$("a[rel=author]").length, 0, "agency copy has no staff byline");
        const updated = await getPage(
          server.url,
          (await storyWith(edition, ".timestamps .timestamp + .timestamp")).path,
        );
        const [published, modified] = updated
          .$(".timestamps time")
          .map((_, t) => updated.$(t).attr("datetime"))
          .get();
        assert.ok(published && modified && modified > published, "Updated is later than Published");
      });
    }

    it("links translations both ways with hreflang and the language switch", async () => {
      const { $ } = await getPage(server.url, "/en/");
      let pair: { en: string; bn: string } | undefined;
      for (const href of $(".story-card-headline a")
        .map((_, a) => $(a).attr("href"))
        .get()) {
        const page = await getPage(server.url, href);
        const bn = page.$('link[rel="alternate"][hreflang="bn"]').attr("href");
        if (bn) {
          pair = { en: href, bn: new URL(bn).pathname };
          assert.equal(page.$('.edition-switch a[lang="bn"]').attr("href"), pair.bn);
          assert.equal(page.$('.edition-switch a[lang="bn"]').text(), "বাংলা");
          break;
        }
      }
      assert.ok(pair, "some story on the front page has a Bangla version");
      const back = await getPage(server.url, pair.bn);
      assert.equal(back.response.status, 200);
      assert.equal(
        new URL(back.$('link[rel="alternate"][hreflang="en"]').attr("href") ?? "").pathname,
        pair.en,
      );
      assert.equal(back.$('.edition-switch a[lang="en"]').text(), "English");
    });

    it("serves author, tag, section and paginated listings", async () => {
      const article = await getPage(server.url, await firstArticlePath("en"));
      const tag = article.$(".tag-list a").first().attr("href");
      assert.ok(tag);
      const tagPage = await getPage(server.url, tag);
      assert.equal(tagPage.response.status, 200);
      assert.ok(tagPage.$(".story-card").length >= 1);
      const author = (await storyWith("en", "a[rel=author]")).href;
      const authorPage = await getPage(server.url, author);
      assert.equal(authorPage.response.status, 200);
      assert.ok(authorPage.$(".author-bio").text().length > 0);
      const front = await getPage(server.url, "/en/");
      const section = front.$(".site-nav a").first().attr("href") ?? "";
      const pageTwo = await getPage(server.url, `${section}?page=2`);
      assert.equal(pageTwo.response.status, 200);
      assert.ok(pageTwo.$('a[rel="prev"]').length === 1);
      assert.equal((await getPage(server.url, `${section}?page=999`)).response.status, 404);
    });

    it("answers unknown paths with the edition's localized 404 page", async () => {
      const en = await getPage(server.url, "/en/no-such-section/no-such-story");
      assert.equal(en.response.status, 404);
      assert.match(en.$("h1").text(), /Page not found/);
      const bn = await getPage(server.url, "/bn/nothing/here");
      assert.equal(bn.response.status, 404);
      assert.equal(bn.$("html").attr("lang"), "bn");
      assert.match(bn.$("h1").text(), /পাওয়া যায়নি/);
      assert.equal((await getPage(server.url, "/xx/")).response.status, 404);
      assert.equal((await getPage(server.url, "/en/author/nobody")).response.status, 404);
    });

    it("answers malformed and over-long URLs with 400, never 500", async () => {
      for (const path of [
        "/en/%E0%A4%A",
        "/en/national/%ZZ",
        "/bn/%",
        `/en/${"a".repeat(5000)}`,
        `/${"x".repeat(20_000)}`,
      ]) {
        const response = await rawGet(server.url, path);
        assert.equal(response.status, 400, `${path.slice(0, 40)} gives 400`);
      }
      const badPage = await rawGet(server.url, "/en/?page=abc");
      assert.equal(badPage.status, 400);
    });

    it("supports conditional GET with ETag", async () => {
      const first = await rawGet(server.url, "/en/");
      const etag = first.headers.etag as string;
      assert.ok(etag);
      const second = await rawGet(server.url, "/en/", { "if-none-match": etag });
      assert.equal(second.status, 304);
    });

    it("compresses pages for clients that accept it", async () => {
      const gzip = await rawGet(server.url, "/bn/", { "accept-encoding": "gzip" });
      assert.equal(gzip.headers["content-encoding"], "gzip");
      const br = await rawGet(server.url, "/bn/", { "accept-encoding": "gzip, deflate, br" });
      assert.equal(br.headers["content-encoding"], "br");
      assert.equal(br.headers.vary, "accept-encoding");
    });

    it("serves media with long-lived cache headers", async () => {
      const { $ } = await getPage(server.url, await firstArticlePath("en"));
      const src = $("figure.lead-figure img").attr("src") ?? "";
      const image = await fetch(new URL(src, server.url));
      assert.equal(image.status, 200);
      assert.match(image.headers.get("cache-control") ?? "", /immutable/);
      assert.match(image.headers.get("content-type") ?? "", /^image\/jpeg/);
    });

    it("drops the cached front page when the edition's latest news changes", async () => {
      await getPage(server.url, "/en/");
      const db = server.server.db.kysely;
      const [section] = await listSections(db, "en");
      assert.ok(section);
      await db.transaction().execute(async (trx) => {
        await createArticle(trx, {
          edition: "en",
          translationGroup: null,
          sectionId: section.id,
          kind: "news",
          slug: "fresh-off-the-press",
          headline: "Fresh off the press",
          standfirst: "Just in.",
          bodyHtml: "<p>Now.</p>",
          creditLine: null,
          datelinePlace: null,
          leadMediaId: null,
          status: "published",
          publishedAt: server.clock().toISOString(),
          updatedAt: null,
          authorIds: [],
          tagIds: [],
          now: server.clock().toISOString(),
        });
      });
      server.server.cache.drop([cacheKey.latest("en", "news")]);
      const { $ } = await getPage(server.url, "/en/");
      assert.equal($(".story-card--lead .story-card-headline").text(), "Fresh off the press");
    });
  });
}
