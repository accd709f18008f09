import assert from "node:assert/strict";
import { createHmac, timingSafeEqual } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { insertWebhook } from "../../src/distribution/webhooks/webhooks.service.ts";
import type { ApiClient } from "../support/api-client.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import {
  type ReceivedDelivery,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver.ts";

interface Delivery {
  id: number;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

function assertSigned(request: ReceivedDelivery, secret: string, now: Date) {
  const timestamp = request.headers["x-dateline-timestamp"];
  const signature = request.headers["x-dateline-signature"];
  assert.equal(typeof timestamp, "string");
  assert.equal(typeof signature, "string");
  assert.ok(
    Math.abs(Number(timestamp) - now.getTime() / 1000) < 60,
    "the timestamp is the server's unix seconds",
  );
  const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest("hex")}`;
  assert.ok(timingSafeEqual(Buffer.from(String(signature)), Buffer.from(expected)), "the signature verifies");
  assert.equal(request.headers["content-type"], "application/json");
  assert.equal(request.headers["x-dateline-delivery"], String(request.json.id));
  assert.equal(request.headers["x-dateline-event"], request.json.event);
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`webhooks on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let receiver: WebhookReceiver;
    let as: Record<Role, ApiClient>;
    let hook: { id: number; secret: string };
    let articleId: number;
    let version: number;

    before(async () => {
      receiver = await startWebhookReceiver();
      server = await startTestServer(dialect, { webhookAllowedHosts: ["127.0.0.1"] });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
      await receiver?.close();
    });

