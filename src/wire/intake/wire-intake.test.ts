import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import pino from "pino";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../../test/support/databases.ts";
import { MAX_WIRE_FILE_BYTES } from "../wire-ingest.ts";
import { addWireSource, wireSourceById } from "../wire-sources.ts";
import { FAILED, PROCESSED } from "./drop-folder.ts";
import { claimPoll } from "./source-polls.queries.ts";
import { backoffMs, type IntakeDeps, pollSource } from "./wire-intake.ts";

const NOW = new Date("2026-12-04T06:00:00.000Z");

function ninjs(uri: string, version: number): string {
  return JSON.stringify({
    uri,
    version: String(version),
    versioncreated: `2026-12-04T0${version}:00:00Z`,
    headlines: [{ value: `${uri} version ${version}` }],
    bodies: [{ contenttype: "text/html", value: `<p>Version ${version}.</p>` }],
  });
}

/** A local agency feed: answers from a queue of handlers and records each request's headers. */
async function startAgency() {
  const seen: IncomingHttpHeaders[] = [];
  const answers: ((response: ServerResponse, headers: IncomingHttpHeaders) => void)[] = [];
  const server = createServer((request, response) => {
    seen.push(request.headers);
    const answer = answers.shift();
    if (answer) answer(response, request.headers);
    else response.writeHead(500).end("no answer queued");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/items.json`,
    seen,
    answers,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("wire intake back-off", () => {
  it("doubles the usual gap with each failure in a row, up to an hour", () => {
    assert.equal(backoffMs(60_000, 1), 120_000);
    assert.equal(backoffMs(60_000, 3), 480_000);
    assert.equal(backoffMs(60_000, 50), 3_600_000);
    assert.equal(backoffMs(1000, 2), 4000);
  });
});

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire intake (${dialect})`, { skip }, () => {
    const database = useMigratedDatabase(dialect);
    const root = mkdtempSync(join(tmpdir(), "dateline-intake-"));
    let agency: Awaited<ReturnType<typeof startAgency>>;
    let clock = NOW;
    const deps = (allowedHosts: string[] = ["127.0.0.1"]): IntakeDeps => ({
      db: database.db.kysely,
      settings: { dropRoot: root, allowedHosts },
      now: () => clock,
      logger: pino({ level: "silent" }),
    });
    const add = (fields: Record<string, unknown>) =>
      addWireSource(
        database.db.kysely,
        { name: `s${Math.random()}`, format: "ninjs", credit: "Agency", edition: "en", ...fields },
        clock,
        { dropRoot: root, allowedHosts: ["127.0.0.1"] },
      );
    const fresh = (id: number) => wireSourceById(database.db.kysely, id);

    before(async () => {
      agency = await startAgency();
    });
    after(async () => {
      await agency.close();
      rmSync(root, { recursive: true, force: true });
    });

    it("reads a drop folder: items in, each file moved to processed/ or failed/, half-written files left", async () => {
      const source = await add({ folder: "agency" });
      const folder = join(root, "agency");
      await pollSource(deps(), await fresh(source.id));
      const drop = (name: string, bytes: string | Buffer) => writeFileSync(join(folder, name), bytes);
      drop("a.json", ninjs("urn:drop:a", 1));
      drop("b.json", "{ not json");
      drop("c.json", Buffer.alloc(MAX_WIRE_FILE_BYTES + 1, 32));
      drop("d.json.tmp", ninjs("urn:drop:d", 1));
      drop(".e.json", ninjs("urn:drop:e", 1));
      const report = await pollSource(deps(), await fresh(source.id));
      assert.deepEqual(report, { new: 1, updated: 0, unchanged: 0, failed: 2 });
      assert.deepEqual(readdirSync(join(folder, PROCESSED)), ["a.json"]);
      assert.deepEqual(readdirSync(join(folder, FAILED)).sort(), ["b.json", "c.json"]);
      assert.deepEqual(
        readdirSync(folder).sort(),
        [".e.json", "d.json.tmp", FAILED, PROCESSED].sort(),
        "files still being written wait",
      );
      // A second file of a name already filed away keeps both.
      drop("a.json", ninjs("urn:drop:a", 2));
      clock = new Date(NOW.getTime() + 5000);
      assert.deepEqual(await pollSource(deps(), await fresh(source.id)), {
        new: 0,
        updated: 1,
        unchanged: 0,
        failed: 0,
      });
      assert.deepEqual(readdirSync(join(folder, PROCESSED)).sort(), [`a.${clock.getTime()}.json`, "a.json"]);
      const health = await fresh(source.id);
      assert.equal(health.last_success_at, clock.toISOString());
      assert.equal(health.next_poll_at, clock.toISOString(), "a folder is due again at once");
      const files = await database.db.kysely
        .selectFrom("wire_files")
        .where("source_id", "=", source.id)
        .select(["file_name", "failure"])
        .orderBy("id")
        .execute();
      assert.deepEqual(
        files.map((f) => [f.file_name, f.failure === null ? "read" : "failed"]),
        [
          ["a.json", "read"],
          ["b.json", "failed"],
          ["c.json", "failed"],
          ["a.json", "read"],
        ],
      );
      assert.match(String(files[2]?.failure), /more than the 20\.0 MB/);
    });

    it("refuses a drop folder that a link leads out of the drop root", async () => {
      const source = await add({ folder: "linked" });
      const outside = mkdtempSync(join(tmpdir(), "dateline-outside-"));
      symlinkSync(outside, join(root, "linked"));
      writeFileSync(join(outside, "secret.json"), ninjs("urn:secret", 1));
      assert.equal(await pollSource(deps(), await fresh(source.id)), undefined);
      const failed = await fresh(source.id);
      assert.match(String(failed.last_error), /inside WIRE_DROP_ROOT/);
      assert.equal(failed.failures, 1);
      assert.deepEqual(readdirSync(outside), ["secret.json"], "nothing outside the root was touched");
      rmSync(outside, { recursive: true, force: true });
    });

    it("pulls over HTTP with ETag and If-Modified-Since, backs off on failure and recovers", async () => {
      clock = NOW;
      const source = await add({
        format: "ninjs",
        url: agency.url,
        intervalSeconds: 60,
        headers: ["Authorization: Bearer k3y"],
      });
      const ok = (body: string, etag: string) => (response: ServerResponse) =>
        response
          .writeHead(200, {
            "content-type": "application/json",
            "content-encoding": "gzip",
            etag,
            "last-modified": "Fri, 04 Dec 2026 05:00:00 GMT",
          })
          .end(gzipSync(body));
      agency.answers.push(ok(ninjs("urn:pull:a", 1), '"v1"'));
      assert.deepEqual(await pollSource(deps(), await fresh(source.id)), {
        new: 1,
        updated: 0,
        unchanged: 0,
        failed: 0,
      });
      assert.equal(agency.seen[0]?.authorization, "Bearer k3y");
      assert.equal(agency.seen[0]?.["if-none-match"], undefined);

      agency.answers.push((response, headers) =>
        headers["if-none-match"] === '"v1"' ? response.writeHead(304).end() : response.writeHead(400).end(),
      );
      assert.deepEqual(await pollSource(deps(), await fresh(source.id)), {
        new: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
      });
      assert.equal(agency.seen[1]?.["if-modified-since"], "Fri, 04 Dec 2026 05:00:00 GMT");
      assert.equal((await fresh(source.id)).next_poll_at, new Date(NOW.getTime() + 60_000).toISOString());

      agency.answers.push((response) => response.writeHead(503).end());
      agency.answers.push((response) => response.writeHead(503).end());
      assert.equal(await pollSource(deps(), await fresh(source.id)), undefined);
      assert.equal(await pollSource(deps(), await fresh(source.id)), undefined);
      const failing = await fresh(source.id);
      assert.equal(failing.failures, 2);
      assert.equal(failing.last_error, "the source answered HTTP 503");
      assert.equal(failing.next_poll_at, new Date(NOW.getTime() + 4 * 60_000).toISOString());

      clock = new Date(NOW.getTime() + 10 * 60_000);
      agency.answers.push(ok(ninjs("urn:pull:a", 2), '"v2"'));
      assert.equal((await pollSource(deps(), await fresh(source.id)))?.updated, 1);
      const recovered = await fresh(source.id);
      assert.equal(recovered.failures, 0);
      assert.equal(recovered.etag, '"v2"');
      assert.equal(recovered.last_success_at, clock.toISOString());
    });

    it("checks the address before every pull, and names a redirect instead of following it", async () => {
      const source = await add({ format: "ninjs", url: agency.url });
      const before = agency.seen.length;
      assert.equal(await pollSource(deps([]), await fresh(source.id)), undefined);
      assert.match(String((await fresh(source.id)).last_error), /loopback address.*WIRE_ALLOWED_HOSTS/);
      assert.equal(agency.seen.length, before, "no request reached the host");
      agency.answers.push((response) =>
        response.writeHead(301, { location: "https://elsewhere.example/" }).end(),
      );
      await pollSource(deps(), await fresh(source.id));
      assert.match(String((await fresh(source.id)).last_error), /HTTP 301 pointing to https:\/\/elsewhere/);
    });

    it("cuts a pull off when the server stops, and hands the poll back undone", async () => {
      const source = await add({ format: "ninjs", url: agency.url });
      let answered = false;
      agency.answers.push((response) => {
        // Answers only after the pull has been cut off.
        setTimeout(() => {
          answered = true;
          response.writeHead(200).end(ninjs("urn:late", 1));
        }, 300);
      });
      const stopping = new AbortController();
      setTimeout(() => stopping.abort(), 50);
      assert.equal(
        await pollSource({ ...deps(), signal: stopping.signal }, await fresh(source.id)),
        undefined,
      );
      assert.equal(answered, false);
      const handedBack = await fresh(source.id);
      assert.equal(handedBack.failures, 0);
      assert.equal(handedBack.last_error, null);
      assert.equal(handedBack.next_poll_at, clock.toISOString());
    });

    it("gives each due poll to one of many nodes claiming it at once", async () => {
      const source = await fresh((await add({ folder: "claimed" })).id);
      const lease = new Date(clock.getTime() + 60_000);
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => claimPoll(database.db.kysely, source, clock, lease)),
      );
      assert.equal(claims.filter(Boolean).length, 1);
      assert.equal((await fresh(source.id)).next_poll_at, lease.toISOString());
    });
  });
}
