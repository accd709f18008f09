import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createLogger } from "../../src/logger.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { getPage, type RawResponse, rawGet } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Cache hits answered before fastify routes them (src/cache/early-hits.ts) must be exactly the
 * answers a hit through fastify gives. Which path answered shows in the request's log line: only
 * fastify's carries a request id.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`early cache hits (${dialect})`, { skip }, () => {
    let server: TestServer;
    let story = "";
    const lines: { reqId?: string; method: string; url: string }[] = [];
    before(async () => {
      const logger = createLogger("info", { write: (line: string) => lines.push(JSON.parse(line)) });
      server = await startTestServer(dialect, {}, { logger });
      const front = await getPage(server.url, "/en/");
      story = front.$(".story-card-headline a").first().attr("href") ?? "";
      assert.ok(story, "a story on the front page");
    });
    after(async () => server?.stop());

    /** The answer to GET `path`, and which path answered it. */
    async function get(path: string, headers: Record<string, string> = {}) {
      const response = await rawGet(server.url, path, headers);
      const line = await eventually(
        () => lines.findLast((l) => l.method === "GET" && l.url === path),
        2000,
        `the log line of ${path}`,
      );
      lines.length = 0;
      return { response, by: line.reqId === undefined ? "early" : "fastify" };
    }

    const sent = (response: RawResponse) => {
      const { date: _date, ...headers } = response.headers;
      return { status: response.status, headers, body: response.body };
    };

    it("answers a page's repeat requests as a hit through fastify does, in every encoding", async () => {
      let spelling = 0;
      for (const accepted of ["", "gzip", "br", "gzip, deflate, br"]) {
        const headers: Record<string, string> = accepted ? { "accept-encoding": accepted } : {};
        await get(story, headers);
        const early = await get(story, headers);
        // Another spelling of the same page (a query string), not yet seen: fastify serves the hit.
        const normal = await get(`${story}?seen=${spelling++}`, headers);
        assert.equal(early.by, "early", accepted);
        assert.equal(normal.by, "fastify", accepted);
        assert.equal(normal.response.headers["x-cache"], "hit", accepted);
        assert.deepEqual(sent(early.response), sent(normal.response), `accept-encoding: ${accepted}`);
      }
    });

    it("leaves conditional requests, other methods and dropped pages to fastify", async () => {
      await get(story);
      const { response } = await get(story);
      const etag = String(response.headers.etag);
      const conditional = await get(story, { "if-none-match": etag });
      assert.deepEqual([conditional.by, conditional.response.status], ["fastify", 304]);

      const head = await fetch(server.url + story, { method: "HEAD" });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get("etag"), etag);

      server.server.cache.clear();
      const dropped = await get(story);
      assert.deepEqual([dropped.by, dropped.response.headers["x-cache"]], ["fastify", "miss"]);
    });
  });
}
