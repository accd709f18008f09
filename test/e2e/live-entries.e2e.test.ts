import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { entryRows, newStory, publishedStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Entry {
  id: number;
  headline: string | null;
  bodyHtml: string;
  keyEvent: boolean;
  pinned: boolean;
  editedAt: string | null;
  version: number;
  postedBy: { id: number; name: string } | null;
}
interface EntryPage {
  items: Entry[];
  nextCursor: string | null;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`live blog entries on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const db = () => server.server.db.kysely;

    async function create(kind: string, headline = `A ${kind} story`, edition = "en") {
      return { id: await newStory(as.editor, { kind, headline, edition }) };
    }

    async function post(client: ApiClient, articleId: number, body: Record<string, unknown>) {
      return client.request<Entry>("POST", `/articles/${articleId}/entries`, body);
    }

    const rows = (articleId: number) => entryRows(db(), articleId);

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    it("lets authors and up post on a live blog, cleaning hostile bodies, and refuses contributors", async () => {
      const live = await create("live");
      const posted = await post(as.author, live.id, {
        headline: "  Polls close  ",
        bodyHtml: `<p onclick="alert(1)">Counting starts.<script>alert(2)</script></p><img src=x onerror=alert(3)>`,
        keyEvent: true,
      });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.equal(posted.body.headline, "Polls close");
      assert.equal(posted.body.keyEvent, true);
      assert.equal(posted.body.pinned, false);
      assert.equal(posted.body.editedAt, null);
      assert.ok(posted.body.bodyHtml.includes("Counting starts."));
      assert.doesNotMatch(posted.body.bodyHtml, /script|onclick|onerror/);
      assert.ok(posted.body.postedBy);

      assert.equal((await post(as.contributor, live.id, { bodyHtml: "<p>Mine.</p>" })).status, 403);
      assert.equal((await post(as.editor, live.id, { bodyHtml: "<p>Editor.</p>" })).status, 201);
      assert.equal((await post(as.admin, live.id, { bodyHtml: "<p>Admin.</p>" })).status, 201);
      assert.equal(await rows(live.id), 3);
    });

    it("refuses entries on a story that is not a live blog (422), empty bodies (422) and bad shapes (400)", async () => {
      const news = await create("news");
      const refused = await post(as.editor, news.id, { bodyHtml: "<p>Not here.</p>" });
      assert.equal(refused.status, 422, JSON.stringify(refused.body));
      const live = await create("live");
      assert.equal((await post(as.editor, live.id, { bodyHtml: "<script>only</script>" })).status, 422);
      assert.equal((await post(as.editor, live.id, { bodyHtml: 5 })).status, 400);
      assert.equal(
        (await post(as.editor, live.id, { bodyHtml: "<p>x</p>", headline: "h".repeat(201) })).status,
        400,
      );
      assert.equal((await post(as.editor, live.id, { bodyHtml: "<p>x</p>", extra: 1 })).status, 400);
      assert.equal((await post(as.editor, 999_999, { bodyHtml: "<p>x</p>" })).status, 404);
      assert.equal(await rows(live.id), 0);
    });

    it("corrects an entry with an optimistic version and answers 409 to a stale one", async () => {
      const live = await create("live");
      const entry = (await post(as.author, live.id, { bodyHtml: "<p>First take.</p>" })).body;
      const path = `/articles/${live.id}/entries/${entry.id}`;
      const fixed = await as.author.request<Entry>("PATCH", path, {
        version: entry.version,
        bodyHtml: "<p>Corrected take.</p>",
        pinned: true,
      });
      assert.equal(fixed.status, 200, JSON.stringify(fixed.body));
      assert.equal(fixed.body.version, entry.version + 1);
      assert.ok(fixed.body.editedAt);
      assert.equal(fixed.body.pinned, true);
      assert.match(fixed.body.bodyHtml, /Corrected take/);
      const stale = await as.editor.request<{ code: string }>("PATCH", path, {
        version: entry.version,
        headline: "x",
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.code, "VERSION_CONFLICT");
      // Someone else's entry is an editor's to correct, not another author's.
      const editors = (await post(as.editor, live.id, { bodyHtml: "<p>Editor's.</p>", pinned: true })).body;
      const notMine = await as.author.request("PATCH", `/articles/${live.id}/entries/${editors.id}`, {
        version: editors.version,
        headline: "Mine now",
      });
      assert.equal(notMine.status, 403);
      // One pinned entry per story: the editor's pin took it from the author's.
      const items = (await as.editor.get<EntryPage>(`/articles/${live.id}/entries`)).body.items;
      assert.deepEqual(
        items.filter((e) => e.pinned).map((e) => e.id),
        [editors.id],
      );
    });

    it("removes an entry as a tombstone (204), then answers 404 for it", async () => {
      const live = await create("live");
      const entry = (await post(as.author, live.id, { bodyHtml: "<p>Wrong.</p>" })).body;
      const path = `/articles/${live.id}/entries/${entry.id}`;
      assert.equal((await as.author.request("DELETE", path)).status, 204);
      assert.equal((await as.author.request("DELETE", path)).status, 404);
      assert.equal((await as.author.request("PATCH", path, { version: 2, headline: "x" })).status, 404);
      assert.equal((await as.editor.get<EntryPage>(`/articles/${live.id}/entries`)).body.items.length, 0);
      const row = await db()
        .selectFrom("live_entries")
        .select("deleted_at")
        .where("id", "=", entry.id)
        .executeTakeFirstOrThrow();
      assert.ok(row.deleted_at);
    });

    it("pages the desk's list newest first with a cursor", async () => {
      const live = await create("live");
      const posted: number[] = [];
      for (let i = 0; i < 5; i++)
        posted.push((await post(as.editor, live.id, { bodyHtml: `<p>Entry ${i}</p>` })).body.id);
      const first = (await as.editor.get<EntryPage>(`/articles/${live.id}/entries?limit=2`)).body;
      assert.deepEqual(
        first.items.map((e) => e.id),
        [posted[4], posted[3]],
      );
      assert.ok(first.nextCursor);
      const rest = (
        await as.editor.get<EntryPage>(`/articles/${live.id}/entries?limit=10&cursor=${first.nextCursor}`)
      ).body;
      assert.deepEqual(
        rest.items.map((e) => e.id),
        [posted[2], posted[1], posted[0]],
      );
      assert.equal(rest.nextCursor, null);
      assert.equal((await as.editor.get(`/articles/${live.id}/entries?cursor=nonsense`)).status, 400);
      assert.equal((await as.contributor.get(`/articles/${live.id}/entries`)).status, 403);
    });

    it("lets editors end and reopen coverage, and no one below; no entry is posted in between", async () => {
      const live = await create("live");
      assert.equal(
        (await as.author.request("PUT", `/articles/${live.id}/live`, { ended: true })).status,
        403,
      );
      const ended = await as.editor.request<{ endedAt: string | null }>("PUT", `/articles/${live.id}/live`, {
        ended: true,
      });
      assert.equal(ended.status, 200);
      assert.ok(ended.body.endedAt);
      const late = await post(as.editor, live.id, { bodyHtml: "<p>After the end.</p>" });
      assert.equal(late.status, 422, "no entry after coverage ended");
      assert.equal(await rows(live.id), 0);
      const reopened = await as.editor.request<{ endedAt: string | null }>(
        "PUT",
        `/articles/${live.id}/live`,
        {
          ended: false,
        },
      );
      assert.equal(reopened.body.endedAt, null);
      assert.equal((await post(as.editor, live.id, { bodyHtml: "<p>Reopened.</p>" })).status, 201);
      const news = await create("news");
      assert.equal(
        (await as.editor.request("PUT", `/articles/${news.id}/live`, { ended: true })).status,
        422,
      );
    });

    it("keeps every entry when editors post at once", async () => {
      const live = await create("live");
      const posters = [as.editor, as.admin, as.author];
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          post(posters[i % posters.length] as ApiClient, live.id, { bodyHtml: `<p>Simultaneous ${i}</p>` }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        answers.map(() => 201),
      );
      assert.equal(new Set(answers.map((a) => a.body.id)).size, 24);
      assert.equal(await rows(live.id), 24);
    });
    const publishedLiveBlog = (headline: string, edition = "en") =>
      publishedStory(as.editor, { headline, edition });

    async function page(path: string) {
      const response = await fetch(server.url + path);
      return { status: response.status, cache: response.headers.get("x-cache"), html: await response.text() };
    }

    /** The ids of the entries a page shows, in its order. */
    const shownEntries = (html: string) =>
      [...html.matchAll(/<article id="entry-(\d+)"/g)].map((m) => Number(m[1]));

    it("shows a live blog without entries: its standfirst, lead and the Live label", async () => {
      const live = await publishedLiveBlog("Election night, live");
      const { status, html } = await page(live.path);
      assert.equal(status, 200);
      assert.match(html, /Every update as it comes\./);
      assert.match(html, /The lead of the story\./);
      assert.match(html, /class="live-label"[^>]*>Live</);
      assert.deepEqual(shownEntries(html), []);
      assert.match(html, /<nav class="live-key-events"[^>]* hidden>/, "no key events yet");
      assert.match(html, /<div class="live-pinned" hidden>/, "nothing pinned yet");
    });

    it("shows key events, the pinned entry above the stream, newest first, corrections, and no removed entries", async () => {
      const live = await publishedLiveBlog("Cyclone landfall, live");
      const send = (body: Record<string, unknown>) => post(as.editor, live.id, body).then((r) => r.body);
      const first = await send({ bodyHtml: "<p>Warning raised.</p>", keyEvent: true, headline: "Signal 10" });
      const pinned = await send({ bodyHtml: "<p>Shelters are open.</p>", pinned: true });
      const removed = await send({ bodyHtml: "<p>A wrong report.</p>" });
      const hostile = await send({
        bodyHtml: `<p>Landfall.<img src=x onerror="alert(1)"><script>alert(2)</script></p>`,
      });
      await as.editor.request("PATCH", `/articles/${live.id}/entries/${first.id}`, {
        version: first.version,
        bodyHtml: "<p>Warning raised at noon.</p>",
      });
      await as.editor.request("DELETE", `/articles/${live.id}/entries/${removed.id}`);
      const { html } = await page(live.path);
      assert.deepEqual(shownEntries(html), [pinned.id, hostile.id, first.id]);
      assert.ok(html.indexOf('class="live-pinned"') < html.indexOf('class="live-stream"'));
      assert.match(html, new RegExp(`<a href="${live.path}#entry-${first.id}">`));
      assert.match(html, /Signal 10/);
      assert.match(html, /Warning raised at noon\./);
      assert.match(html, /Edited /);
      assert.doesNotMatch(html, /A wrong report/);
      assert.doesNotMatch(html, /onerror|<script>alert/);
    });

    it("pages the stream 20 entries a page with ?page=2, and answers 404 past the last page", async () => {
      const live = await publishedLiveBlog("Cricket final, live");
      // The key event comes first, so it is among the oldest: its summary link names page 2.
      const ids = [
        (await post(as.editor, live.id, { bodyHtml: "<p>The toss.</p>", keyEvent: true })).body.id,
      ];
      for (let i = 0; i < 23; i++)
        ids.push((await post(as.editor, live.id, { bodyHtml: `<p>Over ${i}</p>` })).body.id);
      const first = await page(live.path);
      assert.deepEqual(shownEntries(first.html).length, 20);
      assert.match(first.html, new RegExp(`href="${live.path}\\?page=2" rel="next"`));
      assert.match(first.html, new RegExp(`href="${live.path}\\?page=2#entry-${ids[0]}"`));
      const second = await page(`${live.path}?page=2`);
      assert.equal(second.status, 200);
      assert.deepEqual(shownEntries(second.html), [ids[3], ids[2], ids[1], ids[0]]);
      assert.match(second.html, /rel="prev"/);
      assert.equal((await page(`${live.path}?page=3`)).status, 404);
    });

    it("labels ended coverage, and drops the cached page on each new entry", async () => {
      const live = await publishedLiveBlog("Budget day, live");
      await page(live.path);
      assert.equal((await page(live.path)).cache, "hit");
      const entry = (await post(as.author, live.id, { bodyHtml: "<p>The budget is tabled.</p>" })).body;
      await eventually(
        async () => (shownEntries((await page(live.path)).html).includes(entry.id) ? true : undefined),
        5000,
        "the new entry on the cached page",
      );
      await as.editor.request("PUT", `/articles/${live.id}/live`, { ended: true });
      await eventually(
        async () =>
          /class="live-label live-ended"[^>]*>Ended</.test((await page(live.path)).html) ? true : undefined,
        5000,
        "the Ended label",
      );
    });

    it("shows entry times in the Bangla edition's digits", async () => {
      const live = await publishedLiveBlog("নির্বাচন, সরাসরি", "bn");
      await post(as.editor, live.id, { bodyHtml: "<p>ভোট গণনা শুরু।</p>" });
      const { html } = await page(live.path);
      const time = /<p class="live-entry-time"><time [^>]*>([^<]+)</.exec(html)?.[1] ?? "";
      assert.match(time, /[০-৯]/);
      assert.doesNotMatch(time, /[0-9]/);
    });
  });
}