    /** Runs due jobs until `check` holds; the server's own poller may get there first. */
    async function eventually<T>(check: () => Promise<T | undefined> | T | undefined): Promise<T> {
      const deadline = Date.now() + 8000;
      for (;;) {
        await server.server.jobs.poke();
        const result = await check();
        if (result !== undefined && result !== false) return result;
        if (Date.now() > deadline) throw new Error("timed out waiting for webhook delivery");
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    const receivedCount = (n: number) => eventually(() => (receiver.received.length >= n ? true : undefined));
    const deliveries = async (id = hook.id) =>
      (await as.admin.get<{ items: Delivery[] }>(`/webhooks/${id}/deliveries`)).body.items;
    const runRetriesNow = () =>
      server.server.db.kysely
        .updateTable("jobs")
        .set({ run_at: server.clock().toISOString() })
        .where("kind", "=", "webhook.deliver")
        .where("status", "=", "queued")
        .execute();

    it("is for admins only", async () => {
      assert.equal((await as.editor.get("/webhooks")).status, 403);
      const post = await as.editor.request("POST", "/webhooks", {
        url: receiver.url,
        events: ["article.published"],
      });
      assert.equal(post.status, 403);
    });

    it("refuses private, loopback and non-http endpoints that are not allow-listed", async () => {
      const cases: [string, RegExp][] = [
        ["http://10.0.0.1/hook", /private/],
        ["http://169.254.169.254/latest", /link-local/],
        [`http://localhost:${receiver.port}/hook`, /loopback/],
        ["ftp://93.184.215.14/hook", /http or https/],
      ];
      for (const [url, detail] of cases) {
        const response = await as.admin.request<{ code: string; detail: string }>("POST", "/webhooks", {
          url,
          events: ["article.published"],
        });
        assert.equal(response.status, 422, url);
        assert.equal(response.body.code, "UNPROCESSABLE");
        assert.match(response.body.detail, detail);
      }
      const bad = await as.admin.request("POST", "/webhooks", {
        url: receiver.url,
        events: ["article.eaten"],
      });
      assert.equal(bad.status, 400);
      assert.deepEqual((await as.admin.get<{ items: unknown[] }>("/webhooks")).body.items, []);
    });

    it("registers an allow-listed endpoint and shows its secret once", async () => {
      const created = await as.admin.request<{
        id: number;
        secret: string;
        events: string[];
        active: boolean;
      }>("POST", "/webhooks", {
        url: receiver.url,
        events: ["article.published", "article.updated", "article.unpublished"],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.match(created.body.secret, /^whsec_[0-9a-f]{64}$/);
      assert.equal(created.body.active, true);
      hook = created.body;
      const list = await as.admin.get<{ items: Record<string, unknown>[] }>("/webhooks");
      assert.equal(list.body.items.length, 1);
      assert.equal(list.body.items[0]?.url, receiver.url);
      assert.equal(list.body.items[0]?.secret, undefined, "the secret is not listed");
    });

    it("sends a signed article.published when a story is published", async () => {
      const draft = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Hooks fire on the Meghna",
        standfirst: "A standfirst.",
        body: "<p>Body.</p>",
      });
      articleId = draft.body.id;
      const published = await as.editor.request<{ version: number; url: string }>(
        "POST",
        `/articles/${articleId}/publish`,
      );
      assert.equal(published.status, 200);
      version = published.body.version;
      await receivedCount(1);
      const [request] = receiver.received;
      assert.ok(request);
      assertSigned(request, hook.secret, server.clock());
      assert.equal(request.headers["x-dateline-event"], "article.published");
      assert.equal(request.json.event, "article.published");
      assert.deepEqual(request.json.article, {
        id: articleId,
        edition: "en",
        headline: "Hooks fire on the Meghna",
        url: `http://dateline.test${published.body.url}`,
      });
      const [logged] = await eventually(async () => {
        const items = await deliveries();
        return items[0]?.status === "delivered" ? items : undefined;
      });
      assert.equal(logged?.attempts, 1);
      assert.equal(logged?.lastStatusCode, 200);
      assert.equal(logged?.lastError, null);
      assert.ok(logged?.deliveredAt);
    });

    it("sends article.updated when the live story is saved, and article.unpublished when it is pulled", async () => {
      const saved = await as.editor.request<{ version: number }>("PATCH", `/articles/${articleId}`, {
        version,
        headline: "Hooks fire on the Meghna again",
      });
      assert.equal(saved.status, 200);
      await receivedCount(2);
      const updated = receiver.received[1];
      assert.ok(updated);
      assertSigned(updated, hook.secret, server.clock());
      assert.equal(updated.headers["x-dateline-event"], "article.updated");
      assert.equal(updated.json.article.headline, "Hooks fire on the Meghna again");

      assert.equal((await as.editor.request("POST", `/articles/${articleId}/unpublish`)).status, 200);
      await receivedCount(3);
      const unpublished = receiver.received[2];
      assert.ok(unpublished);
      assertSigned(unpublished, hook.secret, server.clock());
      assert.equal(unpublished.headers["x-dateline-event"], "article.unpublished");
      assert.equal(unpublished.json.article.id, articleId);
    });

    it("retries a delivery the endpoint refused, logs the attempts, and resends on request", async () => {
      receiver.statuses.push(500);
      assert.equal((await as.editor.request("POST", `/articles/${articleId}/publish`)).status, 200);
      await receivedCount(4);
      const failed = await eventually(async () => {
        const [latest] = await deliveries();
        return latest?.attempts === 1 ? latest : undefined;
      });
      assert.equal(failed.status, "pending", "a failed try is retried");
      assert.equal(failed.lastStatusCode, 500);
      assert.match(failed.lastError ?? "", /500/);
      const job = await server.server.db.kysely
        .selectFrom("jobs")
        .where("kind", "=", "webhook.deliver")
        .where("status", "=", "queued")
        .select("run_at")
        .executeTakeFirstOrThrow();
      assert.ok(job.run_at > server.clock().toISOString(), "the retry waits (back-off)");

      await runRetriesNow();
      await receivedCount(5);
      const retried = await eventually(async () => {
        const [latest] = await deliveries();
        return latest?.status === "delivered" ? latest : undefined;
      });
      assert.equal(retried.id, failed.id);
      assert.equal(retried.attempts, 2);
      assert.equal(retried.lastStatusCode, 200);
      assert.equal(retried.lastError, null);
      assert.equal(receiver.received[3]?.json.id, receiver.received[4]?.json.id, "the same delivery");
      assertSigned(receiver.received[4] as ReceivedDelivery, hook.secret, server.clock());

      const resent = await as.admin.request<Delivery>(
        "POST",
        `/webhooks/${hook.id}/deliveries/${retried.id}/resend`,
      );
      assert.equal(resent.status, 202);
      assert.equal(resent.body.status, "pending");
      await receivedCount(6);
      assert.equal(receiver.received[5]?.json.id, retried.id);
      const again = await eventually(async () => {
        const [latest] = await deliveries();
        return latest?.status === "delivered" ? latest : undefined;
      });
      assert.equal(again.attempts, 3);
      const missing = await as.admin.request("POST", `/webhooks/${hook.id}/deliveries/999999/resend`);
      assert.equal(missing.status, 404);
    });

    it("follows subscription changes: article.deleted once subscribed, nothing while inactive", async () => {
      const patched = await as.admin.request<{ events: string[] }>("PATCH", `/webhooks/${hook.id}`, {
        events: ["article.published", "article.deleted"],
      });
      assert.equal(patched.status, 200);
      assert.deepEqual(patched.body.events, ["article.published", "article.deleted"]);
      assert.equal((await as.editor.request("DELETE", `/articles/${articleId}`)).status, 204);
      await receivedCount(7);
      const deleted = receiver.received[6];
      assert.ok(deleted);
      assertSigned(deleted, hook.secret, server.clock());
      assert.equal(deleted.headers["x-dateline-event"], "article.deleted");
      assert.equal(deleted.json.article.id, articleId);

      const paused = await as.admin.request<{ active: boolean }>("PATCH", `/webhooks/${hook.id}`, {
        active: false,
      });
      assert.equal(paused.body.active, false);
      const before = (await deliveries()).length;
      const draft = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Nobody is listening",
        standfirst: "s",
        body: "<p>b</p>",
      });
      await as.editor.request("POST", `/articles/${draft.body.id}/publish`);
      await server.server.jobs.poke();
      assert.equal((await deliveries()).length, before, "an inactive webhook gets nothing");
      assert.equal(receiver.received.length, 7);
    });

    it("does not send to a host that resolves to a private address at delivery time", async () => {
      const sneaky = await insertWebhook(
        server.server.db.kysely,
        { url: "http://10.0.0.1:9/hook", events: ["article.published"] },
        server.clock(),
      );
      const draft = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Not for private ears",
        standfirst: "s",
        body: "<p>b</p>",
      });
      await as.editor.request("POST", `/articles/${draft.body.id}/publish`);
      const [refused] = await eventually(async () => {
        const items = await deliveries(sneaky.id);
        return items[0]?.attempts === 1 ? items : undefined;
      });
      assert.equal(refused?.status, "pending");
      assert.equal(refused?.lastStatusCode, null);
      assert.match(refused?.lastError ?? "", /10\.0\.0\.1.*private/);
      assert.equal(receiver.received.length, 7);
    });

    it("deletes an endpoint with its log", async () => {
      assert.equal((await as.admin.request("DELETE", `/webhooks/${hook.id}`)).status, 204);
      assert.equal((await as.admin.get(`/webhooks/${hook.id}/deliveries`)).status, 404);
      const left = await as.admin.get<{ items: { id: number }[] }>("/webhooks");
      assert.ok(!left.body.items.some((w) => w.id === hook.id));
      assert.equal((await as.admin.request("DELETE", `/webhooks/${hook.id}`)).status, 404);
    });
  });
}
