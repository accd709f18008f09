import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import { createUser } from "../../src/accounts/user.service.ts";
import { API, TEST_PASSWORD } from "../support/api-client.ts";
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

/** Polls `probe` until it holds, or fails after a few seconds. */
async function waitFor(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await probe()); tries++) {
    if (tries > 500) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a server asked to stop (SIGTERM), on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let child: ChildProcess | undefined;
    before(async () => {
      server = await startTestServer(dialect);
    });
    after(async () => {
      child?.kill("SIGKILL");
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
      child = spawn(process.execPath, ["--import", "tsx", SERVER_PROCESS], {
        env: { ...process.env, [CONFIG_ENV]: JSON.stringify(server.config) },
        stdio: ["ignore", "pipe", "inherit"],
      });
      const [line] = (await once(child.stdout ?? child, "data")) as [Buffer];
      const url = line.toString().trim();
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
  });
}
