import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { correctEntry, createStory, postEntry, removeEntry, setEnded } from "../support/live-blog.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.ts";

const LIVE_EVENTS = [
  "live.entry.posted",
  "live.entry.edited",
  "live.entry.deleted",
  "live.coverage.ended",
  "live.coverage.reopened",
];

interface Payload {
  id: number;
  event: string;
  occurredAt: string;
  article: { id: number; edition: string; headline: string; url: string | null };
  entry?: {
    id: number;
    url: string | null;
    headline: string | null;
    postedAt: string | null;
    editedAt: string | null;
    deletedAt: string | null;
  };
  coverage?: { live: boolean; endedAt: string | null };
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`webhooks for live blog entries on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let receiver: WebhookReceiver;
    let as: Record<Role, ApiClient>;
    /** Every live event; only new entries; story events only. */
    const hooks = { all: 0, posted: 0, stories: 0 };

    before(async () => {
      receiver = await startWebhookReceiver();
      server = await startTestServer(dialect, { webhookAllowedHosts: ["127.0.0.1"] });
      as = await loginAsEveryRole(server);
      const subscribe = async (events: string[]) => {
        const created = await as.admin.request<{ id: number }>("POST", "/webhooks", {
          url: receiver.url,
          events,
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        return created.body.id;
      };
      hooks.all = await subscribe(LIVE_EVENTS);
      hooks.posted = await subscribe(["live.entry.posted"]);
      hooks.stories = await subscribe(["article.published", "article.updated"]);
    });
    after(async () => {
      await server?.stop();
      await receiver?.close();
    });

    /** The delivery rows logged for a story, as [webhook, payload]; written before the write answers. */
    async function logged(articleId: number): Promise<[number, Payload][]> {
      const rows = await server.server.db.kysely
        .selectFrom("webhook_deliveries")
        .select(["webhook_id", "payload"])
        .orderBy("id")
        .execute();
      return rows
        .map((r): [number, Payload] => [r.webhook_id, JSON.parse(r.payload) as Payload])
        .filter(([, p]) => p.article.id === articleId && p.event.startsWith("live."));
    }

    it("delivers entry posted, edited and deleted and coverage ended and reopened to the endpoints that asked", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Election night, live" });
      const entry = await postEntry(as.author, story.id, {
        headline: "Polls close",
        bodyHtml: "<p>Now.</p>",
      });
      const fixed = await correctEntry(as.author, story.id, entry, "<p>Now, at eight.</p>");
      await removeEntry(as.editor, story.id, entry.id);
      const endedAt = await setEnded(as.editor, story.id, true);
      await setEnded(as.editor, story.id, false);

      const rows = await logged(story.id);
      assert.deepEqual(
        rows.map(([hook, p]) => [hook, p.event]),
        [
          [hooks.all, "live.entry.posted"],
          [hooks.posted, "live.entry.posted"],
          [hooks.all, "live.entry.edited"],
          [hooks.all, "live.entry.deleted"],
          [hooks.all, "live.coverage.ended"],
          [hooks.all, "live.coverage.reopened"],
        ],
      );
      const [posted, , edited, deleted, ended, reopened] = rows.map(([, p]) => p);
      const ref = { id: story.id, edition: "en", headline: "Election night, live", url: story.path };
      assert.deepEqual(posted?.article, ref);
      assert.deepEqual(posted?.entry, {
        id: entry.id,
        url: `${story.path}#entry-${entry.id}`,
        headline: "Polls close",
        postedAt: entry.postedAt,
        editedAt: null,
        deletedAt: null,
      });
      assert.equal(edited?.entry?.id, entry.id);
      assert.equal(edited?.entry?.editedAt, fixed.editedAt);
      assert.deepEqual(deleted?.entry, {
        id: entry.id,
        url: null,
        headline: null,
        postedAt: null,
        editedAt: null,
        deletedAt: deleted?.entry?.deletedAt,
      });
      assert.ok(deleted?.entry?.deletedAt && deleted.entry.deletedAt >= String(fixed.editedAt));
      assert.deepEqual(ended?.coverage, { live: false, endedAt });
      assert.deepEqual(reopened?.coverage, { live: true, endedAt: null });

      const sent = await eventually(
        async () => {
          await server.server.jobs.poke();
          const mine = receiver.received.filter(
            (r) => r.json.article.id === story.id && r.json.event.startsWith("live."),
          );
          return mine.length >= 6 ? mine : undefined;
        },
        8000,
        "six deliveries",
      );
      for (const request of sent) {
        assert.equal(request.headers["x-dateline-event"], request.json.event);
        assert.equal(request.json.article.url, `http://dateline.test${story.path}`);
      }
    });

    it("sends an entry's absolute address with its anchor", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Cyclone landfall, live" });
      const entry = await postEntry(as.editor, story.id, { bodyHtml: "<p>Signal 10 raised.</p>" });
      const sent = await eventually(
        async () => {
          await server.server.jobs.poke();
          return receiver.received.find(
            (r) => r.json.article.id === story.id && r.json.event.startsWith("live."),
          );
        },
        8000,
        "the posted entry's delivery",
      );
      const payload = JSON.parse(sent.body) as Payload;
      assert.equal(payload.event, "live.entry.posted");
      assert.deepEqual(payload.entry, {
        id: entry.id,
        url: `http://dateline.test${story.path}#entry-${entry.id}`,
        headline: "Signal 10 raised.",
        postedAt: entry.postedAt,
        editedAt: null,
        deletedAt: null,
      });
    });

    it("sends nothing for a live blog readers cannot see", async () => {
      const draft = await createStory(as.editor, server.url, { headline: "Draft live", draft: true });
      const entry = await postEntry(as.editor, draft.id, { bodyHtml: "<p>Not yet.</p>" });
      await correctEntry(as.editor, draft.id, entry, "<p>Still not.</p>");
      await setEnded(as.editor, draft.id, true);
      assert.deepEqual(await logged(draft.id), []);
    });

    it("logs one delivery per entry per endpoint when editors post at once", async () => {
      const story = await createStory(as.editor, server.url, { headline: "Cricket final, live" });
      const posts = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          postEntry(i % 2 ? as.author : as.editor, story.id, { bodyHtml: `<p>Ball ${i}</p>` }),
        ),
      );
      const rows = await logged(story.id);
      assert.equal(rows.length, 24, "12 entries × 2 endpoints");
      const pairs = new Set(rows.map(([hook, p]) => `${hook}:${p.entry?.id}`));
      assert.equal(pairs.size, 24, "no entry told twice to one endpoint");
      for (const hook of [hooks.all, hooks.posted]) {
        const told = rows.filter(([h]) => h === hook).map(([, p]) => p.entry?.id);
        const byNumber = (a = 0, b = 0) => a - b;
        assert.deepEqual(told.sort(byNumber), posts.map((p) => p.id).sort(byNumber));
      }
    });
  });
}
