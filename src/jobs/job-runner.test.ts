import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { z } from "zod";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { gatedJob } from "../../test/support/gated-job.ts";
import { testClock } from "../../test/support/test-clock.ts";
import { createLogger } from "../logger.ts";
import { claimNextJob, completeJob, enqueueJob, findJob, LEASE_MS } from "./job-queue.ts";
import { defineJob, JobRunner } from "./job-runner.ts";
import { formatProcess, thisProcess } from "./process-identity.ts";

/** `at` plus `n` leases (LEASE_MS), so the tests follow the lease's length. */
const leases = (at: Date, n: number) => new Date(at.getTime() + n * LEASE_MS);

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`job queue on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const logger = createLogger("silent");
    const clock = testClock();

    /** A runner on the test database with one kind of job, each of whose runs it counts. */
    function countingRunner(kind: string, maxAttempts: number, now: () => Date) {
      const runs: number[] = [];
      const job = defineJob({ kind, payload: z.object({}), maxAttempts, run: async () => void runs.push(1) });
      return { runner: new JobRunner({ db: test.db.kysely, logger, now, handlers: [job] }), runs };
    }

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
      assert.equal(await claimNextJob(test.db.kysely, clock(), "r"), undefined);
      assert.equal((await claimNextJob(test.db.kysely, new Date(future.getTime() + 1), "r"))?.id, id);
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

    it("hands a claimed job to only one of two racing runners, and again after its lease passed", async () => {
      const now = new Date("2031-01-01T00:00:00.000Z");
      await enqueueJob(test.db.kysely, { kind: "race", payload: {}, runAt: now, now });
      const [a, b] = await Promise.all([
        claimNextJob(test.db.kysely, now, "a"),
        claimNextJob(test.db.kysely, now, "b"),
      ]);
      assert.equal([a, b].filter(Boolean).length, 1);
      assert.equal(await claimNextJob(test.db.kysely, leases(now, 0.95), "c"), undefined, "leased");
      const later = new Date(now.getTime() + LEASE_MS + 1);
      assert.ok(await claimNextJob(test.db.kysely, later, "c"), "a job whose runner died runs again");
    });

    it("gives runners racing for as many due jobs one job each, none left waiting on another's", async () => {
      const now = new Date("2031-06-01T00:00:00.000Z");
      const ids = new Set<number>();
      for (let i = 0; i < 8; i++)
        ids.add(await enqueueJob(test.db.kysely, { kind: "crowd", payload: {}, runAt: now, now }));
      const claims = await Promise.all(
        [...ids].map((_, i) => claimNextJob(test.db.kysely, now, `runner ${i}`, { only: ["crowd"] })),
      );
      assert.deepEqual(new Set(claims.map((job) => job?.id)), ids);
    });

    it("keeps a long job's lease while its heartbeat renews it, so no other runner takes it", async () => {
      const start = new Date("2032-01-01T00:00:00.000Z");
      let at = start;
      const long = gatedJob("long");
      const runner = new JobRunner({ db: test.db.kysely, logger, now: () => at, handlers: [long.handler] });
      const id = await enqueueJob(test.db.kysely, { kind: "long", payload: {}, runAt: at, now: at });
      const running = runner.poke();
      await long.started;
      at = leases(start, 5 / 6);
      await runner.renewLeases();
      at = leases(start, 4 / 3);
      const other = { only: ["long"] };
      assert.equal(await claimNextJob(test.db.kysely, at, "other", other), undefined, "still leased");
      at = leases(start, 5 / 3);
      await runner.renewLeases();
      at = leases(start, 5 / 2);
      assert.equal(await claimNextJob(test.db.kysely, at, "other", other), undefined, "still leased later");
      long.release();
      await running;
      const done = await findJob(test.db.kysely, id);
      assert.deepEqual([done?.status, done?.attempts, done?.locked_by], ["done", 1, null]);
    });

    it("takes over a job whose lease passed: its runner died without a word", async () => {
      const start = new Date("2033-01-01T00:00:00.000Z");
      let at = start;
      const { runner, runs: ran } = countingRunner("orphan", 3, () => at);
      const id = await enqueueJob(test.db.kysely, { kind: "orphan", payload: {}, runAt: at, now: at });
      assert.ok(
        await claimNextJob(test.db.kysely, at, "a runner on a node that vanished", { only: ["orphan"] }),
      );
      at = leases(start, 0.95);
      await runner.poke();
      assert.deepEqual(ran, [], "not while the lease holds");
      at = new Date(start.getTime() + LEASE_MS + 1);
      await runner.poke();
      assert.deepEqual(ran, [1]);
      const done = await findJob(test.db.kysely, id);
      assert.deepEqual([done?.status, done?.attempts], ["done", 2]);
    });

    for (const outcome of ["succeeds", "fails"] as const) {
      it(`a runner that lost its lease cannot record that its run ${outcome} over the new holder`, async () => {
        const start = new Date("2034-01-01T00:00:00.000Z");
        let at = start;
        const stale = gatedJob(`stale-${outcome}`, { outcome });
        const runner = new JobRunner({
          db: test.db.kysely,
          logger,
          now: () => at,
          handlers: [stale.handler],
        });
        const id = await enqueueJob(test.db.kysely, {
          kind: stale.handler.kind,
          payload: {},
          runAt: at,
          now: at,
        });
        const running = runner.poke();
        await stale.started;
        at = new Date(start.getTime() + LEASE_MS + 1);
        const taken = await claimNextJob(test.db.kysely, at, "new holder", { only: [stale.handler.kind] });
        assert.equal(taken?.id, id, "frozen past its lease, the job was taken over");
        await runner.renewLeases();
        stale.release();
        await running;
        const row = await findJob(test.db.kysely, id);
        assert.deepEqual(
          [row?.status, row?.locked_by, row?.attempts, row?.last_error],
          ["running", "new holder", 2, null],
          "the new claim is untouched",
        );
        assert.equal(await completeJob(test.db.kysely, taken, at), true, "the new holder finishes it");
        assert.equal((await findJob(test.db.kysely, id))?.status, "done");
      });
    }

    it("takes back at start, without waiting for the lease, the jobs of dead processes of this node", async () => {
      const at = new Date("2035-01-01T00:00:00.000Z");
      const exited = spawnSync(process.execPath, ["-e", ""]).pid;
      const holders = {
        exited: formatProcess({ ...thisProcess, pid: exited }),
        earlierWithOurPid: formatProcess({ ...thisProcess, nonce: "0badf00d" }),
        liveParent: formatProcess({ ...thisProcess, pid: process.ppid }),
        otherNode: formatProcess({ ...thisProcess, node: "0123456789ab", pid: exited }),
        ourselves: formatProcess(thisProcess),
      };
      const ids: Record<string, number> = {};
      for (const [name, holder] of Object.entries(holders)) {
        ids[name] = await enqueueJob(test.db.kysely, { kind: "inherited", payload: {}, runAt: at, now: at });
        const claimed = await claimNextJob(test.db.kysely, at, holder, { only: ["inherited"] });
        assert.equal(claimed?.id, ids[name]);
      }
      const runner = new JobRunner({
        db: test.db.kysely,
        logger,
        now: () => at,
        handlers: [
          defineJob({ kind: "inherited", payload: z.object({}), maxAttempts: 3, run: async () => {} }),
        ],
      });
      assert.equal(await runner.takeBackDeadClaims(), 2);
      await runner.poke();
      const statuses: Record<string, string | undefined> = {};
      for (const [name, id] of Object.entries(ids))
        statuses[name] = (await findJob(test.db.kysely, id))?.status;
      assert.deepEqual(statuses, {
        exited: "done",
        earlierWithOurPid: "done",
        liveParent: "running",
        otherNode: "running",
        ourselves: "running",
      });
    });

    it("gives up on a job whose runs keep dying with their process", async () => {
      let at = new Date("2036-01-01T00:00:00.000Z");
      const { runner, runs } = countingRunner("fatal", 2, () => at);
      const id = await enqueueJob(test.db.kysely, { kind: "fatal", payload: {}, runAt: at, now: at });
      for (let crash = 0; crash < 2; crash++) {
        assert.ok(
          await claimNextJob(test.db.kysely, at, "a process that crashes on this job", { only: ["fatal"] }),
        );
        at = new Date(at.getTime() + LEASE_MS + 1);
      }
      await runner.poke();
      assert.deepEqual(runs, [], "not run a third time");
      const row = await findJob(test.db.kysely, id);
      assert.deepEqual([row?.status, row?.last_error], ["failed", "gave up after 2 attempts"]);
    });
  });
}
