import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LOGIN_LIMITS } from "../../src/accounts/login-throttle.ts";
import { API, loginAsEveryRole, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const WRONG = "not the password";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`login throttling on ${dialect}`, { skip }, () => {
    let server: TestServer;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    /** A login as fastify sees it from `address`, which tests vary as real clients would. */
    async function loginFrom(address: string, email: string, password: string, headers = {}) {
      const response = await server.server.app.inject({
        method: "POST",
        url: `${API}/session`,
        payload: { email, password },
        remoteAddress: address,
        headers,
      });
      return { status: response.statusCode, retryAfter: Number(response.headers["retry-after"] ?? 0) };
    }

    async function failuresCounted(key: string): Promise<number | undefined> {
      const row = await server.server.db.kysely
        .selectFrom("failure_counters")
        .where("key", "=", key)
        .select("failures")
        .executeTakeFirst();
      return row?.failures;
    }

    it("locks an account only for the address that failed; the owner signs in from elsewhere", async () => {
      const email = "admin@newsroom.test";
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
        assert.equal((await loginFrom("203.0.113.10", email, WRONG)).status, 401);
      }
      const locked = await loginFrom("203.0.113.10", email, TEST_PASSWORD);
      assert.equal(locked.status, 429, "the guessing address waits even with the right password");
      assert.ok(locked.retryAfter > 0 && locked.retryAfter <= LOGIN_LIMITS.windowMs / 1000);
      assert.equal((await loginFrom("198.51.100.20", email, TEST_PASSWORD)).status, 200);
      assert.equal(
        (await loginFrom("203.0.113.10", "editor@newsroom.test", TEST_PASSWORD)).status,
        200,
        "the address may still sign in to other accounts",
      );
    });

    it("does not take the address from X-Forwarded-For unless a proxy is trusted", async () => {
      const email = "author@newsroom.test";
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
        await loginFrom("203.0.113.11", email, WRONG, { "x-forwarded-for": `192.0.2.${i}` });
      }
      const spoofed = await loginFrom("203.0.113.11", email, TEST_PASSWORD, {
        "x-forwarded-for": "192.0.2.200",
      });
      assert.equal(spoofed.status, 429);
    });

    it("a successful login clears that account's count at the address", async () => {
      const email = "contributor@newsroom.test";
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress - 1; i++) {
        await loginFrom("203.0.113.12", email, WRONG);
      }
      assert.equal((await loginFrom("203.0.113.12", email, TEST_PASSWORD)).status, 200);
      assert.equal(await failuresCounted(`login-pair:${email}|203.0.113.12`), undefined);
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
        assert.equal((await loginFrom("203.0.113.12", email, WRONG)).status, 401, "a fresh count");
      }
    });

    it("blocks an address that fails across many accounts, and no other address", async () => {
      for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
        const status = (await loginFrom("203.0.113.13", `nobody${i}@newsroom.test`, WRONG)).status;
        assert.equal(status, 401, `failure ${i + 1} is still answered`);
      }
      const blocked = await loginFrom("203.0.113.13", "editor@newsroom.test", TEST_PASSWORD);
      assert.equal(blocked.status, 429, "the address is refused once it reaches its limit");
      assert.ok(blocked.retryAfter > 0);
      assert.equal((await loginFrom("203.0.113.14", "editor@newsroom.test", TEST_PASSWORD)).status, 200);
    });

    it("counts an IPv6 client by its /64, so new addresses in it do not reset the count", async () => {
      const email = "editor@newsroom.test";
      for (let i = 1; i <= LOGIN_LIMITS.perAccountAndAddress; i++) {
        assert.equal((await loginFrom(`2001:db8:1:2::${i}`, email, WRONG)).status, 401);
      }
      assert.equal((await loginFrom("2001:db8:1:2:ffff::9", email, TEST_PASSWORD)).status, 429);
      assert.equal((await loginFrom("2001:db8:1:3::1", email, TEST_PASSWORD)).status, 200);
    });

    it("lets the address try again once the window has passed", async () => {
      const email = "author@newsroom.test";
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++)
        await loginFrom("203.0.113.15", email, WRONG);
      const locked = await loginFrom("203.0.113.15", email, TEST_PASSWORD);
      assert.equal(locked.status, 429);
      clock.advance(locked.retryAfter * 1000 - 2000);
      assert.equal((await loginFrom("203.0.113.15", email, TEST_PASSWORD)).status, 429, "not yet");
      clock.advance(2000);
      assert.equal((await loginFrom("203.0.113.15", email, TEST_PASSWORD)).status, 200);
    });

    it("behind a trusted proxy, counts the client X-Forwarded-For names, and only from that proxy", async () => {
      const proxied = await startTestServer(dialect, { trustProxy: ["10.0.0.1"] }, { clock });
      try {
        await loginAsEveryRole(proxied);
        const from = async (peer: string, client: string, password: string) =>
          (
            await proxied.server.app.inject({
              method: "POST",
              url: `${API}/session`,
              payload: { email: "admin@newsroom.test", password },
              remoteAddress: peer,
              headers: { "x-forwarded-for": client },
            })
          ).statusCode;
        for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
          assert.equal(await from("10.0.0.1", "203.0.113.30", WRONG), 401);
        }
        assert.equal(await from("10.0.0.1", "203.0.113.30", TEST_PASSWORD), 429);
        assert.equal(
          await from("10.0.0.1", "203.0.113.31", TEST_PASSWORD),
          200,
          "another client of the proxy",
        );
        for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
          await from("10.0.0.2", `203.0.113.${40 + i}`, WRONG);
        }
        assert.equal(
          await from("10.0.0.2", "203.0.113.50", TEST_PASSWORD),
          429,
          "an untrusted peer is itself",
        );
      } finally {
        await proxied.stop();
      }
    });

    it("lets exactly the limit of parallel wrong passwords through and counts each one", async () => {
      const email = "editor@newsroom.test";
      const limit = LOGIN_LIMITS.perAccountAndAddress;
      const answers = await Promise.all(
        Array.from({ length: limit * 3 }, () => loginFrom("203.0.113.16", email, WRONG)),
      );
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((s) => s === 401).length, limit, "only the limit's worth were tried");
      assert.equal(statuses.filter((s) => s === 429).length, limit * 2);
      assert.equal(await failuresCounted(`login-pair:${email}|203.0.113.16`), limit);
      assert.equal(await failuresCounted("login-ip:203.0.113.16"), limit, "refused tries are not failures");
    });
  });
}
