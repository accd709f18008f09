import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, anonymous, login, loginAsEveryRole, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom accounts on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    it("logs in with a hardened session cookie and returns the user and a CSRF token", async () => {
      const response = await fetch(`${server.url}/api/admin/v1/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "EDITOR@newsroom.test", password: TEST_PASSWORD }),
      });
      assert.equal(response.status, 200);
      const cookie = response.headers.get("set-cookie") ?? "";
      assert.match(cookie, /^dateline_session=[\w-]{40,};/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/, "http SITE_URL: no Secure flag");
      const body = (await response.json()) as { user: { role: string }; csrfToken: string };
      assert.equal(body.user.role, "editor");
      assert.ok(body.csrfToken.length >= 20);
    });

    it("refuses a wrong password with 401 problem+json (throttling: login-throttle.e2e.test.ts)", async () => {
      const wrong = await anonymous(server.url).request("POST", "/session", {
        email: "author@newsroom.test",
        password: "wrong password",
      });
      assert.equal(wrong.status, 401);
      assert.match(wrong.headers.get("content-type") ?? "", /application\/problem\+json/);
      assert.equal((wrong.body as { code: string }).code, "BAD_CREDENTIALS");
    });

    it("rotates the session at login and ends it at logout", async () => {
      const first = await login(server.url, "admin@newsroom.test");
      const again = await fetch(`${server.url}/api/admin/v1/session`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: first.cookie ?? "" },
        body: JSON.stringify({ email: "admin@newsroom.test", password: TEST_PASSWORD }),
      });
      assert.equal(again.status, 200);
      assert.equal((await first.get("/session")).status, 401, "the old session id no longer works");
      const fresh = await login(server.url, "admin@newsroom.test");
      assert.equal((await fresh.get("/session")).status, 200);
      assert.equal((await fresh.request("DELETE", "/session")).status, 204);
      assert.equal((await fresh.get("/session")).status, 401);
    });

    it("requires the CSRF token on state-changing requests", async () => {
      const missing = await as.admin.request("POST", "/users", newUser("csrf"), { csrf: false });
      assert.equal(missing.status, 403);
      assert.equal((missing.body as { code: string }).code, "CSRF_TOKEN_MISSING");
      assert.equal((await as.admin.get("/users")).status, 200, "reads need no token");
    });

    it("lets only admins manage users, validates input and records role changes in the audit log", async () => {
      assert.equal((await as.editor.request("POST", "/users", newUser("x"))).status, 403);
      const created = await as.admin.request<{ id: number; role: string }>("POST", "/users", newUser("new"));
      assert.equal(created.status, 201);
      const duplicate = await as.admin.request("POST", "/users", newUser("new"));
      assert.equal(duplicate.status, 409);
      const invalid = await as.admin.request("POST", "/users", {
        ...newUser("bad"),
        role: "chief",
        extra: 1,
      });
      assert.equal(invalid.status, 400);
      const promoted = await as.admin.request("PATCH", `/users/${created.body.id}`, { role: "editor" });
      assert.equal(promoted.status, 200);
      const audit = await as.admin.get<{ items: { action: string; subjectId: string }[] }>("/audit");
      const actions = audit.body.items.map((e) => e.action);
      assert.ok(actions.includes("user.role_changed"));
      assert.ok(actions.includes("login"));
      assert.ok(actions.includes("login.failed"));
      assert.equal((await as.editor.get("/audit")).status, 403);
    });

    it("marks the session cookie Secure when the site is served over https", async () => {
      const secure = await startTestServer(dialect, { siteUrl: "https://news.example" });
      try {
        await createUser(
          secure.server.db.kysely,
          { email: "s@newsroom.test", name: "S", role: "author", password: TEST_PASSWORD },
          { userId: null },
          secure.clock(),
        );
        const response = await fetch(`${secure.url}/api/admin/v1/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "s@newsroom.test", password: TEST_PASSWORD }),
        });
        assert.match(response.headers.get("set-cookie") ?? "", /; Secure/);
      } finally {
        await secure.stop();
      }
    });

    it("describes the whole admin API in OpenAPI, with a browsable page", async () => {
      const spec = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as {
        paths: Record<string, unknown>;
      };
      assert.ok(spec.paths["/api/admin/v1/session"]);
      assert.ok(spec.paths["/api/admin/v1/users"]);
      const page = await fetch(`${server.url}/api/docs/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /swagger/i);
    });
  });
}

function newUser(name: string) {
  return { email: `${name}@newsroom.test`, name, role: "contributor", password: "a long enough password" };
}
