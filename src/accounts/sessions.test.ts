import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { createSession, deleteExpiredSessions, findSession, SESSION_TTL_MS } from "./sessions.ts";
import { insertUser } from "./users.queries.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`sessions on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const start = new Date("2026-11-29T06:00:00.000Z");

    it("finds a live session by its token and stores only the token's hash", async () => {
      const user = await insertUser(test.db.kysely, {
        email: "s@x.test",
        name: "S",
        role: "author",
        passwordHash: "x",
        now: start.toISOString(),
      });
      const { token, csrfToken } = await createSession(test.db.kysely, user.id, start);
      const session = await findSession(test.db.kysely, token, start);
      assert.equal(session?.user.email, "s@x.test");
      assert.equal(session?.csrfToken, csrfToken);
      const stored = await test.db.kysely.selectFrom("sessions").select("id_hash").execute();
      assert.ok(stored.every((row) => row.id_hash !== token));
    });

    it("expires a session after its lifetime and cleans it up", async () => {
      const user = await insertUser(test.db.kysely, {
        email: "e@x.test",
        name: "E",
        role: "author",
        passwordHash: "x",
        now: start.toISOString(),
      });
      const { token } = await createSession(test.db.kysely, user.id, start);
      const later = new Date(start.getTime() + SESSION_TTL_MS + 1000);
      assert.equal(await findSession(test.db.kysely, token, later), undefined);
      await deleteExpiredSessions(test.db.kysely, later);
      const left = await test.db.kysely
        .selectFrom("sessions")
        .where("user_id", "=", user.id)
        .select("id_hash")
        .execute();
      assert.equal(left.length, 0);
    });
  });
}
