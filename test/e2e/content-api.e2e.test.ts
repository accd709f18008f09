import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { CONTENT_API_RATE_LIMIT } from "../../src/distribution/content-api/rate-limit.ts";
import { API, type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { DATELINE_CLI } from "../support/dateline-cli.ts";
import { startTestServer, TEST_MEDIA_DIR, type TestServer } from "../support/test-server.ts";

const CONTENT = "/api/content/v1";
/** Full path: the test client treats paths starting with /api as absolute. */
const ADMIN_KEYS = `${API}/api-keys`;

type PublicArticle = {
  id: number;
  edition?: string;
  url?: string;
  section?: { slug: string; name: string };
  kind?: string;
  headline?: string;
  updatedAt?: string;
  publishedAt?: string;
  authors?: unknown[];
  tags?: { slug: string; name: string }[];
  leadImage?: unknown;
  translations?: { id: number; edition: string; url: string }[];
  related?: unknown[];
};
type List = { items: PublicArticle[]; nextCursor: string | null };

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`content API on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let key: string;
    let startedAt: string;
    const stories = {} as Record<
      "news" | "opinion" | "news2" | "draft" | "scheduled" | "unpublished" | "bn",
      number
    >;

    async function call(path: string, init: { key?: string | null; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const bearer = init.key === undefined ? key : init.key;
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const response = await fetch(new URL(CONTENT + path, server.url), { headers });
      const text = await response.text();
      const body = text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : text;
      return { status: response.status, headers: response.headers, body };
    }

    async function story(
      headline: string,
      move: "publish" | "draft" | "schedule" | "unpublish",
      extra: Record<string, unknown> = {},
    ): Promise<number> {
      const created = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "capi",
        headline,
        standfirst: "A standfirst.",
        body: "<p>Body.</p>",
        ...extra,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id;
      if (move === "publish" || move === "unpublish") {
        assert.equal((await as.editor.request("POST", `/articles/${id}/publish`)).status, 200);
      }
      if (move === "unpublish") {
        assert.equal((await as.editor.request("POST", `/articles/${id}/unpublish`)).status, 200);
      }
      if (move === "schedule") {
        const at = new Date(server.clock().getTime() + 3_600_000).toISOString();
        assert.equal((await as.editor.request("POST", `/articles/${id}/schedule`, { at })).status, 200);
      }
      return id;
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      startedAt = new Date(server.clock().getTime() - 1000).toISOString();
      const created = await as.admin.request<{ key: string }>("POST", ADMIN_KEYS, { name: "tests" });
      assert.equal(created.status, 201);
      key = created.body.key;
      const section = await as.editor.request("POST", "/sections", {
        key: "capi",
        position: 90,
        localizations: [
          { edition: "en", slug: "capi", name: "Content API" },
          { edition: "bn", slug: "capi-bn", name: "কন্টেন্ট" },
        ],
      });
      assert.equal(section.status, 204, JSON.stringify(section.body));
      stories.news = await story("Capi news one", "publish", { tags: ["Capi Special"] });
      stories.opinion = await story("Capi opinion", "publish", { kind: "opinion" });
      stories.news2 = await story("Capi news two", "publish", { tags: ["Capi Special"] });
      stories.draft = await story("Capi draft", "draft", { tags: ["Capi Special"] });
      stories.scheduled = await story("Capi scheduled", "schedule", { tags: ["Capi Special"] });
      stories.unpublished = await story("Capi unpublished", "unpublish", { tags: ["Capi Special"] });
      const translation = await as.editor.request<{ id: number }>(
        "POST",
        `/articles/${stories.news}/translations`,
        { edition: "bn" },
      );
      assert.equal(translation.status, 201, JSON.stringify(translation.body));
      stories.bn = translation.body.id;
      assert.equal((await as.editor.request("POST", `/articles/${stories.bn}/publish`)).status, 200);
    });
    after(async () => server?.stop());

    it("refuses requests without a key or with an unknown one, as problem+json 401", async () => {
      for (const bad of [null, "dl_not-a-real-key"]) {
        const response = await call("/articles", { key: bad });
        assert.equal(response.status, 401);
        assert.match(response.headers.get("content-type") ?? "", /application\/problem\+json/);
        assert.equal(response.body.code, "NOT_AUTHENTICATED");
        assert.equal(response.headers.get("access-control-allow-origin"), "*");
      }
    });

    it("accepts the key as ?key= and as a Bearer header", async () => {
      const viaQuery = await call(`/editions?key=${encodeURIComponent(key)}`, { key: null });
      assert.equal(viaQuery.status, 200);
      assert.deepEqual(
        viaQuery.body.items.map((e: { code: string }) => e.code),
        ["en", "bn"],
      );
      const viaHeader = await call("/editions");
      assert.equal(viaHeader.status, 200);
    });

    it("revoked keys get 401, and the admin list shows no secrets", async () => {
      const created = await as.admin.request<{ id: number; key: string }>("POST", ADMIN_KEYS, {
        name: "short-lived",
      });
      assert.equal((await call("/editions", { key: created.body.key })).status, 200);
      const listed = await as.admin.get<{ items: Record<string, unknown>[] }>(ADMIN_KEYS);
      const mine = listed.body.items.find((k) => k.id === created.body.id);
      assert.ok(mine);
      assert.equal(mine.key, undefined);
      assert.equal(mine.prefix, created.body.key.slice(0, 8));
      assert.ok(mine.lastUsedAt, "last_used_at is recorded");
      assert.ok(!JSON.stringify(listed.body).includes(created.body.key));
      assert.equal((await as.admin.request("DELETE", `${ADMIN_KEYS}/${created.body.id}`)).status, 204);
      const revoked = await call("/editions", { key: created.body.key });
      assert.equal(revoked.status, 401);
      assert.equal(revoked.body.code, "NOT_AUTHENTICATED");
      assert.equal((await as.editor.get(ADMIN_KEYS)).status, 403);
    });

    it("lists only published stories and filters by edition, section, tag, kind and updatedSince", async () => {
      const bySection = (await call("/articles?section=capi&limit=100")).body as List;
      assert.deepEqual(
        bySection.items.map((a) => a.id).sort(),
        [stories.news, stories.opinion, stories.news2, stories.bn].sort(),
      );
      const en = (await call("/articles?edition=en&section=capi")).body as List;
      assert.deepEqual(
        en.items.map((a) => a.id),
        [stories.news2, stories.opinion, stories.news],
      );
      assert.ok(en.items.every((a) => a.edition === "en"));
      const bn = (await call("/articles?edition=bn&limit=100")).body as List;
      assert.ok(bn.items.length > 0 && bn.items.every((a) => a.edition === "bn"));
      const tagged = (await call("/articles?tag=capi-special")).body as List;
      assert.deepEqual(
        tagged.items.map((a) => a.id),
        [stories.news2, stories.news],
      );
      const opinion = (await call("/articles?section=capi&kind=opinion")).body as List;
      assert.deepEqual(
        opinion.items.map((a) => a.id),
        [stories.opinion],
      );
      const recent = (await call(`/articles?updatedSince=${startedAt}&limit=100`)).body as List;
      assert.deepEqual(
        recent.items.map((a) => a.id).sort(),
        [stories.news, stories.opinion, stories.news2, stories.bn].sort(),
      );
      assert.ok(recent.items.every((a) => (a.updatedAt ?? "") >= startedAt));
      const author = (await call("/articles?author=no-such-author")).body as List;
      assert.deepEqual(author.items, []);

      const full = en.items[0];
      assert.ok(full);
      assert.equal(full.url, "http://dateline.test/en/capi/capi-news-two");
      assert.deepEqual(full.section, { slug: "capi", name: "Content API" });
      assert.equal(full.headline, "Capi news two");
      assert.deepEqual(full.tags, [{ slug: "capi-special", name: "Capi Special" }]);
      assert.equal(full.updatedAt, full.publishedAt);
      assert.equal(full.leadImage, null);
    });

    it("never shows drafts, scheduled or unpublished stories, in lists or by id", async () => {
      const hidden = [stories.draft, stories.scheduled, stories.unpublished];
      let cursor: string | null = null;
      const seen: number[] = [];
      do {
        const query: string = cursor ? `&cursor=${cursor}` : "";
        const page = (await call(`/articles?limit=100&fields=headline${query}`)).body as List;
        seen.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor;
      } while (cursor);
      for (const id of hidden) {
        assert.ok(!seen.includes(id), `story ${id} leaked into the list`);
        const byId = await call(`/articles/${id}`);
        assert.equal(byId.status, 404);
        assert.equal(byId.body.code, "NOT_FOUND");
      }
      assert.equal((await call(`/articles/${stories.news}`)).status, 200);
    });

    it("pages with a cursor, newest first, without duplicates", async () => {
      const all = (await call("/articles?limit=100&fields=publishedAt")).body as List;
      const ids: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `&cursor=${cursor}` : "";
        const page = (await call(`/articles?limit=7&fields=publishedAt${query}`)).body as List;
        assert.ok(page.items.length <= 7);
        ids.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 100);
      assert.ok(pages > 1, "needs more than one page");
      assert.equal(new Set(ids).size, ids.length, "no duplicates");
      assert.deepEqual(
        ids.slice(0, all.items.length),
        all.items.map((a) => a.id),
      );
      const bad = await call("/articles?cursor=nonsense");
      assert.equal(bad.status, 400);
      assert.match(bad.headers.get("content-type") ?? "", /problem\+json/);
    });

    it("narrows fields and includes translations and related stories", async () => {
      const narrow = (await call(`/articles/${stories.news}?fields=headline,url`)).body as PublicArticle;
      assert.deepEqual(Object.keys(narrow).sort(), ["headline", "id", "url"]);
      const list = (await call("/articles?section=capi&fields=headline&limit=2")).body as List;
      assert.ok(list.items.every((a) => Object.keys(a).sort().join() === "headline,id"));
      const badField = await call("/articles?fields=password");
      assert.equal(badField.status, 400);
      assert.equal(badField.body.code, "VALIDATION_FAILED");

      const withTranslations = (await call(`/articles/${stories.news}?include=translations,related`))
        .body as PublicArticle;
      assert.deepEqual(
        withTranslations.translations?.map((t) => [t.id, t.edition]),
        [[stories.bn, "bn"]],
      );
      assert.match(withTranslations.translations?.[0]?.url ?? "", /^http:\/\/dateline\.test\/bn\/capi-bn\//);
      assert.ok(Array.isArray(withTranslations.related));
    });

    it("lists sections, tags, authors and editions", async () => {
      const sections = await call("/sections?edition=en");
      assert.ok(sections.body.items.some((s: { slug: string }) => s.slug === "capi"));
      assert.ok(sections.body.items.every((s: { edition: string }) => s.edition === "en"));
      const tags = await call("/tags?edition=en");
      assert.ok(tags.body.items.some((t: { slug: string }) => t.slug === "capi-special"));
      const authors = await call("/authors");
      assert.ok(authors.body.items.length > 0);
      assert.equal((await call("/sections?edition=xx")).status, 400);
      assert.equal((await call("/nothing-here")).status, 404);
    });

    it("answers ETag with 304, cache headers and CORS, and OPTIONS preflight with 204", async () => {
      const first = await call("/articles?section=capi");
      const etag = first.headers.get("etag");
      assert.ok(etag);
      assert.equal(first.headers.get("cache-control"), "public, max-age=60");
      assert.equal(first.headers.get("access-control-allow-origin"), "*");
      const again = await call("/articles?section=capi", { headers: { "if-none-match": etag } });
      assert.equal(again.status, 304);
      assert.equal(again.body, "");
      const other = await call("/articles?section=capi", { headers: { "if-none-match": '"stale"' } });
      assert.equal(other.status, 200);

      const preflight = await fetch(new URL(`${CONTENT}/articles`, server.url), {
        method: "OPTIONS",
        headers: {
          origin: "https://example.org",
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization, if-none-match",
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get("access-control-allow-origin"), "*");
      assert.match(preflight.headers.get("access-control-allow-headers") ?? "", /Authorization/);
      assert.match(preflight.headers.get("access-control-allow-headers") ?? "", /If-None-Match/);
      assert.match(preflight.headers.get("access-control-allow-methods") ?? "", /GET/);
    });

    it("rate limits per key with 429 and Retry-After", async () => {
      const saved = { ...CONTENT_API_RATE_LIMIT };
      CONTENT_API_RATE_LIMIT.requests = 3;
      try {
        const created = await as.admin.request<{ key: string }>("POST", ADMIN_KEYS, { name: "limited" });
        const limited = created.body.key;
        for (let i = 0; i < 3; i += 1) assert.equal((await call("/editions", { key: limited })).status, 200);
        const refused = await call("/editions", { key: limited });
        assert.equal(refused.status, 429);
        assert.equal(refused.body.code, "TOO_MANY_ATTEMPTS");
        assert.ok(Number(refused.headers.get("retry-after")) >= 1);
        assert.match(refused.headers.get("content-type") ?? "", /problem\+json/);
      } finally {
        Object.assign(CONTENT_API_RATE_LIMIT, saved);
      }
    });

    it("is documented in the OpenAPI description", async () => {
      const spec = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      for (const path of [
        "/articles",
        "/articles/{id}",
        "/search",
        "/sections",
        "/tags",
        "/authors",
        "/editions",
      ]) {
        assert.ok(spec.paths[CONTENT + path], `${path} is documented`);
      }
      assert.ok(spec.paths["/api/admin/v1/api-keys"]);
    });

    it("dateline api-key create prints a key that works, once", async () => {
      const env = {
        PATH: process.env.PATH ?? "",
        MEDIA_DIR: TEST_MEDIA_DIR,
        LOG_LEVEL: "silent",
        DATABASE_URL: server.config.databaseUrl,
      };
      const run = (args: string[]) =>
        spawnSync(process.execPath, [...DATELINE_CLI, ...args], { env, encoding: "utf8", timeout: 60_000 });
      const created = run(["api-key", "create", "--name", "from the cli"]);
      assert.equal(created.status, 0, created.stderr);
      const printed = /^(dl_[A-Za-z0-9_-]{43})$/m.exec(created.stdout)?.[1];
      assert.ok(printed, created.stdout);
      assert.equal((await call("/editions", { key: printed })).status, 200);
      const listed = run(["api-key", "list"]);
      assert.equal(listed.status, 0, listed.stderr);
      assert.match(listed.stdout, /from the cli/);
      assert.ok(!listed.stdout.includes(printed), "list never shows the secret");
      const id = /^Created API key (\d+)/.exec(created.stdout)?.[1];
      assert.ok(id);
      assert.equal(run(["api-key", "revoke", "--id", id]).status, 0);
      assert.equal((await call("/editions", { key: printed })).status, 401);
    });
  });
}
