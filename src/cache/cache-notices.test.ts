import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { createLogger } from "../logger.ts";
import { type CacheNoticeListener, EVERY_KEY, listenForCacheNotices, noticeKeys } from "./cache-notices.ts";

/** Resolves with the next thing delivered. */
function inbox<T>() {
  let waiters: ((value: T) => void)[] = [];
  return {
    deliver: (value: T) => {
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake(value);
    },
    next: () => new Promise<T>((resolve) => waiters.push(resolve)),
  };
}

// Notices exist for several nodes on one PostgreSQL database; SQLite is a single node's file.
const skip = DIALECTS.includes("postgres")
  ? await unavailable("postgres")
  : "notices are for several nodes on PostgreSQL; SQLite is single-node (DIALECTS excludes postgres)";

describe("cache notices between nodes on PostgreSQL", { skip }, () => {
  const test = useMigratedDatabase("postgres");
  let listener: CacheNoticeListener;
  const heard = inbox<string[]>();
  const senders: string[] = [];
  const listening = inbox<void>();
  let deaf = 0;
  before(async () => {
    listener = await listenForCacheNotices(
      test.url,
      {
        onNotice: (notice) => {
          senders.push(notice.from);
          heard.deliver(notice.keys);
        },
        onListening: () => listening.deliver(),
        onDeaf: () => deaf++,
      },
      createLogger("silent"),
    );
  });
  after(() => listener?.close());

  const change = (keys: string[], rollback = false) =>
    test.db.kysely
      .transaction()
      .execute(async (trx) => {
        await noticeKeys(trx, { from: "node-a", keys });
        if (rollback) throw new Error("rolled back");
      })
      .catch((error: unknown) => {
        if (!rollback) throw error;
      });

  it("carries the keys a change touched to the other nodes when it commits", async () => {
    const notice = heard.next();
    await change(["article-7", "section-2-en"]);
    assert.deepEqual(await notice, ["article-7", "section-2-en"]);
    assert.equal(senders.at(-1), "node-a", "naming the node that sent it");
  });

  it("says nothing of a change that rolled back", async () => {
    await change(["article-1"], true);
    // Notices arrive in commit order, so one sent for the rollback would come before this one.
    const notice = heard.next();
    await change(["article-2"]);
    assert.deepEqual(await notice, ["article-2"]);
  });

  it("sends every key when the keys would not fit in one notice", async () => {
    const notice = heard.next();
    await change(Array.from({ length: 2000 }, (_, i) => `article-${i}`));
    assert.deepEqual(await notice, [EVERY_KEY]);
  });

  it("reads a notice it did not write as every key", async () => {
    for (const payload of ["not json", '["article-1"]', '{"from": 1, "keys": []}']) {
      const notice = heard.next();
      await sql`select pg_notify('dateline_cache_keys', ${payload})`.execute(test.db.kysely);
      assert.deepEqual(await notice, [EVERY_KEY], payload);
      assert.equal(senders.at(-1), "", "from no node");
    }
  });

  it("listens again after its connection is cut, saying it was deaf meanwhile", async () => {
    const back = listening.next();
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where datname = current_database() and query ilike 'listen %'`.execute(test.db.kysely);
    await back;
    assert.ok(deaf >= 1);
    const notice = heard.next();
    await change(["front-en"]);
    assert.deepEqual(await notice, ["front-en"]);
  });
});
