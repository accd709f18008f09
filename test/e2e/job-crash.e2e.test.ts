import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { LEASE_MS } from "../../src/jobs/job-queue.ts";
import { formatProcess, thisProcess } from "../../src/jobs/process-identity.ts";
import { login, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { CONFIG_ENV, SERVER_PROCESS } from "../support/server-process.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** Noise does not compress, so resizing it into AVIF takes long enough to be caught mid-way. */
const noisyJpeg = () =>
  sharp({
    create: {
      width: 700,
      height: 500,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 60 },
    },
  })
    .jpeg()
    .toBuffer();

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a server killed while a job runs, on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let child: ChildProcess | undefined;
    let accountsMade = false;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => {
      child?.kill("SIGKILL");
      await server?.stop();
    });

    const db = () => server.server.db.kysely;

    /**
     * Uploads a photo whose variants job another server process, started here, claims: this
     * process's runner stands aside, so the job is the other process's to run, and to die with.
     */
    async function jobHeldByAnotherProcess() {
      // The accounts are made once; a restarted server listens on another port.
      const editor = accountsMade
        ? await login(server.url, "editor@newsroom.test")
        : (await loginAsEveryRole(server)).editor;
      accountsMade = true;
      await server.server.jobs.stop();
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(await noisyJpeg())]), "noise.jpg");
      const media = await editor.request<{ id: number; url: string }>("POST", "/media", undefined, {
        raw: form,
      });
      assert.equal(media.status, 201, JSON.stringify(media.body));
      const job = await db()
        .selectFrom("jobs")
        .where("kind", "=", "media.variants")
        .where("payload", "=", JSON.stringify({ mediaId: media.body.id }))
        .select("id")
        .executeTakeFirstOrThrow();
      child = spawn(process.execPath, ["--import", "tsx", SERVER_PROCESS], {
        env: { ...process.env, [CONFIG_ENV]: JSON.stringify(server.config) },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const pid = child.pid ?? 0;
      await eventually(
        async () => {
          const row = await db().selectFrom("jobs").where("id", "=", job.id).selectAll().executeTakeFirst();
          return row?.status === "running" && row.locked_by?.includes(`-${pid}-`) ? true : undefined;
        },
        60_000,
        "the other process to claim the job",
      );
      return { media: media.body, job, pid, child };
    }

    const finished = (jobId: number) =>
      eventually(
        async () => {
          const row = await db().selectFrom("jobs").where("id", "=", jobId).selectAll().executeTakeFirst();
          return row?.status === "done" ? row : undefined;
        },
        // Encoding the noisy AVIF variants again may take longer than a lease on a busy machine.
        LEASE_MS + 60_000,
        "the job to be finished",
      );

    it("is finished by the restarted server at once, leaving no partial file", async () => {
      const { media, job, pid, child: running } = await jobHeldByAnotherProcess();
      const baseName = media.url.replace(/^\/media\//, "").replace(/\.jpg$/, "");
      const folder = join(server.config.mediaDir, dirname(baseName));
      const variantFiles = async () =>
        (await readdir(folder)).filter((name) => name.startsWith(`${basename(baseName)}-`));
      await eventually(
        async () => {
          const row = await db().selectFrom("jobs").where("id", "=", job.id).selectAll().executeTakeFirst();
          const mine = row?.status === "running" && row.locked_by?.includes(`-${pid}-`);
          return mine && (await variantFiles()).length > 0 ? true : undefined;
        },
        60_000,
        "the other process to be writing variants",
      );
      // What a write cut short leaves: a hidden temporary file named after its (now dead) writer.
      const writer = formatProcess({ ...thisProcess, pid, nonce: "deadbeef" });
      const partial = join(folder, `.${basename(baseName)}-1280.avif.${writer}.tmp`);
      await writeFile(partial, Buffer.alloc(100));
      running.kill("SIGKILL");
      await once(running, "exit");
      const killedAt = Date.now();
      const left = await db()
        .selectFrom("jobs")
        .where("id", "=", job.id)
        .selectAll()
        .executeTakeFirstOrThrow();
      assert.equal(left.status, "running", "the dead process still holds the job");
      const hidden = await fetch(`${server.url}/media/${dirname(baseName)}/${basename(partial)}`);
      assert.equal(hidden.status, 404, "a partial file is never served");

      await server.restart();
      await eventually(
        async () => {
          const row = await db().selectFrom("jobs").where("id", "=", job.id).selectAll().executeTakeFirst();
          return row && row.attempts === 2 ? row : undefined;
        },
        LEASE_MS,
        "the restarted server to take the job back",
      );
      assert.ok(Date.now() - killedAt < LEASE_MS, "taken back at start, not after the lease ran out");
      const done = await finished(job.id);
      assert.equal(done.attempts, 2);

      const names = await readdir(folder);
      assert.deepEqual(
        names.filter((name) => name.startsWith(`.${basename(baseName)}`)),
        [],
        "no temporary file is left",
      );
      const variants = await db()
        .selectFrom("media_variants")
        .where("media_id", "=", media.id)
        .selectAll()
        .execute();
      assert.equal(variants.length, 6, "two widths in three formats");
      for (const variant of variants) {
        const pixels = await sharp(join(server.config.mediaDir, variant.file_name), { failOn: "truncated" })
          .raw()
          .toBuffer({ resolveWithObject: true });
        assert.deepEqual(
          [pixels.info.width, pixels.info.height],
          [variant.width, variant.height],
          variant.file_name,
        );
      }
    });

    // Several nodes share a database only on PostgreSQL. A node on another machine cannot see that
    // the holder died, so it waits for the lease, which the dead node no longer renews.
    if (dialect === "postgres")
      it("is finished by another running node once the killed node's lease runs out", async () => {
        const { job, child: running } = await jobHeldByAnotherProcess();
        // This node runs again before the kill: it starts with the other process alive, as a
        // node on another machine would see it, so only the lease can hand it the job.
        server.server.jobs.start();
        running.kill("SIGKILL");
        await once(running, "exit");
        const killedAt = Date.now();
        const done = await finished(job.id);
        const tookMs = Date.now() - killedAt;
        assert.equal(done.attempts, 2, "claimed again once, by this node");
        assert.ok(tookMs < LEASE_MS + 30_000, `finished ${tookMs} ms after the kill`);
      });
  });
}
