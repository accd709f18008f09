import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { enqueueJob } from "../../src/jobs/job-queue.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const TOKEN = "a-metrics-token-long-enough";

/** One sample's value from a Prometheus text answer, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? "").split(",");
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`operations endpoints on ${dialect}`, { skip }, () => {
    let server: TestServer;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, { metricsToken: TOKEN }, { clock });
      // The test queues jobs and reads them back; no runner may take them.
      await server.server.jobs.stop();
    });
    after(async () => server?.stop());

    const metrics = async () => {
      const response = await fetch(`${server.url}/metrics`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
      return response.text();
    };

    it("answers /healthz while the process serves, never cached", async () => {
      const response = await fetch(`${server.url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: "ok" });
      assert.equal(response.headers.get("cache-control"), "no-store");
    });

    it("is ready when the database answers and every migration is applied", async () => {
      const response = await fetch(`${server.url}/readyz`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("cache-control"), "no-store");
      assert.deepEqual(await response.json(), {
        status: "ready",
        checks: { database: "ok", migrations: "ok", shutdown: "ok" },
      });
    });

    it("is not ready (503, naming it) while a migration is missing, once the short-lived verdict lapses", async () => {
      const db = server.server.db.kysely;
      const last = await sql<{ name: string; timestamp: string }>`
        select name, timestamp from kysely_migration order by name desc limit 1`.execute(db);
      const row = last.rows[0];
      assert.ok(row);
      await sql`delete from kysely_migration where name = ${row.name}`.execute(db);
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200, "the last verdict still holds");
      clock.advance(11_000);
      const response = await fetch(`${server.url}/readyz`);
      assert.equal(response.status, 503);
      const body = (await response.json()) as { status: string; checks: Record<string, string> };
      assert.equal(body.status, "unavailable");
      assert.equal(body.checks.migrations, `pending: ${row.name}`);
      await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(
        db,
      );
      clock.advance(11_000);
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    });

    it("counts requests by route pattern and status, with a latency histogram", async () => {
      assert.equal((await fetch(`${server.url}/en/`)).status, 200);
      assert.equal((await fetch(`${server.url}/en/`)).status, 200);
      assert.equal((await fetch(`${server.url}/x/y/z/w/v/u`)).status, 404);
      const text = await metrics();
      const front = { route: "/:edition/", method: "GET" };
      assert.ok((sample(text, "dateline_http_requests_total", { ...front, status: "200" }) ?? 0) >= 2);
      assert.ok((sample(text, "dateline_http_request_duration_seconds_count", front) ?? 0) >= 2);
      assert.ok(sample(text, "dateline_http_request_duration_seconds_bucket", { ...front, le: "+Inf" }));
      assert.equal(
        sample(text, "dateline_http_requests_total", { route: "unmatched", method: "GET", status: "404" }),
        1,
      );
      assert.ok(!text.includes("/x/y/z"), "no raw URL becomes a label");
      assert.ok((sample(text, "dateline_page_cache_lookups_total", { result: "hit" }) ?? 0) >= 1);
      assert.ok((sample(text, "dateline_page_cache_lookups_total", { result: "miss" }) ?? 0) >= 1);
      assert.ok(sample(text, "process_resident_memory_bytes"), "default process metrics");
      assert.equal((await fetch(`${server.url}/metrics`)).headers.get("cache-control"), "no-store");
    });

    it("reports the job queue's depth and the age of its oldest due job", async () => {
      const db = server.server.db.kysely;
      const now = clock();
      const minuteAgo = new Date(now.getTime() - 60_000);
      await enqueueJob(db, { kind: "ops.test", payload: {}, runAt: minuteAgo, now: minuteAgo });
      await enqueueJob(db, { kind: "ops.test", payload: {}, runAt: new Date(now.getTime() + 3600_000), now });
      const text = await metrics();
      const due = sample(text, "dateline_jobs", { state: "due" }) ?? 0;
      assert.ok(due >= 1, `due ${due}`);
      assert.ok((sample(text, "dateline_jobs", { state: "later" }) ?? 0) >= 1);
      assert.ok((sample(text, "dateline_jobs_oldest_due_age_seconds") ?? 0) >= 60);
    });

    it(`reports the database pool ${dialect === "postgres" ? "use" : "nowhere (SQLite has none)"}`, async () => {
      const total = sample(await metrics(), "dateline_db_pool_connections", { state: "total" });
      if (dialect === "postgres") assert.ok((total ?? 0) >= 1);
      else assert.equal(total, undefined);
    });

    it("answers /metrics to another machine only with the token; forwarded outside requests are outside", async () => {
      const get = (remoteAddress: string, headers: Record<string, string> = {}) =>
        server.server.app.inject({ url: "/metrics", remoteAddress, headers });
      const outside = await get("203.0.113.9");
      assert.equal(outside.statusCode, 404);
      assert.equal(outside.headers["content-type"], "application/problem+json; charset=utf-8");
      assert.equal(outside.json().code, "NOT_FOUND");
      assert.equal(
        (await get("203.0.113.9", { authorization: "Bearer wrong-token-of-some-length" })).statusCode,
        404,
      );
      assert.equal((await get("203.0.113.9", { authorization: `Bearer ${TOKEN}` })).statusCode, 200);
      assert.equal((await get("127.0.0.1")).statusCode, 200);
      assert.equal((await get("::1")).statusCode, 200);
      // A proxy on this machine relaying a reader from outside, named by TRUST_PROXY or not.
      assert.equal((await get("127.0.0.1", { "x-forwarded-for": "203.0.113.9" })).statusCode, 404);
      assert.equal((await get("127.0.0.1", { forwarded: "for=203.0.113.9" })).statusCode, 404);
      assert.equal((await get("127.0.0.1", { "x-forwarded-for": "127.0.0.1" })).statusCode, 200);
      // An outside reader claiming to be local.
      assert.equal((await get("203.0.113.9", { "x-forwarded-for": "127.0.0.1" })).statusCode, 404);
    });

    it("is not ready (503) once the database is gone, and still alive", async () => {
      if (dialect === "postgres") {
        const name = new URL(server.config.databaseUrl).pathname.slice(1);
        const admin = new URL(server.config.databaseUrl);
        admin.pathname = "/postgres";
        const { default: pg } = await import("pg");
        const client = new pg.Client({ connectionString: admin.toString() });
        await client.connect();
        await client.query(`drop database ${name} with (force)`);
        await client.end();
      } else {
        await server.server.db.close();
      }
      const response = await fetch(`${server.url}/readyz`);
      assert.equal(response.status, 503);
      const body = (await response.json()) as { checks: Record<string, string> };
      assert.equal(body.checks.database, "unreachable");
      assert.equal(body.checks.migrations, "not checked");
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    });
  });
}
