import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createApiKey } from "../../src/distribution/content-api/api-keys.ts";
import { createLogger } from "../../src/logger.ts";
import { API, login, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`request log on ${dialect}`, { skip }, () => {
    let server: TestServer;
    const lines: string[] = [];
    before(async () => {
      const logger = createLogger("info", { write: (line: string) => lines.push(line) });
      server = await startTestServer(dialect, {}, { logger });
      await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    it("writes no API key, session token or CSRF token, whatever the request", async () => {
      const { key } = await createApiKey(server.server.db.kysely, "log test", server.clock());
      const editor = await login(server.url, "editor@newsroom.test");
      const token = (editor.cookie ?? "").split("=")[1] ?? "";
      const csrf = editor.csrfToken ?? "";
      assert.ok(token.length > 20 && csrf.length > 20);
      const start = lines.length;

      assert.equal((await fetch(`${server.url}/api/content/v1/editions?key=${key}`)).status, 200);
      await fetch(`${server.url}/api/content/v1/no-such-route?key=${key}`);
      await fetch(`${server.url}/api/content/v1/editions`, { headers: { authorization: `Bearer ${key}` } });
      await fetch(`${server.url}/en/?key=${key}`);
      assert.equal((await editor.get("/session")).status, 200);
      await editor.request("POST", `${API}/tags`, { edition: "zz" });
      await fetch(`${server.url}/api/admin/v1/session`, {
        headers: { cookie: `dateline_session=${token}`, "x-csrf-token": csrf, "x-api-key": key },
      });

      const written = lines.slice(start);
      assert.ok(written.length >= 7, "every request was logged");
      assert.ok(written.some((line) => line.includes("key=[redacted]")));
      for (const line of written) {
        for (const secret of [key, token, csrf]) assert.ok(!line.includes(secret), `a secret in: ${line}`);
      }
    });
  });
}
