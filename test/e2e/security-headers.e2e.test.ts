import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  ADMIN_API_CSP,
  API_DOCS_CSP,
  NEWSROOM_CSP,
  SITE_CSP,
  XML_CSP,
} from "../../src/http/security-headers.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Security headers per area, set by one hook per area from the request's path and SITE_URL; run on
 * both engines all the same, since the pages and errors they ride on come from each.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`security headers on ${dialect}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => server?.stop());

    const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
    function assertCommon(response: Response, label: string) {
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", label);
      assert.ok(response.headers.get("referrer-policy"), `${label}: a referrer policy`);
      assert.equal(response.headers.get("strict-transport-security"), null, `${label}: no HSTS over http`);
    }
    function assertSite(response: Response, label: string) {
      assertCommon(response, label);
      assert.equal(response.headers.get("content-security-policy"), SITE_CSP, label);
      assert.equal(response.headers.get("x-frame-options"), "DENY", label);
      assert.equal(response.headers.get("referrer-policy"), "strict-origin-when-cross-origin", label);
    }

    it("gives public pages, feeds, media and error pages a CSP without inline script, nosniff and frame protection", async () => {
      const front = await getPage(server.url, "/en/");
      assertSite(front.response, "/en/");
      const story = front
        .$("main a[href^='/en/']")
        .filter((_, a) => /\/en\/[^/]+\/[^/]+$/.test(a.attribs.href ?? ""));
      const storyPath = story.first().attr("href") ?? "";
      assert.ok(storyPath, "a story on the front page");
      assertSite((await getPage(server.url, storyPath)).response, storyPath);
      const photo = (await getPage(server.url, storyPath)).$("img[src^='/media/']").first().attr("src");
      const picture = front.$("img[src^='/media/']").first().attr("src") ?? photo;
      assert.ok(picture, "a photo");
      const media = await get(picture);
      assert.equal(media.status, 200);
      assertSite(media, picture);
      for (const path of ["/robots.txt", "/en/no-such-page/at-all", "/en/feed.json"]) {
        assertSite(await get(path), path);
      }
      // XML may carry XHTML script elements: feeds and sitemaps let nothing run or load at all.
      for (const path of ["/en/feed.xml", "/en/atom.xml", "/sitemap.xml"]) {
        const xml = await get(path);
        assertCommon(xml, path);
        assert.equal(xml.headers.get("content-security-policy"), XML_CSP, path);
        assert.equal(xml.headers.get("x-frame-options"), "DENY", path);
      }
      assert.match(XML_CSP, /default-src 'none'/);
      assert.doesNotMatch(XML_CSP, /script-src/);
      assert.match(SITE_CSP, /script-src 'self'(;|$)/);
      assert.doesNotMatch(SITE_CSP, /unsafe-inline|unsafe-eval/);
    });

    it("gives the newsroom SPA a strict script policy and frame protection", async () => {
      const shell = await get("/newsroom/");
      assertCommon(shell, "/newsroom/");
      assert.equal(shell.headers.get("content-security-policy"), NEWSROOM_CSP);
      assert.equal(shell.headers.get("x-frame-options"), "DENY");
      const html = await shell.text();
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script in the SPA's index.html");
      const script = /src="(\/newsroom\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      assert.ok(script);
      assert.equal((await get(script)).headers.get("content-security-policy"), NEWSROOM_CSP);
      assert.match(NEWSROOM_CSP, /script-src 'self'(;|$)/);
      assert.doesNotMatch(NEWSROOM_CSP, /unsafe-inline|unsafe-eval/);
    });

    it("marks every admin API answer no-store, the session's CSRF token and errors included", async () => {
      const anonymous = await get("/api/admin/v1/session");
      assert.equal(anonymous.headers.get("cache-control"), "no-store");
      const as = await loginAsEveryRole(server);
      const login = await get("/api/admin/v1/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "nobody@dateline.test", password: "wrong password, surely" }),
      });
      assert.equal(login.headers.get("cache-control"), "no-store", "a refused login");
      const session = await as.editor.get("/session");
      assert.equal(session.status, 200);
      for (const response of [anonymous, login, await get("/api/admin/v1/no-such-route")]) {
        assertCommon(response, response.url);
        assert.equal(response.headers.get("cache-control"), "no-store", response.url);
        assert.equal(response.headers.get("content-security-policy"), ADMIN_API_CSP, response.url);
        assert.equal(response.headers.get("x-frame-options"), "DENY", response.url);
      }
    });

    it("gives the API docs their own CSP, scripts from this origin only, and frame protection", async () => {
      const docs = await get("/api/docs/");
      assert.equal(docs.status, 200);
      assert.equal(docs.headers.get("content-security-policy"), API_DOCS_CSP);
      assert.equal(docs.headers.get("x-frame-options"), "DENY");
      assert.match(API_DOCS_CSP, /script-src 'self';/);
    });

    it("sends HSTS when SITE_URL is https", async () => {
      const secure = await startTestServer(dialect, { siteUrl: "https://dateline.test" });
      try {
        for (const path of ["/en/", "/newsroom/", "/api/admin/v1/session", "/api/content/v1/editions"]) {
          const response = await fetch(`${secure.url}${path}`);
          assert.equal(response.headers.get("strict-transport-security"), "max-age=31536000", path);
          assert.equal(response.headers.get("x-content-type-options"), "nosniff", path);
        }
      } finally {
        await secure.stop();
      }
    });
  });
}
