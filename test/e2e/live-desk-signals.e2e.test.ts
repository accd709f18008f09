import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream, type StreamEvent } from "../support/event-stream.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface EntrySignal {
  articleId: number;
  entryId: number;
  action: string;
  ownerId?: unknown;
}
interface CoverageSignal {
  articleId: number;
  ended: boolean;
  ownerId?: unknown;
}

const liveBlog = (headline: string) => ({
  edition: "en",
  section: "national",
  kind: "live",
  headline,
  standfirst: "A standfirst.",
  body: "<p>The lead.</p>",
});

const entryOf = (entryId: number, action: string) => (e: StreamEvent) =>
  e.event === "entry" &&
  (JSON.parse(e.data) as EntrySignal).entryId === entryId &&
  (JSON.parse(e.data) as EntrySignal).action === action;

const coverageOf = (articleId: number, ended: boolean) => (e: StreamEvent) =>
  e.event === "coverage" &&
  (JSON.parse(e.data) as CoverageSignal).articleId === articleId &&
  (JSON.parse(e.data) as CoverageSignal).ended === ended;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the live desk's signals on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;

    async function create(client: ApiClient, headline: string): Promise<number> {
      const created = await client.request<{ id: number }>("POST", "/articles", liveBlog(headline));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id;
    }

    async function post(client: ApiClient, articleId: number, text: string) {
      const posted = await client.request<{ id: number; version: number }>(
        "POST",
        `/articles/${articleId}/entries`,
        { bodyHtml: `<p>${text}</p>` },
      );
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      return posted.body;
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    it("tells another person's open stream of each entry posted, corrected and removed, by id only", async () => {
      const articleId = await create(as.editor, "Counting night");
      const editorStream = await openEventStream(as.editor, "/live");
      try {
        const entry = await post(as.author, articleId, "Polls close.");
        const heard = JSON.parse(
          (await editorStream.next(entryOf(entry.id, "posted"), 5000)).data,
        ) as EntrySignal;
        assert.deepEqual(heard, { kind: "entry", articleId, entryId: entry.id, action: "posted" });

        const corrected = await as.author.request("PATCH", `/articles/${articleId}/entries/${entry.id}`, {
          version: entry.version,
          bodyHtml: "<p>Polls have closed.</p>",
        });
        assert.equal(corrected.status, 200);
        await editorStream.next(entryOf(entry.id, "edited"), 5000);
        assert.equal(
          (await as.author.request("DELETE", `/articles/${articleId}/entries/${entry.id}`)).status,
          204,
        );
        await editorStream.next(entryOf(entry.id, "deleted"), 5000);
      } finally {
        await editorStream.close();
      }
    });

    it("tells open streams when coverage ends and reopens, and the desk reads the state back", async () => {
      const articleId = await create(as.editor, "Cyclone landfall");
      assert.deepEqual((await as.author.get(`/articles/${articleId}/live`)).body, {
        endedAt: null,
        pinned: null,
      });
      const authorStream = await openEventStream(as.author, "/live");
      try {
        assert.equal(
          (await as.editor.request("PUT", `/articles/${articleId}/live`, { ended: true })).status,
          200,
        );
        const ended = JSON.parse((await authorStream.next(coverageOf(articleId, true), 5000)).data);
        assert.deepEqual(ended, { kind: "coverage", articleId, ended: true });
        const state = (await as.author.get<{ endedAt: string | null }>(`/articles/${articleId}/live`)).body;
        assert.equal(typeof state.endedAt, "string");
        assert.equal(
          (await as.editor.request("PUT", `/articles/${articleId}/live`, { ended: false })).status,
          200,
        );
        await authorStream.next(coverageOf(articleId, false), 5000);
        assert.equal((await as.author.get(`/articles/${articleId}/live`)).body.endedAt, null);
      } finally {
        await authorStream.close();
      }
    });

    it("answers the pinned entry with the coverage, however far down the stream it stands", async () => {
      const articleId = await create(as.editor, "Cricket final");
      const first = await post(as.author, articleId, "Toss won.");
      const pinned = await as.author.request<{ id: number; version: number }>(
        "PATCH",
        `/articles/${articleId}/entries/${first.id}`,
        { version: first.version, pinned: true },
      );
      assert.equal(pinned.status, 200);
      for (const over of ["First over.", "Second over.", "Third over."])
        await post(as.author, articleId, over);
      const page = await as.author.get<{ items: { id: number }[] }>(`/articles/${articleId}/entries?limit=2`);
      assert.ok(!page.body.items.some((e) => e.id === first.id), "the pinned entry is on a later page");
      const live = await as.author.get<{ pinned: { id: number; pinned: boolean } | null }>(
        `/articles/${articleId}/live`,
      );
      assert.equal(live.body.pinned?.id, first.id);
      assert.equal(live.body.pinned?.pinned, true);
      const unpinned = await as.author.request("PATCH", `/articles/${articleId}/entries/${first.id}`, {
        version: pinned.body.version,
        pinned: false,
      });
      assert.equal(unpinned.status, 200);
      assert.equal((await as.author.get(`/articles/${articleId}/live`)).body.pinned, null);
    });

    it("tells a contributor only of entries on their own stories", async () => {
      const others = await create(as.editor, "The editor's live blog");
      const own = await create(as.contributor, "The contributor's live blog");
      const contributorStream = await openEventStream(as.contributor, "/live");
      try {
        const unseen = await post(as.editor, others, "Not for the contributor.");
        assert.equal(
          (await as.editor.request("PUT", `/articles/${others}/live`, { ended: true })).status,
          200,
        );
        const seen = await post(as.editor, own, "On the contributor's own story.");
        // The stream keeps order: signals of the editor's story, told first, would have come before.
        await contributorStream.next(entryOf(seen.id, "posted"), 5000);
        const heard = contributorStream.events
          .filter((e) => e.event === "entry" || e.event === "coverage")
          .map((e) => (JSON.parse(e.data) as { articleId: number }).articleId);
        assert.ok(!heard.includes(others), `a contributor heard of live blog ${others} (entry ${unseen.id})`);
      } finally {
        await contributorStream.close();
      }
    });
  });
}
