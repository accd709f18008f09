import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { API_KEY_LIMITS } from "../../src/distribution/content-api/api-key-throttle.ts";
import { createApiKey } from "../../src/distribution/content-api/api-keys.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`Content API key throttling on ${dialect}`, { skip }, () => {
    let server: TestServer;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
    });
    after(async () => server?.stop());

    async function callFrom(address: string, key: string) {
      const response = await server.server.app.inject({
        url: `/api/content/v1/editions?key=${encodeURIComponent(key)}`,
        remoteAddress: address,
      });
      return {
        status: response.statusCode,
        type: String(response.headers["content-type"]),
        code: response.statusCode === 200 ? undefined : (response.json() as { code: string }).code,
        retryAfter: Number(response.headers["retry-after"] ?? 0),
      };
    }

    const guess = () => `dl_${randomBytes(32).toString("base64url")}`;
    const validKey = async () => (await createApiKey(server.server.db.kysely, "test", clock())).key;

    it("refuses an address that sent too many unknown keys, with 429 and Retry-After; others go on", async () => {
      for (let i = 0; i < API_KEY_LIMITS.perAddress; i++) {
        assert.equal((await callFrom("203.0.113.60", guess())).status, 401);
      }
      const refused = await callFrom("203.0.113.60", guess());
      assert.equal(refused.status, 429);
      assert.match(refused.type, /application\/problem\+json/);
      assert.equal(refused.code, "TOO_MANY_ATTEMPTS");
      assert.ok(refused.retryAfter > 0 && refused.retryAfter <= API_KEY_LIMITS.windowMs / 1000);
      assert.equal((await callFrom("198.51.100.61", await validKey())).status, 200);
    });

    it("refuses even a valid key from a throttled address, without looking it up", async () => {
      for (let i = 0; i < API_KEY_LIMITS.perAddress; i++) await callFrom("203.0.113.62", guess());
      const fresh = await createApiKey(server.server.db.kysely, "never used", clock());
      const refused = await callFrom("203.0.113.62", fresh.key);
      assert.equal(refused.status, 429);
      const row = await server.server.db.kysely
        .selectFrom("api_keys")
        .where("id", "=", fresh.id)
        .select("last_used_at")
        .executeTakeFirstOrThrow();
      assert.equal(row.last_used_at, null, "the key was never checked, so never marked used");
    });

    it("counts only bad keys: good ones from the address do not add up", async () => {
      const key = await validKey();
      for (let i = 0; i < API_KEY_LIMITS.perAddress + 5; i++) {
        assert.equal((await callFrom("203.0.113.63", key)).status, 200);
      }
      for (let i = 0; i < API_KEY_LIMITS.perAddress - 1; i++) await callFrom("203.0.113.63", guess());
      assert.equal((await callFrom("203.0.113.63", key)).status, 200, "one bad key short of the limit");
    });

    it("lets the address in again once the window has passed", async () => {
      for (let i = 0; i < API_KEY_LIMITS.perAddress; i++) await callFrom("203.0.113.64", guess());
      const key = await validKey();
      const refused = await callFrom("203.0.113.64", key);
      assert.equal(refused.status, 429);
      clock.advance(refused.retryAfter * 1000);
      assert.equal((await callFrom("203.0.113.64", key)).status, 200);
    });
  });
}
