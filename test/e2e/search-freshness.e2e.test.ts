import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The index follows publication: every change made through the newsroom shows on the very next
 * search, on both engines. Words no demo story uses make each search about one story only.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search freshness on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    async function hits(word: string): Promise<string[]> {
      const { response, $ } = await getPage(server.url, `/en/search?q=${encodeURIComponent(word)}+`);
      assert.equal(response.status, 200);
      return $("main h2 a, main h3 a")
        .map((_, a) => $(a).text())
        .get();
    }

    it("reflects publish, update, unpublish and delete on the next search", async () => {
      const created = await as.editor.request<{ id: number; version: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Quillwort growers meet",
        standfirst: "A small trade fair.",
        body: "<p>Growers compared notes.</p>",
      });
      assert.equal(created.status, 201);
      const id = created.body.id;
      assert.deepEqual(await hits("quillwort"), [], "a draft is not searchable");

      await as.editor.request("POST", `/articles/${id}/publish`);
      assert.deepEqual(await hits("quillwort"), ["Quillwort growers meet"]);

      const current = await as.editor.get<{ version: number }>(`/articles/${id}`);
      const saved = await as.editor.request("PATCH", `/articles/${id}`, {
        version: current.body.version,
        headline: "Samphire growers meet",
      });
      assert.equal(saved.status, 200);
      assert.deepEqual(await hits("quillwort"), [], "the old headline is gone");
      assert.deepEqual(await hits("samphire"), ["Samphire growers meet"]);

      await as.editor.request("POST", `/articles/${id}/unpublish`);
      assert.deepEqual(await hits("samphire"), []);

      await as.editor.request("POST", `/articles/${id}/publish`);
      assert.deepEqual(await hits("samphire"), ["Samphire growers meet"]);
      const deleted = await as.admin.request("DELETE", `/articles/${id}`);
      assert.ok(deleted.status < 300, `delete answered ${deleted.status}`);
      assert.deepEqual(await hits("samphire"), []);
    });
  });
}
