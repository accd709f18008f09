import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Kysely } from "kysely";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { gatedJob } from "../../test/support/gated-job.ts";
import type { Database } from "../db/database.ts";
import { createLogger } from "../logger.ts";
import { enqueueJob, findJob } from "./job-queue.ts";
import { JobRunner } from "./job-runner.ts";

/** A runner of one job kind whose runs last until `finish()`; `started` resolves when one begins. */
function heldRunner(db: Kysely<Database>, kind: string, at: Date) {
  const job = gatedJob(kind, { maxAttempts: 1 });
  const runner = new JobRunner({
    db,
    handlers: [job.handler],
    logger: createLogger("silent"),
    now: () => at,
  });
  return { runner, started: job.started, finish: job.release };
}

/** Whether `promise` has settled by the time the queued callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`stopping a job runner on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);

    it("claims nothing more and waits for the job it runs", async () => {
      const at = new Date("2033-01-01T00:00:00.000Z");
      const db = test.db.kysely;
      const first = await enqueueJob(db, { kind: "drain", payload: {}, runAt: at, now: at });
      const second = await enqueueJob(db, { kind: "drain", payload: {}, runAt: at, now: at });
      const { runner, started, finish } = heldRunner(db, "drain", at);
      const running = runner.poke();
      await started;
      const stopping = runner.stop();
      assert.equal(await settled(stopping), false, "waits while the job runs");
      finish();
      assert.equal(await stopping, true);
      await running;
      assert.equal((await findJob(db, first))?.status, "done");
      assert.equal((await findJob(db, second))?.status, "queued", "left for the next runner");
    });

    it("gives up waiting after its bound, leaving the job to its lease", async () => {
      const at = new Date("2033-02-01T00:00:00.000Z");
      const db = test.db.kysely;
      const id = await enqueueJob(db, { kind: "stuck", payload: {}, runAt: at, now: at });
      const { runner, started, finish } = heldRunner(db, "stuck", at);
      const running = runner.poke();
      await started;
      assert.equal(await runner.stop(0), false);
      assert.equal((await findJob(db, id))?.status, "running");
      finish();
      await running;
    });
  });
}
