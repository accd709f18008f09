import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { API, type ApiClient, anonymous, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const CONTENT = "/api/content/v1";
const TOO_BIG = 99_999_999_999;

/** Requests from the outside that once reached the database and failed there (a 500), or left the site. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`hostile requests on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let key: string;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      const created = await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "hostile" });
      assert.equal(created.status, 201);
      key = created.body.key;
    });
    after(async () => server?.stop());

    it("never redirects off-site: an empty or unknown edition is a 404", async () => {
      for (const path of ["//evil.com", "//evil.com/x", "/nope/national", "/%2F%2Fevil.com/x"]) {
        const response = await rawGet(server.url, path);
        assert.equal(
          response.status,
          404,
          `${path} answered ${response.status} ${response.headers.location}`,
        );
        assert.equal(response.headers.location, undefined, path);
      }
      const kept = await rawGet(server.url, "/en/national");
      assert.equal(kept.status, 301);
      assert.equal(kept.headers.location, "/en/national/");
      const encoded = await rawGet(server.url, "/en/%2F%2Fevil.com");
      if (encoded.headers.location !== undefined) {
        const location = String(encoded.headers.location);
        assert.ok(location.startsWith("/") && !/^\/[/\\]/.test(location), location);
      }
    });

    it("answers a NUL in a site path or query with 400, not a database error", async () => {
      for (const path of [
        "/en/tag/%00",
        "/en/%00/",
        "/en/national/a%00",
        "/en/tag/x%00/feed.xml",
        "/en/search?q=x&author=%00",
        "/en/author/%00",
      ]) {
        const response = await rawGet(server.url, path);
        assert.equal(response.status, 400, `${path} answered ${response.status}`);
      }
    });

    it("refuses a login whose email holds a NUL with 400", async () => {
      const response = await anonymous(server.url).request("POST", `${API}/session`, {
        email: "admin\u0000@newsroom.test",
        password: "x",
      });
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal((response.body as { code?: string }).code, "VALIDATION_FAILED");
    });

    it("refuses NUL in any string of an admin JSON body with 400", async () => {
      const response = await as.editor.request("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Nul\u0000 headline",
        standfirst: "s",
        body: "<p>b</p>",
      });
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal((response.body as { code?: string }).code, "VALIDATION_FAILED");
    });

    it("refuses NUL in an upload form's texts with 400", async () => {
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
        .png()
        .toBuffer();
      const form = new FormData();
      form.append("caption", "a\u0000b");
      form.append("file", new Blob([new Uint8Array(png)]), "photo.png");
      const response = await as.contributor.request("POST", "/media", undefined, { raw: form });
      assert.equal(response.status, 400, JSON.stringify(response.body));
    });

    it("refuses ids beyond the database's integer range at the edge", async () => {
      const content = await fetch(new URL(`${CONTENT}/articles/${TOO_BIG}`, server.url), {
        headers: { authorization: `Bearer ${key}` },
      });
      assert.equal(content.status, 400, await content.text());
      const admin = await as.editor.get(`/articles/${TOO_BIG}`);
      assert.equal(admin.status, 400, JSON.stringify(admin.body));
      const audit = await as.admin.get(`/audit?before=${TOO_BIG}`);
      assert.equal(audit.status, 400, JSON.stringify(audit.body));
      const patch = await as.editor.request("PUT", "/front-pages/en", { lead: TOO_BIG, slots: [] });
      assert.equal(patch.status, 400, JSON.stringify(patch.body));
      const compare = await as.editor.get(`/articles/1/revisions/compare?from=1&to=${TOO_BIG}`);
      assert.equal(compare.status, 400, JSON.stringify(compare.body));
      const pins = await as.editor.request("PUT", "/articles/1/related/pins", { ids: [TOO_BIG] });
      assert.equal(pins.status, 400, JSON.stringify(pins.body));
      const author = await as.editor.request("POST", "/authors", {
        slug: "too-big-photo",
        kind: "staff",
        photoMediaId: TOO_BIG,
        localizations: [{ edition: "en", name: "A", title: "T", bio: "B" }],
      });
      assert.equal(author.status, 400, JSON.stringify(author.body));
    });

    it("refuses a Content API cursor whose id is out of range with 400", async () => {
      for (const id of [1e308, TOO_BIG, -1]) {
        const cursor = Buffer.from(JSON.stringify(["2026-01-01T00:00:00.000Z", id])).toString("base64url");
        const response = await fetch(new URL(`${CONTENT}/articles?cursor=${cursor}`, server.url), {
          headers: { authorization: `Bearer ${key}` },
        });
        assert.equal(response.status, 400, `${id}: ${await response.text()}`);
      }
    });

    it("answers 422 naming the field when leadMediaId or photoMediaId names no photo", async () => {
      const missing = 2_000_000_000;
      const created = await as.editor.request<{ id: number; version: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "No such photo",
        standfirst: "s",
        body: "<p>b</p>",
        leadMediaId: missing,
      });
      assert.equal(created.status, 422, JSON.stringify(created.body));
      assert.match(JSON.stringify(created.body), /leadMediaId/);

      const draft = await as.editor.request<{ id: number; version: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "A photo later",
        standfirst: "s",
        body: "<p>b</p>",
      });
      assert.equal(draft.status, 201, JSON.stringify(draft.body));
      const patched = await as.editor.request("PATCH", `/articles/${draft.body.id}`, {
        version: draft.body.version,
        leadMediaId: missing,
      });
      assert.equal(patched.status, 422, JSON.stringify(patched.body));
      assert.match(JSON.stringify(patched.body), /leadMediaId/);

      const author = await as.editor.request("POST", "/authors", {
        slug: "no-photo",
        kind: "staff",
        photoMediaId: missing,
        localizations: [{ edition: "en", name: "A", title: "T", bio: "B" }],
      });
      assert.equal(author.status, 422, JSON.stringify(author.body));
      assert.match(JSON.stringify(author.body), /photoMediaId/);
      const made = await as.editor.request("POST", "/authors", {
        slug: "some-author",
        kind: "staff",
        localizations: [{ edition: "en", name: "A", title: "T", bio: "B" }],
      });
      assert.equal(made.status, 204, JSON.stringify(made.body));
      const changed = await as.editor.request("PATCH", "/authors/some-author", { photoMediaId: missing });
      assert.equal(changed.status, 422, JSON.stringify(changed.body));
      assert.match(JSON.stringify(changed.body), /photoMediaId/);
    });
  });
}
