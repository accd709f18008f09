import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { PRESENCE_TTL_MS } from "../../src/newsroom/presence/presence.queries.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream, type StreamEvent } from "../support/event-stream.ts";
import { movableClock, pinnedClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Person {
  userId: number;
  name: string;
  typing: boolean;
  openedAt: string;
}
interface People {
  people: Person[];
}
interface AllPresence {
  items: { articleId: number; people: Person[] }[];
}

const draft = (headline: string) => ({
  edition: "en",
  section: "national",
  headline,
  standfirst: "A standfirst.",
  body: "<p>First paragraph.</p>",
});

const presenceOf = (id: number) => (e: StreamEvent) =>
  e.event === "presence" && (JSON.parse(e.data) as { articleId: number }).articleId === id;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`story presence on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const clock = movableClock(pinnedClock("2026-12-04T12:00:00+06:00"));
    const ids: Partial<Record<Role, number>> = {};

    const story = async (client: ApiClient, headline: string) => {
      const created = await client.request<{ id: number }>("POST", "/articles", draft(headline));
      assert.equal(created.status, 201);
      return created.body.id;
    };
    const beat = (client: ApiClient, id: number, typing = false) =>
      client.request<People>("PUT", `/articles/${id}/presence`, { typing });

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
      for (const role of ["contributor", "author", "editor", "admin"] as const)
        ids[role] = (await as[role].get<{ user: { id: number } }>("/session")).body.user.id;
    });
    after(async () => {
      await server?.stop();
    });

    it("shows who has a story open and who is typing, and forgets who left", async () => {
      const id = await story(as.author, "Two at once");
      const first = await beat(as.author, id);
      assert.equal(first.status, 200);
      assert.deepEqual(
        first.body.people.map((p) => [p.userId, p.name, p.typing]),
        [[ids.author, "The author", false]],
      );
      clock.advance(1000);
      assert.equal((await beat(as.editor, id, true)).status, 200);
      const both = await as.author.get<People>(`/articles/${id}/presence`);
      assert.equal(both.status, 200);
      assert.deepEqual(
        both.body.people.map((p) => [p.userId, p.typing]),
        [
          [ids.author, false],
          [ids.editor, true],
        ],
      );
      const all = await as.admin.get<AllPresence>("/presence");
      assert.deepEqual(
        all.body.items.find((s) => s.articleId === id)?.people.map((p) => p.userId),
        [ids.author, ids.editor],
      );

      assert.equal((await as.editor.request("DELETE", `/articles/${id}/presence`)).status, 204);
      const left = await as.author.get<People>(`/articles/${id}/presence`);
      assert.deepEqual(
        left.body.people.map((p) => p.userId),
        [ids.author],
      );
      await as.author.request("DELETE", `/articles/${id}/presence`);
    });

    it("counts a heartbeat older than the expiry as gone, by the server's clock, and tells of it", async () => {
      const id = await story(as.editor, "Closed tab");
      await beat(as.author, id, true);
      const stream = await openEventStream(as.editor, "/live");
      try {
        clock.advance(PRESENCE_TTL_MS - 1000);
        assert.equal((await as.editor.get<People>(`/articles/${id}/presence`)).body.people.length, 1);
        clock.advance(2000);
        const after = await as.editor.get<People>(`/articles/${id}/presence`);
        assert.deepEqual(after.body.people, []);
        await stream.next(presenceOf(id), 5000);
        assert.ok(
          !(await as.editor.get<AllPresence>("/presence")).body.items.some((s) => s.articleId === id),
          "an expired visit is still listed",
        );
        // Coming back after expiring is a new visit: opened now, and told again.
        const cameBack = clock().toISOString();
        const back = await beat(as.author, id);
        assert.ok(
          (back.body.people[0]?.openedAt ?? "") >= cameBack,
          "a visit after expiry keeps its first opening",
        );
        await stream.next(presenceOf(id), 5000);
      } finally {
        await stream.close();
      }
    });

    it("tells other people's streams when someone comes, starts or stops typing or leaves, not on every heartbeat", async () => {
      const id = await story(as.contributor, "Watched");
      const stream = await openEventStream(as.contributor, "/live");
      try {
        const heard = () => stream.events.filter(presenceOf(id)).length;
        // Told after what came before it, so once it is heard, anything told before has been too.
        const sentinel = await story(as.contributor, "Sentinel");
        const afterSentinel = async () => {
          clock.advance(1000);
          await beat(
            as.editor,
            sentinel,
            !(await as.editor.get<People>(`/articles/${sentinel}/presence`)).body.people[0]?.typing,
          );
          await stream.next(presenceOf(sentinel), 5000);
        };
        await beat(as.editor, id);
        await stream.next(presenceOf(id), 5000);
        assert.deepEqual(JSON.parse(stream.events.filter(presenceOf(id))[0]?.data ?? "{}"), {
          kind: "presence",
          articleId: id,
        });
        clock.advance(15_000);
        await beat(as.editor, id);
        await afterSentinel();
        assert.equal(heard(), 1, "a plain heartbeat was told");
        await beat(as.editor, id, true);
        await stream.next(presenceOf(id), 5000);
        clock.advance(15_000);
        await beat(as.editor, id, true);
        await afterSentinel();
        assert.equal(heard(), 2, "a heartbeat still typing was told");
        await beat(as.editor, id, false);
        await stream.next(presenceOf(id), 5000);
        assert.equal((await as.editor.request("DELETE", `/articles/${id}/presence`)).status, 204);
        await stream.next(presenceOf(id), 5000);
        await afterSentinel();
        assert.equal(heard(), 4);
      } finally {
        await stream.close();
      }
    });

    it("lets a contributor see and be seen only on their own stories (404 otherwise)", async () => {
      const others = await story(as.editor, "Not theirs");
      const own = await story(as.contributor, "Theirs");
      await beat(as.editor, others, true);
      await beat(as.editor, own);
      const stream = await openEventStream(as.contributor, "/live");
      try {
        for (const [method, body] of [
          ["GET", undefined],
          ["PUT", { typing: false }],
          ["DELETE", undefined],
        ] as const) {
          const refused = await as.contributor.request(method, `/articles/${others}/presence`, body);
          assert.equal(refused.status, 404, `${method} on another's story`);
        }
        const listed = (await as.contributor.get<AllPresence>("/presence")).body.items.map(
          (s) => s.articleId,
        );
        assert.ok(listed.includes(own));
        assert.ok(!listed.includes(others), "a contributor sees who edits another's story");
        clock.advance(1000);
        await beat(as.editor, others, false);
        await beat(as.editor, own, true);
        await stream.next(presenceOf(own), 5000);
        assert.ok(!stream.events.some(presenceOf(others)), "a contributor heard of another's story");
      } finally {
        await stream.close();
      }
    });

    it("refuses bad heartbeats and missing stories, changing nothing", async () => {
      const id = await story(as.author, "Strict");
      for (const body of [{}, { typing: "yes" }, { typing: true, extra: 1 }]) {
        const bad = await as.author.request("PUT", `/articles/${id}/presence`, body);
        assert.equal(bad.status, 400, JSON.stringify(body));
        assert.match(bad.headers.get("content-type") ?? "", /problem\+json/);
      }
      assert.deepEqual((await as.author.get<People>(`/articles/${id}/presence`)).body.people, []);
      assert.equal((await beat(as.author, 999_999)).status, 404);
      assert.equal(
        (await as.author.request("PUT", `/articles/${id}/presence`, { typing: true }, { csrf: false }))
          .status,
        403,
      );
      const deleted = await story(as.editor, "Soon gone");
      await beat(as.author, deleted);
      assert.equal((await as.editor.request("DELETE", `/articles/${deleted}`)).status, 204);
      const rows = await server.server.db.kysely
        .selectFrom("article_presence")
        .where("article_id", "=", deleted)
        .select("user_id")
        .execute();
      assert.deepEqual(rows, [], "a deleted story keeps its presence");
    });

    it("keeps one row per person and story when heartbeats race", async () => {
      const id = await story(as.editor, "Raced");
      const beats = [];
      for (let i = 0; i < 12; i++)
        for (const role of ["author", "editor", "admin"] as const)
          beats.push(beat(as[role], id, i % 2 === 0));
      for (const answer of await Promise.all(beats)) assert.equal(answer.status, 200);
      const rows = await server.server.db.kysely
        .selectFrom("article_presence")
        .where("article_id", "=", id)
        .select(["user_id"])
        .orderBy("user_id")
        .execute();
      assert.deepEqual(
        rows.map((r) => r.user_id),
        [ids.author, ids.editor, ids.admin].sort((a, b) => (a ?? 0) - (b ?? 0)),
      );
    });
  });
}
