import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { createLogger } from "../logger.ts";
import { enqueueJob, findJob } from "./job-queue.ts";
import { JOB_RETENTION, purgeFinishedJobs } from "./job-retention.ts";
import { defineJob, JobRunner } from "./job-runner.ts";

const later = (at: Date, ms: number) => new Date(at.getTime() + ms);

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`finished jobs' retention on ${dialect}`, { skip }, () => {
    const test = useMigratedDatabase(dialect);

    it("purges done jobs after their retention and failed ones after theirs, never queued or running ones", async () => {
      const queuedAt = new Date("2040-01-01T00:00:00.000Z");
      let at = queuedAt;
      const runner = new JobRunner({
        db: test.db.kysely,
        logger: createLogger("silent"),
        now: () => at,
        handlers: ["succeeds", "fails"].map((kind) =>
          defineJob({
            kind: `retention-${kind}`,
            payload: z.object({}),
            maxAttempts: 1,
            run: async () => {
              if (kind === "fails") throw new Error("no luck");
            },
          }),
        ),
      });
      const enqueue = (kind: string, runAt = queuedAt) =>
        enqueueJob(test.db.kysely, { kind, payload: {}, runAt, now: queuedAt });
      const done = await enqueue("retention-succeeds");
      const failed = await enqueue("retention-fails");
      // A job finishes long after it was queued; its retention counts from the finish.
      at = later(queuedAt, 60 * 60 * 1000);
      const finishedAt = at;
      await runner.poke();
      assert.equal((await findJob(test.db.kysely, done))?.status, "done");
      assert.equal((await findJob(test.db.kysely, failed))?.status, "failed");
      // Queued long ago and still waiting: not finished, so kept whatever its age.
      const waiting = await enqueue("retention-waiting");

      const left = async () =>
        (
          await test.db.kysely
            .selectFrom("jobs")
            .select("id")
            .where("id", "in", [done, failed, waiting])
            .execute()
        )
          .map((row) => row.id)
          .sort((a, b) => a - b);
      assert.equal(await purgeFinishedJobs(test.db.kysely, later(finishedAt, JOB_RETENTION.doneMs)), 0);
      assert.deepEqual(await left(), [done, failed, waiting], "kept for exactly its retention");
      assert.equal(await purgeFinishedJobs(test.db.kysely, later(finishedAt, JOB_RETENTION.doneMs + 1)), 1);
      assert.deepEqual(await left(), [failed, waiting], "the done job is gone");
      assert.equal(await purgeFinishedJobs(test.db.kysely, later(finishedAt, JOB_RETENTION.failedMs)), 0);
      assert.equal(await purgeFinishedJobs(test.db.kysely, later(finishedAt, JOB_RETENTION.failedMs + 1)), 1);
      assert.deepEqual(await left(), [waiting], "the failed job is gone a retention later");
    });

    it("purges a backlog larger than one delete batch", async () => {
      const finishedAt = new Date("2041-01-01T00:00:00.000Z").toISOString();
      const rows = Array.from({ length: 1234 }, () => ({
        kind: "retention-backlog",
        payload: "{}",
        run_at: finishedAt,
        status: "done" as const,
        attempts: 1,
        last_error: null,
        locked_until: null,
        locked_by: null,
        created_at: finishedAt,
      }));
      for (let i = 0; i < rows.length; i += 200)
        await test.db.kysely
          .insertInto("jobs")
          .values(rows.slice(i, i + 200))
          .execute();
      const purged = await purgeFinishedJobs(
        test.db.kysely,
        later(new Date(finishedAt), JOB_RETENTION.doneMs + 1),
      );
      assert.ok(purged >= rows.length, `purged ${purged}`);
      const { count } = await test.db.kysely
        .selectFrom("jobs")
        .where("kind", "=", "retention-backlog")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count), 0);
    });
  });
}
