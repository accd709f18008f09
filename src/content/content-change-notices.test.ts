import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { createDb, type Db } from "../db/create-db.ts";
import { createLogger } from "../logger.ts";
import { bumpContentVersion } from "./content.writes.ts";
import {
  type ContentChangeListener,
  listenForContentChanges,
  noticeContentChange,
} from "./content-change-notices.ts";
import { ContentVersionWatcher } from "./content-version.ts";

const HOUR = 60 * 60 * 1000;

/** Resolves at the next call of the returned callback. */
function signal() {
  let waiters: (() => void)[] = [];
  return {
    fire: () => {
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    },
    next: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}

// Notices exist for several nodes on one PostgreSQL database; SQLite is a single node's file.
const skip = DIALECTS.includes("postgres")
  ? await unavailable("postgres")
  : "notices are for several nodes on PostgreSQL; SQLite is single-node (DIALECTS excludes postgres)";

describe("content-change notices between nodes on PostgreSQL", { skip }, () => {
  const test = useMigratedDatabase("postgres");
  /** The other node's own connection and watcher, which polls only once an hour here. */
  let other: Db;
  let watcher: ContentVersionWatcher;
  let listener: ContentChangeListener;
  const heard = signal();
  let notices = 0;
  before(async () => {
    other = await createDb(test.url);
    watcher = new ContentVersionWatcher(other.kysely, { maxStalenessMs: HOUR });
    listener = await listenForContentChanges(
      test.url,
      () => {
        watcher.invalidate();
        notices++;
        heard.fire();
      },
      createLogger("silent"),
    );
  });
  after(async () => {
    await listener?.close();
    await other?.close();
  });

  const change = (rollback = false) =>
    test.db.kysely
      .transaction()
      .execute(async (trx) => {
        await bumpContentVersion(trx);
        await noticeContentChange(trx);
        if (rollback) throw new Error("rolled back");
      })
      .catch((error: unknown) => {
        if (!rollback) throw error;
      });

  it("makes another node's watcher read the new version at once, not at its next poll", async () => {
    const before = await watcher.current();
    const notice = heard.next();
    await change();
    await notice;
    assert.equal(await watcher.current(), before + 1);
  });

  it("says nothing of a change that rolled back", async () => {
    const heardBefore = notices;
    await change(true);
    // Notices arrive in commit order, so one sent for the rollback would come before this one.
    const notice = heard.next();
    await change();
    await notice;
    assert.equal(notices, heardBefore + 1);
  });

  it("listens again after its connection is cut, and counts the gap as a change", async () => {
    const reconnected = heard.next();
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where datname = current_database() and query ilike 'listen %'`.execute(test.db.kysely);
    await reconnected;
    const before = await watcher.current();
    const notice = heard.next();
    await change();
    await notice;
    assert.equal(await watcher.current(), before + 1);
  });
});
