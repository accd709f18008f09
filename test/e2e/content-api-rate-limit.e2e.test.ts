import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CONTENT_API_RATE_LIMIT } from "../../src/distribution/content-api/rate-limit.ts";
import { API, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startSecondNode, startTestServer, type TestNode, type TestServer } from "../support/test-server.ts";

const LIMIT = 10;
/**
 * Windows are aligned to multiples of their length from 1970, so one of 2^40 ms (about 35 years,
 * the current one running from 2004 to 2039) holds the whole test: no window ends between requests.
 */
const ONE_WINDOW_MS = 2 ** 40;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the Content API rate limit across two nodes on ${dialect}`, { skip }, () => {
    let a: TestServer;
    let b: TestNode;
    const saved = { ...CONTENT_API_RATE_LIMIT };
    before(async () => {
      a = await startTestServer(dialect);
      b = await startSecondNode(a);
      Object.assign(CONTENT_API_RATE_LIMIT, { requests: LIMIT, windowMs: ONE_WINDOW_MS });
    });
    after(async () => {
      Object.assign(CONTENT_API_RATE_LIMIT, saved);
      await b?.stop();
      await a?.stop();
    });

    it("counts every request of a key once, whichever node answers, parallel ones included", async () => {
      const { admin } = await loginAsEveryRole(a);
      const created = await admin.request<{ id: number; key: string }>("POST", `${API}/api-keys`, {
        name: "shared",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const call = (url: string) =>
        fetch(new URL("/api/content/v1/editions", url), {
          headers: { authorization: `Bearer ${created.body.key}` },
        });

      const answers = await Promise.all(
        Array.from({ length: 2 * LIMIT }, (_, i) => call(i % 2 === 0 ? a.url : b.url)),
      );
      const statuses = answers.map((answer) => answer.status);
      assert.equal(statuses.filter((s) => s === 200).length, LIMIT, statuses.join(" "));
      assert.equal(statuses.filter((s) => s === 429).length, LIMIT, statuses.join(" "));
      const remaining = answers
        .filter((answer) => answer.status === 200)
        .map((answer) => Number(answer.headers.get("x-ratelimit-remaining")))
        .sort((x, y) => x - y);
      assert.deepEqual(
        remaining,
        Array.from({ length: LIMIT }, (_, i) => i),
        "each allowed request got its own count",
      );
      assert.equal(answers[0]?.headers.get("x-ratelimit-limit"), String(LIMIT));

      const refused = await call(b.url);
      assert.equal(refused.status, 429);
      assert.match(refused.headers.get("content-type") ?? "", /problem\+json/);
      assert.equal(((await refused.json()) as { code: string }).code, "TOO_MANY_ATTEMPTS");
      assert.ok(Number(refused.headers.get("retry-after")) >= 1);

      const counted = await a.server.db.kysely
        .selectFrom("api_rate_windows")
        .where("key_id", "=", created.body.id)
        .select("requests")
        .execute();
      assert.deepEqual(counted, [{ requests: 2 * LIMIT + 1 }], "one counter, every request on it");
      await Promise.all(answers.map((answer) => answer.body?.cancel()));
    });
  });
}
