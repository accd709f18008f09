import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import Fastify from "fastify";
import { NodeCache } from "../../src/cache/node-cache.ts";
import { registerSitemapRoutes } from "../../src/distribution/sitemaps/sitemap.routes.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const CORPUS_XSD = resolve(import.meta.dirname, "../../../shared/corpora/xsd");
const OWN_XSD = resolve(import.meta.dirname, "../fixtures/xsd");

/** The sitemap XSDs come from ../shared (absent in a user's clone); xmllint from libxml2-utils. */
function missingTools(): string | undefined {
  const missing = [
    existsSync(CORPUS_XSD) ? null : `${CORPUS_XSD} (../shared/corpora)`,
    spawnSync("xmllint", ["--version"]).status === 0 ? null : "xmllint (apt-get install libxml2-utils)",
  ].filter(Boolean);
  if (missing.length === 0) return undefined;
  if (process.env.CI) throw new Error(`sitemap validation needs ${missing.join(" and ")}`);
  return `skipped: needs ${missing.join(" and ")}`;
}

const skipReason = missingTools();
let scratch = "";

/** sitemap.xsd admits other namespaces strictly, so a wrapper schema imports every extension we use. */
function urlsetSchema(): string {
  const path = join(scratch, "urlset-with-extensions.xsd");
  const imports = [
    ["http://www.sitemaps.org/schemas/sitemap/0.9", join(CORPUS_XSD, "sitemap.xsd")],
    ["http://www.google.com/schemas/sitemap-news/0.9", join(CORPUS_XSD, "sitemap-news.xsd")],
    ["http://www.google.com/schemas/sitemap-image/1.1", join(OWN_XSD, "sitemap-image.xsd")],
    ["http://www.w3.org/1999/xhtml", join(OWN_XSD, "xhtml-link.xsd")],
  ];
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${imports
      .map(([ns, file]) => `<xsd:import namespace="${ns}" schemaLocation="file://${file}"/>`)
      .join("\n")}\n</xsd:schema>\n`,
  );
  return path;
}

function validate(xml: string, schema: string): string {
  const file = join(scratch, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  return result.status === 0 ? "" : result.stderr;
}

for (const dialect of DIALECTS) {
  const skip = skipReason ?? (await unavailable(dialect));
  describe(`sitemaps and robots.txt on ${dialect}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), "dateline-xsd-"));
      server = await startTestServer(dialect);
    });
    after(async () => {
      await server?.stop();
      rmSync(scratch, { recursive: true, force: true });
    });

    const get = async (path: string) => (await fetch(server.url + path)).text();
    const sitemapPaths = async () =>
      [...(await get("/sitemap.xml")).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] ?? "").pathname,
      );

    it("validates the index and every sitemap it lists against the sitemaps.org and Google XSDs", async () => {
      assert.equal(validate(await get("/sitemap.xml"), join(CORPUS_XSD, "siteindex.xsd")), "");
      const paths = await sitemapPaths();
      assert.ok(paths.some((p) => p.startsWith("/sitemaps/articles-en-")));
      assert.ok(paths.includes("/sitemaps/news-bn.xml"));
      const schema = urlsetSchema();
      for (const path of paths) assert.equal(validate(await get(path), schema), "", path);
    });

    it("lists every published story once, with lastmod, its lead image and its translations", async () => {
      const paths = (await sitemapPaths()).filter((p) => p.includes("/articles-"));
      const xml = (await Promise.all(paths.map(get))).join("");
      const locs = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      assert.equal(locs.length, 100, "the demo's 50 stories per edition");
      assert.equal(new Set(locs).size, locs.length);
      assert.ok((xml.match(/<lastmod>/g) ?? []).length >= 100);
      assert.ok((xml.match(/<image:loc>http:\/\/dateline\.test\/media\//g) ?? []).length >= 90);
      assert.ok(
        (xml.match(/<xhtml:link rel="alternate" hreflang="bn"/g) ?? []).length >= 40,
        "20 pairs, each listed in both editions",
      );
    });

    /** Page sizes a month's sitemaps must have at 20 URLs a file, newest month first as the index lists them. */
    async function expectedPageSizes(edition: string): Promise<number[]> {
      const rows = await server.server.db.kysely
        .selectFrom("articles")
        .where("edition", "=", edition)
        .where("status", "=", "published")
        .select("published_at")
        .execute();
      const perMonth = new Map<string, number>();
      for (const { published_at } of rows) {
        const month = (published_at ?? "").slice(0, 7);
        perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      }
      const months = [...perMonth].sort(([a], [b]) => b.localeCompare(a));
      assert.ok(
        months.some(([, n]) => n > 20),
        "the demo puts more than one file's worth of stories in a month",
      );
      return months.flatMap(([, n]) =>
        Array.from({ length: Math.ceil(n / 20) }, (_, i) => Math.min(20, n - i * 20)),
      );
    }

    // The demo's stories span the ten days before the server started, so they may straddle a month.
    it("splits a month's article sitemap at the URL limit into pages that together list each story once", async () => {
      const app = Fastify();
      registerSitemapRoutes(app, {
        db: server.server.db.kysely,
        config: server.config,
        cache: new NodeCache({}),
        now: server.clock,
        urlsPerSitemap: 20,
      });
      const index = (await app.inject({ url: "/sitemap.xml" })).body;
      const pages = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/articles-en-[^<]+)<\/loc>/g)].map(
        (m) => m[1] ?? "",
      );
      const counts: number[] = [];
      const locs = new Set<string>();
      for (const page of pages) {
        const xml = (await app.inject({ url: page })).body;
        const urls = [...xml.matchAll(/<url><loc>([^<]+)</g)].map((m) => m[1] ?? "");
        counts.push(urls.length);
        for (const url of urls) locs.add(url);
      }
      assert.deepEqual(
        counts,
        await expectedPageSizes("en"),
        "50 English stories at 20 a file in each month",
      );
      assert.equal(locs.size, 50);
      await app.close();
    });

    it("keeps the news sitemap to the last 48 hours and reflects a publish and unpublish on the next request", async () => {
      const news = await get("/sitemaps/news-en.xml");
      for (const [, date] of news.matchAll(/<news:publication_date>([^<]+)</g)) {
        assert.ok(server.clock().getTime() - Date.parse(date ?? "") <= 48 * 3600 * 1000);
      }
      assert.match(news, /<news:name>The Dhaka Dateline<\/news:name><news:language>en<\/news:language>/);
      const { editor } = await loginAsEveryRole(server);
      const created = await editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Sitemap freshness check",
        standfirst: "s",
        body: "<p>b</p>",
      });
      await editor.request("POST", `/articles/${created.body.id}/publish`);
      assert.match(await get("/sitemaps/news-en.xml"), /Sitemap freshness check/);
      await editor.request("POST", `/articles/${created.body.id}/unpublish`);
      assert.doesNotMatch(await get("/sitemaps/news-en.xml"), /Sitemap freshness check/);
    });

    it("keeps crawlers out of the newsroom and the admin API and points them at the sitemaps", async () => {
      const robots = await get("/robots.txt");
      assert.match(robots, /^Disallow: \/newsroom\/$/m);
      assert.match(robots, /^Disallow: \/api\/admin\/$/m);
      assert.match(robots, /^Sitemap: http:\/\/dateline\.test\/sitemap\.xml$/m);
      assert.equal((await fetch(`${server.url}/sitemaps/articles-xx-2026-11-1.xml`)).status, 404);
    });
  });
}
