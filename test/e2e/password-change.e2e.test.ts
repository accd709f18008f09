import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { verifyPassword } from "../../src/accounts/password.ts";
import { createUser } from "../../src/accounts/user.service.ts";
import { findUserWithHash } from "../../src/accounts/users.queries.ts";
import { type ApiClient, anonymous, login, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const NEW_PASSWORD = "a brand new passphrase";

interface Problem {
  code: string;
  detail: string;
  field?: string;
  errors?: { path: string; message: string }[];
}

/**
 * POST /session/password: a logged-in user changes their own password, proving the current one;
 * their other sessions end, this one carries on. Both engines.
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`changing one's own password on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let counter = 0;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => server?.stop());
    const db = () => server.server.db.kysely;

    async function newAccount(role: "contributor" | "editor" = "contributor") {
      const email = `writer${++counter}@newsroom.test`;
      const user = await createUser(
        db(),
        { email, name: `Writer ${counter}`, role, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
      return { email, id: user.id };
    }

    const change = (client: ApiClient, body: unknown, options: { csrf?: boolean } = {}) =>
      client.request<Problem>("POST", "/session/password", body, options);

    async function storedHash(email: string) {
      return (await findUserWithHash(db(), email))?.password_hash;
    }

    async function sessionCount(userId: number) {
      const rows = await db()
        .selectFrom("sessions")
        .where("user_id", "=", userId)
        .select("id_hash")
        .execute();
      return rows.length;
    }

    it("answers 204 and from then on only the new password signs in", async () => {
      const { email, id } = await newAccount();
      const client = await login(server.url, email);
      const response = await change(client, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      assert.equal(response.status, 204, JSON.stringify(response.body));

      const hash = (await storedHash(email)) ?? "";
      assert.match(hash, /^\$argon2id\$/);
      assert.ok(await verifyPassword(hash, NEW_PASSWORD));
      const old = await anonymous(server.url).request<Problem>("POST", "/session", {
        email,
        password: TEST_PASSWORD,
      });
      assert.equal(old.status, 401);
      assert.equal(old.body.code, "BAD_CREDENTIALS");
      assert.ok((await login(server.url, email, NEW_PASSWORD)).cookie);

      const audit = await db()
        .selectFrom("audit_log")
        .where("action", "=", "user.password_changed")
        .where("subject_id", "=", String(id))
        .selectAll()
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_user_id, id);
      assert.doesNotMatch(JSON.stringify(audit), /brand new passphrase|battery staple/);
    });

    it("signs out the user's other sessions and keeps the current one, CSRF token included", async () => {
      const { email, id } = await newAccount("editor");
      const other = await newAccount("editor");
      const laptop = await login(server.url, email);
      const phone = await login(server.url, email);
      const tablet = await login(server.url, email);
      const someoneElse = await login(server.url, other.email);

      assert.equal(
        (await change(laptop, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status,
        204,
      );
      assert.equal((await phone.get("/session")).status, 401);
      assert.equal((await tablet.get("/session")).status, 401);
      assert.equal((await laptop.get("/session")).status, 200);
      assert.equal(await sessionCount(id), 1);
      const write = await laptop.request("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Still signed in after a password change",
        standfirst: "s",
        body: "<p>b</p>",
      });
      assert.equal(write.status, 201, "the same CSRF token still works");
      assert.equal((await someoneElse.get("/session")).status, 200, "other accounts are untouched");
    });

    it("refuses a wrong current password, changes nothing and counts it as a failed login", async () => {
      const { email, id } = await newAccount();
      const client = await login(server.url, email);
      const second = await login(server.url, email);
      const before = await storedHash(email);

      const wrong = await change(client, { currentPassword: "not my password", newPassword: NEW_PASSWORD });
      assert.equal(wrong.status, 403);
      assert.match(wrong.headers.get("content-type") ?? "", /application\/problem\+json/);
      assert.equal(wrong.body.code, "WRONG_PASSWORD");
      assert.equal(wrong.body.field, "currentPassword");
      assert.equal(await storedHash(email), before);
      assert.equal(await sessionCount(id), 2);
      assert.equal((await second.get("/session")).status, 200);
      const failed = await db()
        .selectFrom("audit_log")
        .where("action", "=", "user.password_change_failed")
        .where("subject_id", "=", String(id))
        .select("id")
        .execute();
      assert.equal(failed.length, 1);

      let status = 0;
      for (let i = 0; i < 50 && status !== 429; i++) {
        status = (await change(client, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD })).status;
      }
      assert.equal(status, 429, "guessing through a session is throttled like guessing at login");
      const right = await change(client, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      assert.equal(right.status, 429);
      assert.ok(Number(right.headers.get("retry-after")) > 0);
      assert.equal(await storedHash(email), before);
    });

    it("refuses a weak or unchanged new password with 422 naming the field and the rule", async () => {
      const { email } = await newAccount();
      const client = await login(server.url, email);
      const before = await storedHash(email);

      const short = await change(client, { currentPassword: TEST_PASSWORD, newPassword: "short" });
      assert.equal(short.status, 422);
      assert.equal(short.body.code, "UNPROCESSABLE");
      assert.equal(short.body.field, "newPassword");
      assert.match(short.body.detail, /at least 10 characters/);
      assert.deepEqual(short.body.errors?.[0]?.path, "body.newPassword");

      const long = await change(client, { currentPassword: TEST_PASSWORD, newPassword: "x".repeat(1025) });
      assert.equal(long.status, 422);
      assert.equal(long.body.field, "newPassword");

      const same = await change(client, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      assert.equal(same.status, 422);
      assert.equal(same.body.field, "newPassword");
      assert.match(same.body.detail, /differ from the current password/);

      const malformed = await change(client, { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD });
      assert.equal(malformed.status, 400);
      assert.equal(await storedHash(email), before);
      assert.equal((await client.get("/session")).status, 200);
    });

    it("refuses a request without the CSRF token, and anonymous callers", async () => {
      const { email } = await newAccount();
      const client = await login(server.url, email);
      const before = await storedHash(email);
      const body = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD };

      const noToken = await change(client, body, { csrf: false });
      assert.equal(noToken.status, 403);
      assert.equal(noToken.body.code, "CSRF_TOKEN_MISSING");
      const nobody = await change(anonymous(server.url), body);
      assert.equal(nobody.status, 401);
      assert.equal(nobody.body.code, "NOT_AUTHENTICATED");
      assert.equal(await storedHash(email), before);
    });

    it("lets at most one of two simultaneous changes from the same old password win, leaving no mixed state", async () => {
      for (let round = 0; round < 3; round++) {
        const { email, id } = await newAccount();
        const first = await login(server.url, email);
        const second = await login(server.url, email);
        const wanted = ["first's new password", "second's new password"];
        const [a, b] = await Promise.all([
          change(first, { currentPassword: TEST_PASSWORD, newPassword: wanted[0] }),
          change(second, { currentPassword: TEST_PASSWORD, newPassword: wanted[1] }),
        ]);
        const statuses = [a.status, b.status];
        assert.equal(statuses.filter((s) => s === 204).length, 1, `round ${round}: ${statuses}`);
        const winner = statuses.indexOf(204);
        const loser = 1 - winner;
        assert.ok([401, 403].includes(statuses[loser] ?? 0), `round ${round}: ${statuses}`);

        const hash = (await storedHash(email)) ?? "";
        assert.ok(await verifyPassword(hash, wanted[winner] ?? ""), "the winner's password is stored");
        assert.equal(await sessionCount(id), 1, "only the winner's session is left");
        assert.equal((await [first, second][winner]?.get("/session"))?.status, 200);
        assert.equal((await [first, second][loser]?.get("/session"))?.status, 401);
      }
    });
  });
}
