import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { testClock } from "../../test/support/test-clock.ts";
import { createLogger } from "../logger.ts";
import { claimNextJob, enqueueJob, findJob } from "./job-queue.ts";
import { defineJob, JobRunner } from "./job-runner.ts";

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`job queue on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const logger = createLogger("silent");
    const clock = testClock();

    it("runs a due job once with its validated payload", async () => {
      const seen: number[] = [];
      const runner = new JobRunner({
        db: test.db.kysely,
        logger,
        now: clock,
        handlers: [
          defineJob({
            kind: "count",
            payload: z.object({ n: z.number() }),
            maxAttempts: 3,
            run: async (p) => void seen.push(p.n),
          }),
        ],
      });
      const id = await enqueueJob(test.db.kysely, {
        kind: "count",
        payload: { n: 7 },
        runAt: clock(),
        now: clock(),
      });
      await runner.poke();
      await runner.poke();
      assert.deepEqual(seen, [7]);
      assert.equal((await findJob(test.db.kysely, id))?.status, "done");
    });

    it("runs a job of its own lane while a slow job holds the other lane", async () => {
      const order: string[] = [];
      let releaseSlow = () => {};
      const slowGate = new Promise<void>((release) => {
        releaseSlow = release;
      });
      let slowStarted = () => {};
      const started = new Promise<void>((resolve) => {
        slowStarted = resolve;
      });
      const runner = new JobRunner({
        db: test.db.kysely,
        logger,
        now: clock,
        ownLanes: [["quick"]],
        handlers: [
          defineJob({
            kind: "slow",
            payload: z.object({}),
            maxAttempts: 1,
            run: async () => {
              slowStarted();
              await slowGate;
              order.push("slow");
            },
          }),
          defineJob({
            kind: "quick",
            payload: z.object({}),
            maxAttempts: 1,
            run: async () => void order.push("quick"),
          }),
        ],
      });
      const due = { payload: {}, runAt: clock(), now: clock() };
      await enqueueJob(test.db.kysely, { kind: "slow", ...due });
      const first = runner.poke();
      await started;
      await enqueueJob(test.db.kysely, { kind: "quick", ...due });
      const second = runner.poke();
      for (let waited = 0; !order.includes("quick") && waited < 2000; waited += 10)
        await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(order, ["quick"], "the quick job ran while the slow one was still running");
      releaseSlow();
      await Promise.all([first, second]);
      assert.deepEqual(order, ["quick", "slow"]);
    });

    it("leaves a job alone until its time", async () => {
      const future = new Date(clock().getTime() + 60_000);
      const id = await enqueueJob(test.db.kysely, {
        kind: "later",
        payload: {},
        runAt: future,
        now: clock(),
      });
      assert.equal(await claimNextJob(test.db.kysely, clock()), undefined);
      assert.equal((await claimNextJob(test.db.kysely, new Date(future.getTime() + 1)))?.id, id);
    });

    it("retries with back-off and gives up after the last attempt", async () => {
      let clock = new Date("2030-01-01T00:00:00.000Z");
      const runner = new JobRunner({
        db: test.db.kysely,
        logger,
        now: () => clock,
        handlers: [
          defineJob({
            kind: "flaky",
            payload: z.object({}),
            maxAttempts: 2,
            run: async () => Promise.reject(new Error("boom")),
          }),
        ],
      });
      const id = await enqueueJob(test.db.kysely, { kind: "flaky", payload: {}, runAt: clock, now: clock });
      await runner.poke();
      const retried = await findJob(test.db.kysely, id);
      assert.equal(retried?.status, "queued");
      assert.equal(retried?.last_error, "boom");
      assert.ok((retried?.run_at ?? "") > clock.toISOString(), "the retry waits");
      clock = new Date(clock.getTime() + 60_000);
      await runner.poke();
      assert.equal((await findJob(test.db.kysely, id))?.status, "failed");
    });

    it("hands a claimed job to only one of two racing runners, and again after its lock expires", async () => {
      const now = new Date("2031-01-01T00:00:00.000Z");
      await enqueueJob(test.db.kysely, { kind: "race", payload: {}, runAt: now, now });
      const [a, b] = await Promise.all([
        claimNextJob(test.db.kysely, now),
        claimNextJob(test.db.kysely, now),
      ]);
      assert.equal([a, b].filter(Boolean).length, 1);
      const later = new Date(now.getTime() + 6 * 60 * 1000);
      assert.ok(await claimNextJob(test.db.kysely, later), "a job whose runner died runs again");
    });
  });
}
