import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { createUser } from "../../src/accounts/user.service.ts";
import {
  API,
  type ApiClient,
  anonymous,
  login,
  loginAsEveryRole,
  TEST_PASSWORD,
} from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream } from "../support/event-stream.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Story {
  id: number;
  status: string;
  version: number;
  url: string | null;
  allowedActions: string[];
}
interface Note {
  id: number;
  body: string;
  createdAt: string;
  author: { id: number; name: string } | null;
  mentions: { id: number; name: string }[];
}
interface Notification {
  id: number;
  kind: string;
  readAt: string | null;
  story: { id: number; headline: string };
  actor: { id: number; name: string } | null;
  noteId: number | null;
}
interface Inbox {
  items: Notification[];
  unread: number;
  nextCursor: string | null;
}
interface Problem {
  code: string;
}

const draft = (headline: string) => ({
  edition: "en",
  section: "national",
  headline,
  standfirst: "A standfirst.",
  body: "<p>First paragraph.</p>",
});

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`notes, returns and notifications on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let secondEditor: ApiClient;
    let otherContributor: ApiClient;
    const ids = {} as Record<Role | "secondEditor" | "otherContributor", number>;
    const db = () => server.server.db.kysely;

    async function idOf(client: ApiClient): Promise<number> {
      return (await client.get<{ user: { id: number } }>("/session")).body.user.id;
    }

    async function newUser(email: string, role: Role): Promise<ApiClient> {
      await createUser(
        db(),
        { email, name: `Another ${role}`, role, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
      return login(server.url, email);
    }

    /** A story `writer` created and submitted. */
    async function submitted(writer: ApiClient, headline: string): Promise<Story> {
      const created = await writer.request<Story>("POST", "/articles", draft(headline));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const moved = await writer.request<Story>("POST", `/articles/${created.body.id}/submit`);
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      return moved.body;
    }

    const inbox = async (client: ApiClient, query = "") =>
      (await client.get<Inbox>(`/notifications${query}`)).body;
    const about = (box: Inbox, articleId: number, kind?: string) =>
      box.items.filter((n) => n.story.id === articleId && (kind === undefined || n.kind === kind));

    async function countRows(table: "notifications" | "article_notes", articleId: number, kind?: string) {
      let query = db()
        .selectFrom(table)
        .where("article_id", "=", articleId)
        .select((eb) => eb.fn.countAll<number | string>().as("n"));
      if (kind && table === "notifications") query = query.where("kind" as never, "=", kind as never);
      return Number((await query.executeTakeFirstOrThrow()).n);
    }

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      secondEditor = await newUser("second-editor@newsroom.test", "editor");
      otherContributor = await newUser("other-contributor@newsroom.test", "contributor");
      for (const role of ["contributor", "author", "editor", "admin"] as const)
        ids[role] = await idOf(as[role]);
      ids.secondEditor = await idOf(secondEditor);
      ids.otherContributor = await idOf(otherContributor);
    });
    after(async () => {
      await server?.stop();
    });

    it("returns a submitted story to its writer as a draft with the note, in one write", async () => {
      const story = await submitted(as.contributor, "Returned with a note");
      assert.ok((await as.editor.get<Story>(`/articles/${story.id}`)).body.allowedActions.includes("return"));
      assert.ok(
        !(await as.contributor.get<Story>(`/articles/${story.id}`)).body.allowedActions.includes("return"),
      );
      const revisionsBefore = (await as.editor.get<{ items: unknown[] }>(`/articles/${story.id}/revisions`))
        .body.items.length;

      const returned = await as.editor.request<Story>("POST", `/articles/${story.id}/return`, {
        note: "  The second paragraph needs a source.  ",
      });
      assert.equal(returned.status, 200, JSON.stringify(returned.body));
      assert.equal(returned.body.status, "draft");
      assert.equal(returned.body.version, story.version + 1);
      assert.ok(!returned.body.allowedActions.includes("return"));

      const notes = (await as.contributor.get<{ items: Note[] }>(`/articles/${story.id}/notes`)).body.items;
      assert.equal(notes.length, 1);
      assert.equal(notes[0]?.body, "The second paragraph needs a source.");
      assert.equal(notes[0]?.author?.id, ids.editor);
      const revisions = (
        await as.editor.get<{ items: { summary: string }[] }>(`/articles/${story.id}/revisions`)
      ).body.items;
      assert.equal(revisions.length, revisionsBefore + 1);
      const audits = await db()
        .selectFrom("audit_log")
        .where("action", "=", "article.returned")
        .where("subject_id", "=", String(story.id))
        .select("details")
        .execute();
      assert.equal(audits.length, 1);
      assert.equal((JSON.parse(audits[0]?.details ?? "{}") as { noteId?: number }).noteId, notes[0]?.id);

      const told = about(await inbox(as.contributor), story.id, "returned");
      assert.equal(told.length, 1);
      assert.equal(told[0]?.actor?.id, ids.editor);
      assert.equal(
        about(await inbox(as.editor), story.id, "returned").length,
        0,
        "the editor told of their own return",
      );
      // The writer can work on it again.
      assert.equal(
        (
          await as.contributor.request("PATCH", `/articles/${story.id}`, {
            version: returned.body.version,
            standfirst: "Sourced.",
          })
        ).status,
        200,
      );
    });

    it("tells the bylines linked to accounts of a return, when they may open the story", async () => {
      const byline = async (slug: string, userId: number) => {
        const localizations = [{ edition: "en", name: `Name ${slug}`, title: "T", bio: "B" }];
        assert.equal(
          (await as.editor.request("POST", "/authors", { slug, kind: "staff", localizations })).status,
          204,
        );
        assert.equal((await as.editor.request("PATCH", `/authors/${slug}`, { userId })).status, 204);
      };
      await byline("linked-author", ids.author);
      await byline("linked-contributor", ids.otherContributor);
      const created = await as.editor.request<Story>("POST", "/articles", {
        ...draft("Bylined and returned"),
        authors: ["linked-author", "linked-contributor"],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await as.editor.request("POST", `/articles/${created.body.id}/submit`)).status, 200);
      const returned = await secondEditor.request("POST", `/articles/${created.body.id}/return`, {
        note: "Trim it.",
      });
      assert.equal(returned.status, 200);
      for (const [client, told] of [
        [as.editor, 1],
        [as.author, 1],
        [otherContributor, 0],
        [secondEditor, 0],
      ] as const) {
        assert.equal(about(await inbox(client), created.body.id, "returned").length, told);
      }
    });

    it("refuses a return without a note, or of a story not in review, and changes nothing", async () => {
      const story = await submitted(as.contributor, "Nothing to say");
      for (const note of ["", "   \n "]) {
        const refused = await as.editor.request<Problem>("POST", `/articles/${story.id}/return`, { note });
        assert.equal(refused.status, 422, JSON.stringify(refused.body));
        assert.equal(refused.body.code, "UNPROCESSABLE");
      }
      assert.equal((await as.editor.request("POST", `/articles/${story.id}/return`, {})).status, 400);
      assert.equal(
        (await as.editor.request("POST", `/articles/${story.id}/return`, { note: "x".repeat(4001) })).status,
        400,
      );
      const still = (await as.editor.get<Story>(`/articles/${story.id}`)).body;
      assert.equal(still.status, "in_review");
      assert.equal(still.version, story.version);
      assert.equal(await countRows("article_notes", story.id), 0);
      assert.equal(await countRows("notifications", story.id, "returned"), 0);

      // Refused by role: the writer, and an author on someone else's story.
      assert.equal(
        (await as.contributor.request("POST", `/articles/${story.id}/return`, { note: "No." })).status,
        403,
      );
      assert.equal(
        (await as.author.request("POST", `/articles/${story.id}/return`, { note: "No." })).status,
        403,
      );
      assert.equal(
        (await otherContributor.request("POST", `/articles/${story.id}/return`, { note: "No." })).status,
        404,
      );

      const fresh = await as.contributor.request<Story>("POST", "/articles", draft("Never submitted"));
      const notInReview = await as.editor.request<Problem>("POST", `/articles/${fresh.body.id}/return`, {
        note: "Why?",
      });
      assert.equal(notInReview.status, 409);
      assert.equal(notInReview.body.code, "INVALID_TRANSITION");
      assert.equal(await countRows("article_notes", fresh.body.id), 0);
    });

    it("keeps notes to those who may see the story, oldest first", async () => {
      const story = (await as.contributor.request<Story>("POST", "/articles", draft("Notes between us")))
        .body;
      const first = await as.contributor.request<Note>("POST", `/articles/${story.id}/notes`, {
        body: "First.",
      });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const second = await as.author.request<Note>("POST", `/articles/${story.id}/notes`, {
        body: "Second.",
      });
      assert.equal(second.status, 201);
      const list = (await as.editor.get<{ items: Note[] }>(`/articles/${story.id}/notes`)).body.items;
      assert.deepEqual(
        list.map((n) => [n.body, n.author?.id]),
        [
          ["First.", ids.contributor],
          ["Second.", ids.author],
        ],
      );
      assert.equal((await otherContributor.get(`/articles/${story.id}/notes`)).status, 404);
      assert.equal(
        (await otherContributor.request("POST", `/articles/${story.id}/notes`, { body: "Let me in." }))
          .status,
        404,
      );
      assert.equal((await anonymous(server.url).get(`/articles/${story.id}/notes`)).status, 401);
      assert.equal((await as.editor.get("/articles/999999/notes")).status, 404);
      assert.equal(
        (await as.editor.request("POST", `/articles/${story.id}/notes`, { body: "  " })).status,
        422,
      );
      assert.equal(
        (await as.editor.request("POST", `/articles/${story.id}/notes`, { text: "Hi" })).status,
        400,
      );
      assert.equal(await countRows("article_notes", story.id), 2);
    });

    it("names only people who may see the story, and tells each of them once", async () => {
      const story = (await as.contributor.request<Story>("POST", "/articles", draft("Naming people"))).body;
      const mentionable = (
        await as.contributor.get<{ mentionable: { id: number }[] }>(`/articles/${story.id}/notes`)
      ).body.mentionable.map((u) => u.id);
      assert.ok(mentionable.includes(ids.author) && mentionable.includes(ids.contributor));
      assert.ok(!mentionable.includes(ids.otherContributor));

      for (const mentions of [[ids.otherContributor], [999999], [ids.author, ids.otherContributor]]) {
        const refused = await as.contributor.request<Problem>("POST", `/articles/${story.id}/notes`, {
          body: "Look at this",
          mentions,
        });
        assert.equal(refused.status, 422, JSON.stringify(mentions));
      }
      assert.equal(await countRows("article_notes", story.id), 0);

      const note = await as.contributor.request<Note>("POST", `/articles/${story.id}/notes`, {
        body: "@The author and @The editor: a look?",
        mentions: [ids.author, ids.editor, ids.author, ids.contributor],
      });
      assert.equal(note.status, 201, JSON.stringify(note.body));
      assert.deepEqual(
        note.body.mentions.map((m) => m.id),
        [ids.author, ids.editor, ids.contributor],
      );
      for (const client of [as.author, as.editor]) {
        const told = about(await inbox(client), story.id, "mentioned");
        assert.equal(told.length, 1);
        assert.equal(told[0]?.noteId, note.body.id);
        assert.equal(told[0]?.actor?.id, ids.contributor);
      }
      assert.equal(about(await inbox(as.contributor), story.id).length, 0, "told of their own mention");
    });

    it("tells the desk of a submission and the writer of a publication, never the actor", async () => {
      const story = await submitted(as.contributor, "Desk, have a look");
      for (const client of [as.editor, secondEditor, as.admin]) {
        assert.equal(about(await inbox(client), story.id, "submitted").length, 1);
      }
      assert.equal(about(await inbox(as.author), story.id).length, 0);
      assert.equal(about(await inbox(as.contributor), story.id).length, 0);

      // An editor submitting their own: the other editors are told, not them.
      const own = await submitted(as.editor, "The editor's own");
      assert.equal(about(await inbox(as.editor), own.id).length, 0);
      assert.equal(about(await inbox(secondEditor), own.id, "submitted").length, 1);
      assert.equal((await as.editor.request("POST", `/articles/${own.id}/publish`)).status, 200);
      assert.equal(about(await inbox(as.editor), own.id, "published").length, 0);

      assert.equal((await as.editor.request("POST", `/articles/${story.id}/publish`)).status, 200);
      const published = about(await inbox(as.contributor), story.id, "published");
      assert.equal(published.length, 1);
      assert.equal(published[0]?.actor?.id, ids.editor);
    });

    it("tells the writer once when two editors publish at once", async () => {
      const story = await submitted(as.contributor, "Published by two at once");
      const answers = await Promise.all(
        [as.editor, secondEditor, as.editor, secondEditor].map((client) =>
          client.request("POST", `/articles/${story.id}/publish`),
        ),
      );
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409, 409]);
      assert.equal(await countRows("notifications", story.id, "published"), 1);
      assert.equal(about(await inbox(as.contributor), story.id, "published").length, 1);
    });

    it("never shows a note to readers: pages, feeds, the Content API or search", async () => {
      const marker = "zqxnotemarker";
      const story = await submitted(as.contributor, "A story with a secret note");
      assert.equal(
        (await as.editor.request("POST", `/articles/${story.id}/notes`, { body: `Source: ${marker}` }))
          .status,
        201,
      );
      const published = await as.editor.request<Story>("POST", `/articles/${story.id}/publish`);
      assert.equal(published.status, 200);
      const key = (await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "notes test" }))
        .body.key;
      const url = published.body.url ?? "";
      const publicUrls = [
        url,
        "/en/",
        "/en/feed.xml",
        "/en/feed.json",
        `/api/content/v1/articles/${story.id}?key=${key}`,
        `/api/content/v1/articles?key=${key}`,
      ];
      for (const path of publicUrls) {
        const response = await fetch(new URL(path, server.url));
        const text = await response.text();
        assert.equal(response.status, 200, path);
        // The story itself is on each of them: the note would have been there to find.
        assert.ok(text.includes("A story with a secret note"), `${path} lacks the story`);
        assert.ok(!text.includes(marker), `${path} shows the note`);
      }
      // The search page repeats its query, so what counts is whether the story is found by it.
      const found = async (q: string) =>
        (await (await fetch(new URL(`/en/search?q=${encodeURIComponent(q)}`, server.url))).text()).includes(
          `href="${url}"`,
        );
      assert.ok(await found("secret note"));
      assert.ok(!(await found(marker)), "search finds the story by its note");
    });

    it("deletes a story's notes and notifications with it", async () => {
      const story = await submitted(as.contributor, "Gone soon");
      await as.editor.request("POST", `/articles/${story.id}/notes`, { body: "Hm.", mentions: [ids.author] });
      assert.ok((await countRows("notifications", story.id)) > 0);
      assert.equal((await as.editor.request("DELETE", `/articles/${story.id}`)).status, 204);
      assert.equal(await countRows("article_notes", story.id), 0);
      assert.equal(await countRows("notifications", story.id), 0);
    });

    it("marks one's own notifications read, by id or up to one, and no one else's", async () => {
      for (const headline of ["Unread one", "Unread two", "Unread three"])
        await submitted(otherContributor, headline);
      const box = await inbox(secondEditor, "?limit=2");
      assert.equal(box.items.length, 2);
      assert.ok(box.unread >= 3);
      assert.ok(box.nextCursor);
      const rest = await inbox(secondEditor, `?limit=2&cursor=${box.nextCursor}`);
      assert.ok((rest.items[0]?.id ?? Infinity) < (box.items[1]?.id ?? 0), "the next page is older");

      const newest = box.items[0] as Notification;
      // Someone else's id changes nothing of theirs.
      const foreign = await as.editor.request<{ unread: number }>("POST", "/notifications/read", {
        ids: [newest.id],
      });
      assert.equal(foreign.status, 200);
      assert.equal((await inbox(secondEditor, "?limit=1")).items[0]?.readAt, null);

      const one = await secondEditor.request<{ unread: number }>("POST", "/notifications/read", {
        ids: [newest.id],
      });
      assert.equal(one.body.unread, box.unread - 1);
      assert.ok((await inbox(secondEditor, "?limit=1")).items[0]?.readAt);
      const all = await secondEditor.request<{ unread: number }>("POST", "/notifications/read", {
        upTo: newest.id,
      });
      assert.equal(all.body.unread, 0);
      assert.equal((await inbox(secondEditor)).unread, 0);

      for (const bad of [{}, { ids: [] }, { ids: ["1"] }, { upTo: 0 }, { ids: [1], upTo: 1 }]) {
        assert.equal(
          (await secondEditor.request("POST", "/notifications/read", bad)).status,
          400,
          JSON.stringify(bad),
        );
      }
      assert.equal((await secondEditor.get("/notifications?cursor=abc")).status, 400);
      assert.equal((await anonymous(server.url).get("/notifications")).status, 401);
    });

    it("tells the user's open apps of a new notification, and only theirs", async () => {
      const contributorStream = await openEventStream(as.contributor, "/live");
      const authorStream = await openEventStream(as.author, "/live");
      try {
        const story = await submitted(as.contributor, "Live bell");
        assert.equal(
          (await as.editor.request("POST", `/articles/${story.id}/return`, { note: "Shorter, please." }))
            .status,
          200,
        );
        await contributorStream.next((e) => e.event === "notification", 5000);
        // The contributor's own submission told them nothing before the return did.
        assert.equal(contributorStream.events.filter((e) => e.event === "notification").length, 1);
        assert.equal(authorStream.events.filter((e) => e.event === "notification").length, 0);
      } finally {
        await contributorStream.close();
        await authorStream.close();
      }
    });
  });
}
