import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream, type StreamEvent } from "../support/event-stream.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface StorySignal {
  articleId: number;
  edition: string;
  status: string;
  version: number;
  byUserId: number | null;
  ownerId?: unknown;
}

const draft = (headline: string) => ({
  edition: "en",
  section: "national",
  headline,
  standfirst: "A standfirst.",
  body: "<p>First paragraph.</p>",
});

async function idOf(client: ApiClient): Promise<number> {
  return (await client.get<{ user: { id: number } }>("/session")).body.user.id;
}

const storyOf = (id: number, status: string) => (e: StreamEvent) =>
  e.event === "story" &&
  (JSON.parse(e.data) as StorySignal).articleId === id &&
  (JSON.parse(e.data) as StorySignal).status === status;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom live stream on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    it("tells editors of every story write, as it commits, and never who owns the story", async () => {
      const editorStream = await openEventStream(as.editor, "/live");
      try {
        assert.equal(editorStream.status, 200);
        assert.match(editorStream.headers.get("content-type") ?? "", /^text\/event-stream/);
        const created = await as.contributor.request<{ id: number }>("POST", "/articles", draft("Live one"));
        assert.equal(created.status, 201);
        const id = created.body.id;
        const made = JSON.parse((await editorStream.next(storyOf(id, "draft"), 5000)).data) as StorySignal;
        assert.equal(made.version, 1);
        assert.equal(made.edition, "en");
        assert.equal(made.byUserId, await idOf(as.contributor));
        assert.equal(made.ownerId, undefined);

        assert.equal(
          (await as.contributor.request("PATCH", `/articles/${id}`, { version: 1, standfirst: "New." }))
            .status,
          200,
        );
        const saved = JSON.parse((await editorStream.next(storyOf(id, "draft"), 5000)).data) as StorySignal;
        assert.equal(saved.version, 2);

        assert.equal((await as.contributor.request("POST", `/articles/${id}/submit`)).status, 200);
        await editorStream.next(storyOf(id, "in_review"), 5000);
        assert.equal((await as.editor.request("DELETE", `/articles/${id}`)).status, 204);
        const gone = JSON.parse((await editorStream.next(storyOf(id, "deleted"), 5000)).data) as StorySignal;
        assert.equal(gone.byUserId, await idOf(as.editor));
      } finally {
        await editorStream.close();
      }
    });

    it("tells a contributor only of their own stories", async () => {
      const contributorStream = await openEventStream(as.contributor, "/live");
      try {
        const others = await as.editor.request<{ id: number }>(
          "POST",
          "/articles",
          draft("The editor's own"),
        );
        const own = await as.contributor.request<{ id: number }>(
          "POST",
          "/articles",
          draft("The contributor's"),
        );
        // The stream keeps order: the editor's story, written first, would have come before this one.
        await contributorStream.next(storyOf(own.body.id, "draft"), 5000);
        const heard = contributorStream.events
          .filter((e) => e.event === "story")
          .map((e) => (JSON.parse(e.data) as StorySignal).articleId);
        assert.ok(!heard.includes(others.body.id), `a contributor heard of story ${others.body.id}`);
      } finally {
        await contributorStream.close();
      }
    });

    it("refuses anyone signed out", async () => {
      const response = await fetch(new URL("/api/admin/v1/live", server.url));
      assert.equal(response.status, 401);
      await response.body?.cancel();
    });
  });
}
