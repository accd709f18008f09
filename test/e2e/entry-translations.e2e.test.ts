import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ExpressionBuilder } from "kysely";
import type { Role } from "../../src/accounts/roles.ts";
import type { Database } from "../../src/db/database.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { newStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Task {
  id: number;
  status: string;
  edition: string;
  sourceArticleId: number;
  targetArticleId: number;
  requestedBy: { id: number; name: string } | null;
  source: { edition: string; entryId: number; headline: string | null; bodyHtml: string };
}
interface Entry {
  id: number;
  articleId: number;
  bodyHtml: string;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`entry translation tasks on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let counter = 0;
    const db = () => server.server.db.kysely;

    const story = (kind: string, edition = "en") =>
      newStory(as.editor, { kind, edition, headline: `A ${kind} story ${++counter}` });

    /** An English live blog with a Bangla translation, and an entry on the English one. */
    async function pair(): Promise<{ en: number; bn: number; entry: number }> {
      const en = await story("live");
      const bn = await as.editor.request<{ id: number }>("POST", `/articles/${en}/translations`, {
        edition: "bn",
      });
      assert.equal(bn.status, 201, JSON.stringify(bn.body));
      const entry = await as.author.request<Entry>("POST", `/articles/${en}/entries`, {
        headline: "Polls close",
        bodyHtml: "<p>Counting starts in 300 centres.</p>",
      });
      assert.equal(entry.status, 201);
      return { en, bn: bn.body.id, entry: entry.body.id };
    }

    const send = (client: ApiClient, articleId: number, entryId: number, edition: unknown = "bn") =>
      client.request<Task & { code?: string }>(
        "POST",
        `/articles/${articleId}/entries/${entryId}/translation-tasks`,
        { edition },
      );
    const complete = (client: ApiClient, articleId: number, taskId: number, bodyHtml: string) =>
      client.request<Entry & { code?: string }>(
        "POST",
        `/articles/${articleId}/translation-tasks/${taskId}/entries`,
        { headline: "ভোটগ্রহণ শেষ", bodyHtml },
      );
    const openTasks = async (articleId: number) =>
      (await as.author.get<{ items: Task[] }>(`/articles/${articleId}/translation-tasks`)).body.items;

    /** Rows counted: tasks of an entry or for a target story, entries on a story. */
    async function count(what: "tasks of entry" | "tasks for story" | "entries on story", id: number) {
      const n = (eb: ExpressionBuilder<Database, keyof Database>) =>
        eb.fn.countAll<number | string>().as("n");
      const counted =
        what === "entries on story"
          ? await db()
              .selectFrom("live_entries")
              .where("article_id", "=", id)
              .select(n)
              .executeTakeFirstOrThrow()
          : await db()
              .selectFrom("live_entry_tasks")
              .where(what === "tasks of entry" ? "entry_id" : "target_article_id", "=", id)
              .select(n)
              .executeTakeFirstOrThrow();
      return Number(counted.n);
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    it("sends an entry to the other edition's live blog once, lists it there with its text, and records an event", async () => {
      const { en, bn, entry } = await pair();
      const sent = await send(as.author, en, entry);
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(sent.body.targetArticleId, bn);
      assert.equal(sent.body.sourceArticleId, en);
      assert.equal(sent.body.status, "open");
      assert.ok(sent.body.requestedBy);
      const again = await send(as.editor, en, entry);
      assert.equal(again.status, 200);
      assert.equal(again.body.id, sent.body.id);
      assert.equal(await count("tasks of entry", entry), 1);
      const listed = await openTasks(bn);
      assert.deepEqual(
        listed.map((t) => t.id),
        [sent.body.id],
      );
      assert.equal(listed[0]?.source.headline, "Polls close");
      assert.equal(listed[0]?.source.edition, "en");
      assert.match(listed[0]?.source.bodyHtml ?? "", /Counting starts in 300 centres\./);
      assert.deepEqual(await openTasks(en), []);
      const events = await db()
        .selectFrom("outbox")
        .where("type", "=", "live.translation-task")
        .select("payload")
        .execute();
      const opened = events.map((e) => JSON.parse(e.payload)).filter((e) => e.taskId === sent.body.id);
      assert.deepEqual(
        opened.map((e) => [e.action, e.articleId, e.edition]),
        [["opened", bn, "bn"]],
      );
    });

    it("refuses stories without a live translation in that edition (422), and bad requests", async () => {
      const { en, bn, entry } = await pair();
      const same = await send(as.editor, en, entry, "en");
      assert.equal(same.status, 422);
      const alone = await story("live");
      const lonely = await as.editor.request<Entry>("POST", `/articles/${alone}/entries`, {
        bodyHtml: "<p>x</p>",
      });
      assert.equal((await send(as.editor, alone, lonely.body.id)).status, 422);
      assert.equal((await send(as.editor, en, entry, "fr")).status, 400);
      assert.equal((await send(as.editor, en, entry, 5)).status, 400);
      assert.equal((await send(as.editor, en, 999_999)).status, 404);
      assert.equal((await send(as.editor, bn, entry, "en")).status, 404);
      assert.equal((await send(as.contributor, en, entry)).status, 403);
      // The translation's coverage has ended: nobody is there to translate.
      assert.equal((await as.editor.request("PUT", `/articles/${bn}/live`, { ended: true })).status, 200);
      const ended = await send(as.editor, en, entry);
      assert.equal(ended.status, 422);
      const news = await story("news");
      const newsBn = await as.editor.request<{ id: number }>("POST", `/articles/${news}/translations`, {
        edition: "bn",
      });
      assert.equal(newsBn.status, 201);
      assert.equal(await count("tasks of entry", entry), 0);
      assert.equal(await count("tasks for story", newsBn.body.id), 0);
    });

    it("completes a task by posting the translated entry, once", async () => {
      const { en, bn, entry } = await pair();
      const task = (await send(as.author, en, entry)).body;
      const done = await complete(as.author, bn, task.id, "<p>৩০০ কেন্দ্রে গণনা শুরু।<script>x</script></p>");
      assert.equal(done.status, 201, JSON.stringify(done.body));
      assert.equal(done.body.articleId, bn);
      assert.doesNotMatch(done.body.bodyHtml, /script/);
      assert.deepEqual(await openTasks(bn), []);
      const row = await db()
        .selectFrom("live_entry_tasks")
        .select(["status", "done_entry_id", "done_by", "done_at"])
        .where("id", "=", task.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, "done");
      assert.equal(row.done_entry_id, done.body.id);
      assert.ok(row.done_by && row.done_at);
      const twice = await complete(as.editor, bn, task.id, "<p>আবার</p>");
      assert.equal(twice.status, 409);
      assert.equal(await count("entries on story", bn), 1);
      // Another story's task, an empty body, a contributor: refused, and nothing written.
      const other = await pair();
      const open = (await send(as.author, other.en, other.entry)).body;
      assert.equal((await complete(as.author, bn, open.id, "<p>x</p>")).status, 404);
      assert.equal((await complete(as.author, other.bn, open.id, "<script>only</script>")).status, 422);
      assert.equal((await complete(as.contributor, other.bn, open.id, "<p>x</p>")).status, 403);
      assert.equal(await count("entries on story", other.bn), 0);
      assert.deepEqual(
        (await openTasks(other.bn)).map((t) => t.id),
        [open.id],
      );
    });

    it("keeps one task when many ask at once, and lets one of many translators complete it", async () => {
      const { en, bn, entry } = await pair();
      const askers = [as.author, as.editor, as.admin];
      const asked = await Promise.all(
        Array.from({ length: 12 }, (_, i) => send(askers[i % 3] as ApiClient, en, entry)),
      );
      assert.deepEqual(asked.map((a) => a.status).sort(), [201, ...Array(11).fill(200)].sort());
      assert.equal(new Set(asked.map((a) => a.body.id)).size, 1);
      assert.equal(await count("tasks of entry", entry), 1);
      const taskId = asked[0]?.body.id as number;
      const translators = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          complete(askers[i % 3] as ApiClient, bn, taskId, `<p>অনুবাদ ${i}</p>`),
        ),
      );
      assert.deepEqual(translators.map((t) => t.status).sort(), [201, 409, 409, 409, 409, 409]);
      assert.equal(await count("entries on story", bn), 1);
      const winner = translators.find((t) => t.status === 201)?.body.id;
      const row = await db()
        .selectFrom("live_entry_tasks")
        .select("done_entry_id")
        .where("id", "=", taskId)
        .executeTakeFirstOrThrow();
      assert.equal(row.done_entry_id, winner);
    });
  });
}
