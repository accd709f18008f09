import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { API, type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import {
  correctEntry,
  createStory,
  type PostedEntry,
  postEntry,
  removeEntry,
  setEnded,
} from "../support/live-blog.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const CONTENT = "/api/content/v1";

interface ApiEntry {
  id: number;
  url: string;
  headline: string | null;
  bodyHtml: string;
  author: { name: string } | null;
  keyEvent: boolean;
  pinned: boolean;
  postedAt: string;
  editedAt: string | null;
  updatedAt: string;
}
interface Entries {
  live: boolean;
  endedAt: string | null;
  items: ApiEntry[];
  nextCursor: string | null;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a live blog's entries in the content API on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let key: string;
    const clock = movableClock();
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
      const created = await as.admin.request<{ key: string }>("POST", `${API}/api-keys`, { name: "live" });
      assert.equal(created.status, 201);
      key = created.body.key;
    });
    after(async () => server?.stop());

    async function call<T = Record<string, unknown>>(path: string) {
      const response = await fetch(new URL(CONTENT + path, server.url), {
        headers: { authorization: `Bearer ${key}` },
      });
      return { status: response.status, body: (await response.json()) as T };
    }
    const entriesOf = async (id: number, query = "") => {
      const answer = await call<{ kind: string; entries: Entries | null }>(
        `/articles/${id}?include=entries${query}`,
      );
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.entries;
    };

    async function liveBlogWith(count: number) {
      const story = await createStory(as.editor, server.url, { headline: `Live with ${count}` });
      const posted: PostedEntry[] = [];
      for (let i = 0; i < count; i++) {
        clock.advance(1000);
        posted.push(await postEntry(as.editor, story.id, { bodyHtml: `<p>Update ${i}</p>` }));
      }
      return { story, posted };
    }

    it("pages a live blog's standing entries newest first with a bounded count and a cursor", async () => {
      const { story, posted } = await liveBlogWith(5);
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `&entriesLimit=2${cursor ? `&entriesCursor=${encodeURIComponent(cursor)}` : ""}`;
        const page: Entries | null = await entriesOf(story.id, query);
        assert.ok(page);
        assert.ok(page.items.length <= 2);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      assert.equal(pages, 3);
      assert.deepEqual(seen, posted.map((p) => p.id).reverse());
      const all = await entriesOf(story.id);
      assert.equal(all?.items.length, 5, "20 by default");
      assert.equal(all?.nextCursor, null);
      const newest = all?.items[0];
      assert.equal(newest?.url, `http://dateline.test${story.path}#entry-${posted.at(-1)?.id}`);
      assert.equal(newest?.bodyHtml, "<p>Update 4</p>");
      assert.equal(newest?.author?.name, posted[0]?.postedBy?.name);
      assert.equal(newest?.updatedAt, newest?.postedAt);
    });

    it("shows corrections, leaves removed entries out and tells the coverage's state, fresh after each change", async () => {
      const { story, posted } = await liveBlogWith(3);
      const [oldest, middle] = posted as [PostedEntry, PostedEntry, PostedEntry];
      const before = await entriesOf(story.id);
      assert.equal(before?.live, true);
      assert.equal(before?.endedAt, null);
      clock.advance(60_000);
      const fixed = await correctEntry(as.editor, story.id, oldest, "<p>Update 0, corrected</p>");
      await removeEntry(as.editor, story.id, middle.id);
      const endedAt = await setEnded(as.editor, story.id, true);
      const after = await eventually(
        async () => {
          const now = await entriesOf(story.id);
          return now?.live === false ? now : undefined;
        },
        5000,
        "the coverage's end in a cached answer",
      );
      assert.equal(after.endedAt, endedAt);
      assert.deepEqual(
        after.items.map((e) => e.id),
        [posted[2]?.id, oldest.id],
      );
      const corrected = after.items[1];
      assert.equal(corrected?.editedAt, fixed.editedAt);
      assert.equal(corrected?.updatedAt, fixed.editedAt);
      assert.equal(corrected?.bodyHtml, "<p>Update 0, corrected</p>");
    });

    it("answers entries: null on other stories, 404 on a live blog readers cannot see", async () => {
      const news = await createStory(as.editor, server.url, { headline: "Plain news", kind: "news" });
      const plain = await call<{ entries: unknown }>(`/articles/${news.id}?include=entries`);
      assert.equal(plain.status, 200);
      assert.equal(plain.body.entries, null);
      const without = await call<Record<string, unknown>>(`/articles/${news.id}`);
      assert.equal("entries" in without.body, false, "only when asked for");
      const draft = await createStory(as.editor, server.url, { headline: "Draft live", draft: true });
      await postEntry(as.editor, draft.id, { bodyHtml: "<p>Not yet.</p>" });
      assert.equal((await call(`/articles/${draft.id}?include=entries`)).status, 404);
    });

    it("refuses entries on lists, stray or bad entry cursors and out-of-range counts (400)", async () => {
      const { story } = await liveBlogWith(1);
      const bad = [
        "/articles?include=entries",
        `/articles/${story.id}?entriesCursor=abc`,
        `/articles/${story.id}?include=entries&entriesCursor=not-ours`,
        `/articles/${story.id}?include=entries&entriesLimit=0`,
        `/articles/${story.id}?include=entries&entriesLimit=101`,
        `/articles/${story.id}?include=entries&entriesLimit=two`,
      ];
      for (const path of bad) {
        const answer = await call<{ code: string }>(path);
        assert.equal(answer.status, 400, `${path}: ${JSON.stringify(answer.body)}`);
      }
    });
  });
}
