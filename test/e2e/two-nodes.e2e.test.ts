import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import sharp from "sharp";
import { LOGIN_LIMITS } from "../../src/accounts/login-throttle.ts";
import type { Role } from "../../src/accounts/roles.ts";
import { WEBHOOK_DELIVER_JOB } from "../../src/distribution/webhooks/webhook-events.ts";
import { claimNextJob, LEASE_MS } from "../../src/jobs/job-queue.ts";
import { formatProcess } from "../../src/jobs/process-identity.ts";
import { API, ApiClient, loginAsEveryRole, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { startS3Server, type TestS3Server } from "../support/s3-server.ts";
import { movableClock } from "../support/test-clock.ts";
import { startSecondNode, startTestServer, type TestNode, type TestServer } from "../support/test-server.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.ts";

const text = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
};

// SQLite is a file that one process writes: a single node by design. Several nodes share PostgreSQL.
const skip = DIALECTS.includes("postgres")
  ? await unavailable("postgres")
  : "several nodes share one PostgreSQL database; SQLite is single-node (DIALECTS excludes postgres)";

describe("two nodes on one PostgreSQL database", { skip }, () => {
  const clock = movableClock();
  let a: TestServer;
  let b: TestNode;
  let receiver: WebhookReceiver;
  /** Where both nodes keep photos, as machines that share no disk would. */
  let s3: TestS3Server;
  /** Each node's own MEDIA_DIR, which the bucket leaves empty. */
  const folders: string[] = [];
  let as: Record<Role, ApiClient>;
  /** The editor's session from A, presented to B. */
  let editorOnB: ApiClient;

  before(async () => {
    receiver = await startWebhookReceiver();
    s3 = await startS3Server();
    const bucket = await s3.newBucket();
    for (const node of ["a", "b"]) folders.push(await mkdtemp(join(tmpdir(), `dateline-node-${node}-`)));
    a = await startTestServer(
      "postgres",
      { webhookAllowedHosts: ["127.0.0.1"], mediaS3: bucket, mediaDir: folders[0] },
      { clock },
    );
    b = await startSecondNode(a, { config: { mediaDir: folders[1] } });
    as = await loginAsEveryRole(a);
    editorOnB = new ApiClient(b.url, as.editor.cookie, as.editor.csrfToken);
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await receiver?.close();
    await s3?.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  async function draft(client: ApiClient, headline: string, fields: object = {}): Promise<number> {
    const created = await client.request<{ id: number }>("POST", "/articles", {
      edition: "en",
      section: "national",
      headline,
      standfirst: "A standfirst.",
      body: "<p>Body.</p>",
      ...fields,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id;
  }

  async function publish(client: ApiClient, headline: string): Promise<{ id: number; url: string }> {
    const id = await draft(client, headline);
    const published = await client.request<{ url: string }>("POST", `/articles/${id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    return { id, url: published.body.url };
  }

  it("lets a session opened on A work on B", async () => {
    const session = await editorOnB.get<{ user: { email: string } }>("/session");
    assert.equal(session.status, 200, JSON.stringify(session.body));
    assert.equal(session.body.user.email, "editor@newsroom.test");
    await draft(editorOnB, "Written on node B with a session from node A");
  });

  it("shows a story published through A on B's article, section and front pages and feed within a second", async (t) => {
    const headline = "Floodgates open at Farakka as the river rises";
    const listings = { "front page": "/en/", "section page": "/en/national/", feed: "/en/feed.xml" };
    // Readers keep B busy throughout, so its cache holds these pages when the story is published,
    // as on a real night: only A's notice of the keys the publish touched can drop them.
    const shown = (path: string) =>
      eventually(
        async () => {
          const page = await text(b.url + path);
          return page.status === 200 && page.body.includes(headline) ? performance.now() : undefined;
        },
        5000,
        `${path} on B`,
      );
    const watching = Object.entries(listings).map(async ([name, path]) => [name, await shown(path)] as const);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const story = await publish(as.editor, headline);
    const published = performance.now();
    watching.push(shown(story.url).then((at) => ["article page", at] as const));
    const seen = await Promise.all(watching);
    const latencies = seen.map(([name, at]) => [name, Math.max(0, at - published)] as const);
    t.diagnostic(`shown on B after (ms): ${latencies.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(", ")}`);
    for (const [name, ms] of latencies) assert.ok(ms < 1000, `the ${name} on B took ${ms.toFixed(0)} ms`);
  });

  it("delivers each webhook once although both nodes run job runners", async () => {
    const hook = await as.admin.request<{ id: number }>("POST", "/webhooks", {
      url: receiver.url,
      events: ["article.published"],
    });
    assert.equal(hook.status, 201, JSON.stringify(hook.body));
    const stories = await Promise.all(
      [as.editor, editorOnB, as.editor, editorOnB].map((client, i) => publish(client, `Hooked story ${i}`)),
    );
    await eventually(
      async () => (receiver.received.length >= stories.length ? true : undefined),
      10_000,
      "the deliveries",
    );
    // Both runners look at the queue again: anything left to take would be sent a second time.
    await Promise.all([a.server.jobs.poke(), b.server.jobs.poke()]);
    assert.deepEqual(
      receiver.received.map((r) => r.json.article.id).sort((x, y) => x - y),
      stories.map((s) => s.id).sort((x, y) => x - y),
      "each story's delivery arrived once",
    );
    const deliveries = await a.server.db.kysely
      .selectFrom("webhook_deliveries")
      .where("webhook_id", "=", hook.body.id)
      .select(["status", "attempts"])
      .execute();
    assert.deepEqual(
      deliveries,
      stories.map(() => ({ status: "delivered", attempts: 1 })),
    );
    const jobs = await a.server.db.kysely
      .selectFrom("jobs")
      .where("kind", "=", WEBHOOK_DELIVER_JOB)
      .select(["status", "attempts"])
      .execute();
    assert.deepEqual(
      jobs,
      stories.map(() => ({ status: "done", attempts: 1 })),
    );
  });

  it("shows on B's article page a photo uploaded through A, served by B from the bucket with its variants", async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a6f97" } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "river.jpg");
    for (const [name, value] of Object.entries({
      caption: "The river at dawn",
      credit: "Desk",
      alt: "A river.",
    }))
      form.set(name, value);
    const photo = await as.editor.request<{ id: number; url: string }>("POST", "/media", undefined, {
      raw: form,
    });
    assert.equal(photo.status, 201, JSON.stringify(photo.body));
    const id = await draft(as.editor, "A photo uploaded on one node", { leadMediaId: photo.body.id });
    const published = await as.editor.request<{ url: string }>("POST", `/articles/${id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));

    const original = await fetch(a.url + photo.body.url);
    assert.equal(original.status, 200);
    const bytes = Buffer.from(await original.arrayBuffer());
    const onB = await eventually(
      async () => {
        const page = await text(b.url + published.body.url);
        const $ = cheerio.load(page.body);
        return page.status === 200 && $("article picture source[type='image/avif']").length > 0
          ? $
          : undefined;
      },
      30_000,
      "B's article page with the photo's variants (whichever node's runner built them)",
    );
    const img = onB("article picture img").first();
    const servedByB = await fetch(b.url + photo.body.url);
    assert.equal(servedByB.status, 200);
    assert.deepEqual(Buffer.from(await servedByB.arrayBuffer()), bytes, "B serves the original A stored");
    const sources = [
      img.attr("src"),
      ...onB("article picture source")
        .map((_, s) => onB(s).attr("srcset"))
        .get(),
    ]
      .flatMap((value) => (value ?? "").split(", "))
      .map((entry) => entry.split(" ")[0] ?? "");
    assert.ok(sources.length >= 3 && sources.every((url) => url.startsWith("/media/")), sources.join());
    for (const url of sources) {
      const variant = await fetch(b.url + url);
      assert.equal(variant.status, 200, url);
      const fromA = await fetch(a.url + url);
      assert.deepEqual(Buffer.from(await variant.arrayBuffer()), Buffer.from(await fromA.arrayBuffer()), url);
    }
    for (const folder of folders)
      assert.deepEqual(await readdir(folder), [], "no node wrote to its own disk");
  });

  it("finishes on B, once its lease has passed, a job that a node which died had claimed", async () => {
    // Node A's runner stops for good, and B's until A's claim is made.
    await Promise.all([a.server.jobs.stop(), b.server.jobs.stop()]);
    const story = await publish(as.editor, "Delivered by the node that lived");
    const queued = await eventually(
      () =>
        a.server.db.kysely
          .selectFrom("jobs")
          .where("kind", "=", WEBHOOK_DELIVER_JOB)
          .where("status", "=", "queued")
          .select("id")
          .executeTakeFirst(),
      5000,
      "the delivery job",
    );
    // A runner of a node on another machine, which then lost its power: nothing can prove it dead.
    const vanished = formatProcess({ node: "0123456789ab", pid: 4242, nonce: "deadbeef" });
    const claimed = await claimNextJob(a.server.db.kysely, clock(), vanished, {
      only: [WEBHOOK_DELIVER_JOB],
    });
    assert.equal(claimed?.id, queued.id);
    const before = receiver.received.length;

    b.server.jobs.start();
    await b.server.jobs.poke();
    assert.equal(receiver.received.length, before, "not while the dead node's lease holds");
    clock.advance(LEASE_MS);
    const tookOver = performance.now();
    const job = await eventually(
      async () => {
        const row = await a.server.db.kysely
          .selectFrom("jobs")
          .where("id", "=", queued.id)
          .select(["status", "attempts", "locked_by"])
          .executeTakeFirstOrThrow();
        return row.status === "done" ? row : undefined;
      },
      5000,
      "B to take the job over and finish it",
    );
    assert.deepEqual(job, { status: "done", attempts: 2, locked_by: null });
    assert.deepEqual(
      receiver.received.slice(before).map((r) => r.json.article.id),
      [story.id],
      "delivered once",
    );
    assert.ok(performance.now() - tookOver < 5000);
  });

  it("counts failed logins on both nodes against one limit", async () => {
    const email = "contributor@newsroom.test";
    const login = (url: string, password: string) =>
      fetch(new URL(`${API}/session`, url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndAddress; i++) {
      const response = await login(i % 2 === 0 ? a.url : b.url, "not the password");
      assert.equal(response.status, 401, `failure ${i + 1}`);
    }
    for (const url of [a.url, b.url]) {
      const refused = await login(url, TEST_PASSWORD);
      assert.equal(refused.status, 429, "either node refuses, even the right password");
      assert.ok(Number(refused.headers.get("retry-after")) > 0);
    }
  });
});
