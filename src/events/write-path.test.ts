import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { createDb, type Db } from "../db/create-db.ts";
import { createLogger } from "../logger.ts";
import type { DomainEvent } from "./domain-events.ts";
import { appendToOutbox, pruneOutbox } from "./outbox.ts";
import { type Subscriber, WritePath } from "./write-path.ts";

const NOW = new Date("2026-06-15T08:00:00Z");
const EVENT: DomainEvent = { type: "front-page.changed", edition: "en" };

/** A subscriber that counts what it handles and can be told to fail its next calls. */
function counting(name: string) {
  const state = { handled: 0, calls: 0, failNext: 0 };
  const subscriber: Subscriber = {
    name,
    events: ["front-page.changed"],
    async afterCommit() {
      state.calls++;
      if (state.failNext > 0) {
        state.failNext--;
        throw new Error(`${name} is down`);
      }
      state.handled++;
    },
  };
  return { subscriber, state };
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the write path's outbox on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);

    function writePath(subscribers: Subscriber[], db: Db = test.db) {
      return new WritePath({
        db: db.kysely,
        subscribers,
        now: () => NOW,
        logger: createLogger("silent"),
        afterDispatch: () => undefined,
      });
    }

    /** An event committed but not yet dispatched, as a crash between the two would leave it. */
    const appendPending = () =>
      test.db.kysely.transaction().execute((trx) => appendToOutbox(trx, EVENT, NOW));

    const outbox = () => test.db.kysely.selectFrom("outbox").selectAll().orderBy("id").execute();

    beforeEach(async () => {
      await test.db.kysely.deleteFrom("outbox").execute();
    });

    it("hands a committed event to each subscriber once", async () => {
      const a = counting("a");
      const b = counting("b");
      const writes = writePath([a.subscriber, b.subscriber]);
      await writes.run((uow) => uow.record(EVENT));
      await writes.dispatchPending();
      assert.equal(a.state.handled, 1);
      assert.equal(b.state.handled, 1);
      assert.ok((await outbox())[0]?.dispatched_at);
    });

    it("records nothing and dispatches nothing when the change rolls back", async () => {
      const a = counting("a");
      const writes = writePath([a.subscriber]);
      await assert.rejects(
        writes.run(async (uow) => {
          await uow.record(EVENT);
          throw new Error("the change failed");
        }),
      );
      assert.deepEqual(await outbox(), []);
      assert.equal(a.state.calls, 0);
    });

    it("retries a failed subscriber without repeating those that already handled the event", async () => {
      const a = counting("a");
      const b = counting("b");
      b.state.failNext = 1;
      const writes = writePath([a.subscriber, b.subscriber]);
      await writes.run((uow) => uow.record(EVENT));
      const [failed] = await outbox();
      assert.equal(failed?.dispatched_at, null);
      assert.equal(failed?.attempts, 1);
      assert.match(failed?.last_error ?? "", /b is down/);
      await writes.dispatchPending();
      assert.deepEqual([a.state.handled, b.state.handled, b.state.calls], [1, 1, 2]);
    });

    it("leaves an event that keeps failing after ten attempts, with its error", async () => {
      const a = counting("a");
      a.state.failNext = 100;
      const writes = writePath([a.subscriber]);
      await writes.run((uow) => uow.record(EVENT));
      for (let i = 0; i < 12; i++) await writes.dispatchPending();
      assert.equal(a.state.calls, 10);
      const [left] = await outbox();
      assert.equal(left?.dispatched_at, null);
      assert.equal(left?.attempts, 10);
    });

    // Several nodes share one database only on PostgreSQL; an SQLite file serves one process.
    if (dialect === "postgres")
      it("two dispatchers on one database (two nodes) handle each event once", async () => {
        const second = await createDb(test.url);
        try {
          const a = counting("a");
          const nodeOne = writePath([a.subscriber]);
          const nodeTwo = writePath([a.subscriber], second);
          for (let i = 0; i < 20; i++) await appendPending();
          await Promise.all([
            nodeOne.dispatchPending(),
            nodeTwo.dispatchPending(),
            nodeOne.dispatchPending(),
          ]);
          assert.equal(a.state.handled, 20);
        } finally {
          await second.close();
        }
      });

    it("prunes dispatched events past their retention, never pending ones", async () => {
      const writes = writePath([]);
      await writes.run((uow) => uow.record(EVENT));
      await appendPending();
      const later = new Date(NOW.getTime() + 1000);
      assert.equal(await pruneOutbox(test.db.kysely, later), 1);
      const left = await outbox();
      assert.equal(left.length, 1);
      assert.equal(left[0]?.dispatched_at, null);
    });
  });
}
