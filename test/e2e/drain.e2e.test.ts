import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { createUser } from "../../src/accounts/user.service.ts";
import { API, loginAsEveryRole, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { CONFIG_ENV, SERVER_PROCESS } from "../support/server-process.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** How long the drained process may take to exit; the server's own bound for jobs is 25 s. */
const EXIT_BOUND_MS = 30_000;

/** Whether a new TCP connection to `url` is accepted. */
function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A login whose body is held back. It asks `Expect: 100-continue`, so `received` resolves once
 * the server has the request; the server cannot answer until `finish()` sends the body, so the
 * request stays in flight for as long as the test likes.
 */
function heldLogin(url: string, email: string) {
  const body = JSON.stringify({ email, password: TEST_PASSWORD });
  const { hostname, port } = new URL(url);
  const req = request({
    host: hostname,
    port,
    path: `${API}/session`,
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      expect: "100-continue",
    },
  });
  const received = once(req, "continue");
  const answer = new Promise<number>((resolve, reject) => {
    req.once("response", (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode ?? 0));
    });
    req.once("error", reject);
  });
  req.flushHeaders();
  return { received, answer, finish: () => req.end(body) };
}

/** Polls `probe` until it holds, or fails after `ms`. */
async function waitFor(probe: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Noise does not compress, so its variants take long enough to be caught being made. */
const noisyJpeg = () =>
  sharp({
    create: {
      width: 600,
      height: 400,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 60 },
    },
  })
    .jpeg()
    .toBuffer();

/** The real server in a process of its own, on the test server's database; answers its URL. */
async function spawnServer(server: TestServer): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_PROCESS], {
    env: { ...process.env, [CONFIG_ENV]: JSON.stringify(server.config) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(child.stdout ?? child, "data")) as [Buffer];
  return { child, url: line.toString().trim() };
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a server asked to stop (SIGTERM), on ${dialect}`, { skip }, () => {
    let server: TestServer;
    const children: ChildProcess[] = [];
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => {
      for (const child of children) child.kill("SIGKILL");
      await server?.stop();
    });

    it("refuses new connections, finishes the request in flight, and exits 0", async () => {
      const email = "drain@newsroom.test";
      await createUser(
        server.server.db.kysely,
        { email, name: "Drain", role: "editor", password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
      const { child, url } = await spawnServer(server);
      children.push(child);
      assert.equal((await fetch(`${url}/readyz`)).status, 200);

      const login = heldLogin(url, email);
      await login.received;
      const exited = once(child, "exit");
      const signalledAt = Date.now();
      child.kill("SIGTERM");
      await waitFor(async () => !(await accepts(url)), "the server to stop accepting connections");
      login.finish();
      assert.equal(await login.answer, 200, "the request in flight is answered");
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0);
      assert.ok(Date.now() - signalledAt < EXIT_BOUND_MS, "exits within its bound");
    });

    it("finishes the job it is running before it exits", async () => {
      const { editor } = await loginAsEveryRole(server);
      // This process's runner stands aside: the job is the other process's to run.
      await server.server.jobs.stop();
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(await noisyJpeg())]), "noise.jpg");
      const media = await editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
      assert.equal(media.status, 201, JSON.stringify(media.body));
      const db = server.server.db.kysely;
      const job = () =>
        db
          .selectFrom("jobs")
          .where("kind", "=", "media.variants")
          .where("payload", "=", JSON.stringify({ mediaId: media.body.id }))
          .selectAll()
          .executeTakeFirstOrThrow();
      const { child } = await spawnServer(server);
      children.push(child);
      await waitFor(
        async () => (await job()).locked_by?.includes(`-${child.pid}-`) === true,
        "the other process to run the job",
        60_000,
      );
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0);
      const row = await job();
      assert.deepEqual([row.status, row.attempts], ["done", 1], "finished by the process that stopped");
    });
  });
}
