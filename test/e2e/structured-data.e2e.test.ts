import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { CheerioAPI } from "cheerio";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type Json = Record<string, unknown>;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

function jsonLd($: CheerioAPI): Json[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Json);
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`structured data and social tags on ${dialect}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => server?.stop());

    /** Story pages linked from a front page, opened. */
    async function stories(edition: string) {
      const front = await getPage(server.url, `/${edition}/`);
      const links = front
        .$(".story-card-headline a")
        .map((_, a) => front.$(a).attr("href"))
        .get()
        .slice(0, 12);
      return Promise.all(links.map(async (path) => ({ path, ...(await getPage(server.url, path)) })));
    }

    it("describes every story as a NewsArticle with the fields Google documents", async () => {
      for (const edition of ["en", "bn"]) {
        for (const { path, $ } of await stories(edition)) {
          const article = jsonLd($).find((d) => d["@type"] === "NewsArticle");
          assert.ok(article, `${path} has NewsArticle`);
          const canonical = $('link[rel="canonical"]').attr("href");
          assert.equal((article.headline as string).length <= 110, true);
          assert.equal(article.headline, $("h1").text().slice(0, 110));
          assert.equal(article.description, $("p.standfirst").text());
          assert.match(String(article.datePublished), ISO);
          assert.match(String(article.dateModified), ISO);
          assert.ok(String(article.dateModified) >= String(article.datePublished));
          assert.equal(article.inLanguage, edition);
          assert.equal(article.isAccessibleForFree, true);
          assert.ok(String(article.articleSection).length > 0);
          assert.deepEqual(article.mainEntityOfPage, { "@type": "WebPage", "@id": canonical });
          const authors = article.author as Json[];
          assert.ok(authors.length > 0);
          for (const author of authors) {
            assert.ok(
              author["@type"] === "Person"
                ? String(author.url).startsWith("http://dateline.test/")
                : author["@type"] === "Organization",
            );
          }
          const images = article.image as Json[];
          if ($("figure.lead-figure").length)
            assert.match(String(images[0]?.url), /^http:\/\/dateline\.test\/media\//);
          const logo = (article.publisher as { logo: { url: string } }).logo.url;
          const logoResponse = await fetch(server.url + new URL(logo).pathname);
          assert.equal(logoResponse.headers.get("content-type"), "image/png");
          const crumbs = jsonLd($).find((d) => d["@type"] === "BreadcrumbList");
          assert.equal((crumbs?.itemListElement as unknown[] | undefined)?.length, 3);
        }
      }
    });

    it("gives stories Open Graph and Twitter card tags, with the translation's locale", async () => {
      const pages = await stories("en");
      for (const { $ } of pages) {
        assert.equal($('meta[property="og:type"]').attr("content"), "article");
        assert.equal($('meta[property="og:locale"]').attr("content"), "en_GB");
        assert.equal($('meta[property="og:url"]').attr("content"), $('link[rel="canonical"]').attr("href"));
        assert.match($('meta[name="robots"]').attr("content") ?? "", /max-image-preview:large/);
        if ($("figure.lead-figure").length) {
          assert.match(
            $('meta[property="og:image"]').attr("content") ?? "",
            /^http:\/\/dateline\.test\/media\//,
          );
          assert.equal($('meta[name="twitter:card"]').attr("content"), "summary_large_image");
        }
      }
      const translated = pages.find(({ $ }) => $('link[rel="alternate"][hreflang="bn"]').length);
      assert.ok(translated, "a front-page story with a Bangla version");
      assert.equal(translated.$('meta[property="og:locale:alternate"]').attr("content"), "bn_BD");
    });

    it("describes the newspaper and its website, with its search, on the front page", async () => {
      const { $ } = await getPage(server.url, "/bn/");
      const types = jsonLd($).map((d) => d["@type"]);
      assert.deepEqual(types, ["NewsMediaOrganization", "WebSite"]);
      assert.equal(jsonLd($)[1]?.inLanguage, "bn");
      assert.deepEqual(jsonLd($)[1]?.potentialAction, {
        "@type": "SearchAction",
        target: {
          "@type": "EntryPoint",
          urlTemplate: "http://dateline.test/bn/search?q={search_term_string}",
        },
        "query-input": "required name=search_term_string",
      });
      assert.equal($('meta[property="og:type"]').attr("content"), "website");
    });
  });
}
