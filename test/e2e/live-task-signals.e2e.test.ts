import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream, type StreamEvent } from "../support/event-stream.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface TaskSignal {
  articleId: number;
  taskId: number;
  action: string;
}

const taskOf = (taskId: number, action: string) => (e: StreamEvent) =>
  e.event === "entry-task" &&
  (JSON.parse(e.data) as TaskSignal).taskId === taskId &&
  (JSON.parse(e.data) as TaskSignal).action === action;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the live desk's translation-task signals on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let counter = 0;

    async function liveBlog(client: ApiClient): Promise<number> {
      const created = await client.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        kind: "live",
        headline: `Live blog ${++counter}`,
        standfirst: "A standfirst.",
        body: "<p>The lead.</p>",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id;
    }

    /** An English live blog with its Bangla translation, and an entry on the English one. */
    async function pair(): Promise<{ en: number; bn: number; entry: number }> {
      const en = await liveBlog(as.editor);
      const bn = await as.editor.request<{ id: number }>("POST", `/articles/${en}/translations`, {
        edition: "bn",
      });
      assert.equal(bn.status, 201, JSON.stringify(bn.body));
      const entry = await as.author.request<{ id: number }>("POST", `/articles/${en}/entries`, {
        bodyHtml: "<p>Polls close.</p>",
      });
      assert.equal(entry.status, 201, JSON.stringify(entry.body));
      return { en, bn: bn.body.id, entry: entry.body.id };
    }

    async function send(articleId: number, entryId: number): Promise<number> {
      const sent = await as.editor.request<{ id: number }>(
        "POST",
        `/articles/${articleId}/entries/${entryId}/translation-tasks`,
        { edition: "bn" },
      );
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      return sent.body.id;
    }

    async function complete(articleId: number, taskId: number) {
      const done = await as.author.request(
        "POST",
        `/articles/${articleId}/translation-tasks/${taskId}/entries`,
        { bodyHtml: "<p>ভোটগ্রহণ শেষ।</p>" },
      );
      assert.equal(done.status, 201, JSON.stringify(done.body));
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    it("tells another person's open stream of a task opened and done, naming the desk it is for", async () => {
      const { en, bn, entry } = await pair();
      const authorStream = await openEventStream(as.author, "/live");
      try {
        const taskId = await send(en, entry);
        const opened = JSON.parse((await authorStream.next(taskOf(taskId, "opened"), 5000)).data);
        assert.deepEqual(opened, { kind: "entry-task", articleId: bn, taskId, action: "opened" });
        await complete(bn, taskId);
        const done = JSON.parse((await authorStream.next(taskOf(taskId, "done"), 5000)).data);
        assert.deepEqual(done, { kind: "entry-task", articleId: bn, taskId, action: "done" });
      } finally {
        await authorStream.close();
      }
    });

    it("tells once of a task many sent and many completed at the same moment", async () => {
      const { en, bn, entry } = await pair();
      const authorStream = await openEventStream(as.author, "/live");
      try {
        const sends = await Promise.all(
          Array.from({ length: 6 }, () =>
            as.editor.request<{ id: number }>("POST", `/articles/${en}/entries/${entry}/translation-tasks`, {
              edition: "bn",
            }),
          ),
        );
        assert.deepEqual(sends.map((r) => r.status).sort(), [200, 200, 200, 200, 200, 201]);
        const taskId = sends[0]?.body.id ?? 0;
        const completes = await Promise.all(
          Array.from({ length: 6 }, () =>
            as.author.request("POST", `/articles/${bn}/translation-tasks/${taskId}/entries`, {
              bodyHtml: "<p>ভোটগ্রহণ শেষ।</p>",
            }),
          ),
        );
        assert.deepEqual(completes.map((r) => r.status).sort(), [201, 409, 409, 409, 409, 409]);
        await authorStream.next(taskOf(taskId, "done"), 5000);
        // A marker told after both: anything told twice would have come before it.
        const marker = await as.author.request<{ id: number }>("POST", `/articles/${en}/entries`, {
          bodyHtml: "<p>Marker.</p>",
        });
        await authorStream.next(
          (e) =>
            e.event === "entry" && (JSON.parse(e.data) as { entryId: number }).entryId === marker.body.id,
          5000,
        );
        assert.equal(authorStream.events.filter(taskOf(taskId, "opened")).length, 1);
        assert.equal(authorStream.events.filter(taskOf(taskId, "done")).length, 1);
      } finally {
        await authorStream.close();
      }
    });

    it("tells a contributor nothing of tasks on other people's live blogs", async () => {
      const own = await liveBlog(as.contributor);
      const contributorStream = await openEventStream(as.contributor, "/live");
      try {
        const { bn, entry, en } = await pair();
        const taskId = await send(en, entry);
        await complete(bn, taskId);
        const marker = await as.editor.request<{ id: number }>("POST", `/articles/${own}/entries`, {
          bodyHtml: "<p>On the contributor's own story.</p>",
        });
        assert.equal(marker.status, 201);
        // The stream keeps order: the task's signals, told first, would have come before this one.
        await contributorStream.next(
          (e) =>
            e.event === "entry" && (JSON.parse(e.data) as { entryId: number }).entryId === marker.body.id,
          5000,
        );
        assert.deepEqual(
          contributorStream.events.filter((e) => e.event === "entry-task"),
          [],
          `a contributor heard of task ${taskId} on live blog ${bn}`,
        );
      } finally {
        await contributorStream.close();
      }
    });
  });
}
