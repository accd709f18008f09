import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { followEventStream, type StreamEvent } from "../support/event-stream.ts";
import { newStory, publishedStory as publishedLiveStory } from "../support/live-blogs.ts";
import { startSecondNode, startTestServer, type TestServer } from "../support/test-server.ts";

interface Entry {
  id: number;
  version: number;
}
interface EntryEvent {
  id: number;
  pinned: boolean;
  keyEvent: boolean;
  html: string;
  keyEventHtml: string | null;
  announce: string | null;
}

const WAIT_MS = 5000;
const data = <T>(event: StreamEvent) => JSON.parse(event.data) as T;
const isEntry = (id: number) => (e: StreamEvent) => e.event === "entry" && data<EntryEvent>(e).id === id;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`a live blog's event stream on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const streams: { close(): Promise<void> }[] = [];

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await Promise.all(streams.map((s) => s.close()));
      await server?.stop();
    });

    const publishedStory = (headline: string, kind = "live", edition = "en") =>
      publishedLiveStory(as.editor, { headline, kind, edition });

    async function post(
      articleId: number,
      body: Record<string, unknown>,
      client = as.author,
    ): Promise<Entry> {
      const answer = await client.request<Entry>("POST", `/articles/${articleId}/entries`, body);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      return answer.body;
    }

    /** The change number the page was rendered at, as the reader script reads it. */
    async function pageSeq(path: string): Promise<string> {
      const html = await (await fetch(server.url + path)).text();
      const seq = /data-live-seq="(\d+)"/.exec(html)?.[1];
      assert.ok(seq, "the page names its change number");
      return seq;
    }

    async function follow(path: string, headers: Record<string, string> = {}, base = server.url) {
      const stream = await followEventStream(base + path, headers);
      streams.push(stream);
      return stream;
    }

    it("answers an event stream that proxies neither buffer nor compress, and 404 for other stories", async () => {
      const live = await publishedStory("Polling day, live");
      const stream = await follow(`${live.path}/live`, { "accept-encoding": "gzip, br" });
      assert.equal(stream.status, 200);
      assert.equal(stream.headers.get("content-type"), "text/event-stream; charset=utf-8");
      assert.equal(stream.headers.get("cache-control"), "no-cache, no-transform");
      assert.equal(stream.headers.get("x-accel-buffering"), "no");
      assert.equal(stream.headers.get("content-encoding"), null);
      await stream.close();
      const plain = await publishedStory("An ordinary story", "news");
      assert.equal((await fetch(`${server.url}${plain.path}/live`)).status, 404);
      assert.equal((await fetch(`${server.url}/en/national/no-such-story/live`)).status, 404);
      const draft = await newStory(as.editor, { headline: "Not yet published, live" });
      const drafts = await as.editor.request<{ slug: string }>("GET", `/articles/${draft}`);
      assert.equal((await fetch(`${server.url}/en/national/${drafts.body.slug}/live`)).status, 404);
    });

    it("refuses a resume point that is not a change number, with a clear 400", async () => {
      const live = await publishedStory("Bad resume points, live");
      for (const since of ["abc", "-1", "1e3", "9".repeat(20)]) {
        const answer = await fetch(`${server.url}${live.path}/live?since=${encodeURIComponent(since)}`);
        assert.equal(answer.status, 400, since);
        assert.match(await answer.text(), /change number/);
      }
      const header = await fetch(`${server.url}${live.path}/live`, { headers: { "last-event-id": "x" } });
      assert.equal(header.status, 400);
    });

    it("sends each new, corrected and removed entry, and the end of coverage, as they happen", async () => {
      const live = await publishedStory("Counting night, live");
      const stream = await follow(`${live.path}/live?since=${await pageSeq(live.path)}`);
      const entry = await post(live.id, {
        headline: "First results",
        bodyHtml: "<p>Dhaka-1 declared.</p>",
        keyEvent: true,
      });
      const posted = await stream.next(isEntry(entry.id), WAIT_MS);
      const first = data<EntryEvent>(posted);
      assert.match(first.html, new RegExp(`<article id="entry-${entry.id}"`));
      assert.match(first.html, /Dhaka-1 declared\./);
      assert.match(first.html, /live-entry-byline/);
      assert.match(first.keyEventHtml ?? "", new RegExp(`href="${live.path}#entry-${entry.id}"`));
      assert.equal(first.announce, "New update: First results");
      const corrected = await as.editor.request<Entry>("PATCH", `/articles/${live.id}/entries/${entry.id}`, {
        version: entry.version,
        bodyHtml: "<p>Dhaka-1 declared at 11 pm.</p>",
      });
      assert.equal(corrected.status, 200);
      const edit = data<EntryEvent>(await stream.next(isEntry(entry.id), WAIT_MS));
      assert.match(edit.html, /11 pm/);
      assert.match(edit.html, /Edited /);
      assert.equal(edit.announce, null, "a correction is not announced as new");
      await as.editor.request("DELETE", `/articles/${live.id}/entries/${entry.id}`);
      const removed = await stream.next((e) => e.event === "removed", WAIT_MS);
      assert.equal(data<{ id: number }>(removed).id, entry.id);
      await as.editor.request("PUT", `/articles/${live.id}/live`, { ended: true });
      const coverage = await stream.next((e) => e.event === "coverage", WAIT_MS);
      assert.deepEqual(data(coverage), { ended: true, label: "Ended" });
      const ids = [posted, removed, coverage].map((e) => Number(e.id));
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => a - b),
        "change numbers grow",
      );
    });

    it("resumes after Last-Event-ID with exactly what the reader missed, in order", async () => {
      const live = await publishedStory("Cyclone watch, live");
      const before = await post(live.id, { bodyHtml: "<p>Signal raised.</p>" });
      const stream = await follow(`${live.path}/live?since=${await pageSeq(live.path)}`);
      const seen = await post(live.id, { bodyHtml: "<p>Ferries stopped.</p>" });
      const last = await stream.next(isEntry(seen.id), WAIT_MS);
      await stream.close();
      const missed = [
        await post(live.id, { bodyHtml: "<p>Landfall near Khulna.</p>" }),
        await post(live.id, { bodyHtml: "<p>Winds at 120 km/h.</p>", pinned: true }),
      ];
      await as.editor.request("DELETE", `/articles/${live.id}/entries/${before.id}`);
      const resumed = await follow(`${live.path}/live?since=0`, { "last-event-id": last.id ?? "" });
      const third = await resumed.next((e) => e.event === "removed", WAIT_MS);
      const replay = resumed.events.filter((e) => e.event === "entry" || e.event === "removed");
      assert.deepEqual(
        replay.map((e) => [e.event, data<{ id: number }>(e).id]),
        [
          ["entry", missed[0]?.id],
          ["entry", missed[1]?.id],
          ["removed", before.id],
        ],
      );
      assert.ok(Number(third.id) > Number(last.id));
      const coverage = await resumed.next((e) => e.event === "coverage", WAIT_MS);
      assert.deepEqual(data(coverage), { ended: false, label: "Live" });
    });

    it("asks a reader to reload when too much changed, or its change number is unknown", async () => {
      const live = await publishedStory("Results by the hundred, live");
      const since = await pageSeq(live.path);
      await Promise.all(
        Array.from({ length: 101 }, (_, i) => post(live.id, { bodyHtml: `<p>Seat ${i} declared.</p>` })),
      );
      const behind = await follow(`${live.path}/live?since=${since}`);
      await behind.next((e) => e.event === "reset", WAIT_MS);
      assert.equal(behind.events.filter((e) => e.event === "entry").length, 0);
      const ahead = await follow(`${live.path}/live?since=999999`);
      await ahead.next((e) => e.event === "reset", WAIT_MS);
    });

    it("reads a change once for many readers, each of whom gets it once", async () => {
      const live = await publishedStory("Cricket final, live");
      const since = await pageSeq(live.path);
      const readers = await Promise.all(
        Array.from({ length: 40 }, () => follow(`${live.path}/live?since=${since}`)),
      );
      const entries = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          post(live.id, { bodyHtml: `<p>Over ${i}.</p>` }, i % 2 ? as.editor : as.author),
        ),
      );
      for (const reader of readers) {
        for (const _ of entries) await reader.next((e) => e.event === "entry", WAIT_MS);
        const ids = reader.events.filter((e) => e.event === "entry").map((e) => data<EntryEvent>(e).id);
        assert.equal(ids.length, 5, "no entry twice");
        assert.deepEqual(new Set(ids), new Set(entries.map((e) => e.id)));
      }
    });

    it("writes entries in the Bangla edition's digits and words", async () => {
      const live = await publishedStory("ঘূর্ণিঝড়, সরাসরি", "live", "bn");
      const stream = await follow(`${live.path}/live?since=${await pageSeq(live.path)}`);
      const entry = await post(live.id, { headline: "উপকূলে আঘাত", bodyHtml: "<p>বাতাসের গতি বাড়ছে।</p>" });
      const event = data<EntryEvent>(await stream.next(isEntry(entry.id), WAIT_MS));
      const time = /<time [^>]*>([^<]+)</.exec(event.html)?.[1] ?? "";
      assert.match(time, /[০-৯]/);
      assert.doesNotMatch(time, /[0-9]/);
      assert.equal(event.announce, "নতুন হালনাগাদ: উপকূলে আঘাত");
    });

    if (dialect === "postgres") {
      it("reaches readers on every node: an entry posted through one node streams from the other", async () => {
        const live = await publishedStory("Two nodes, live");
        const second = await startSecondNode(server);
        try {
          const stream = await follow(`${live.path}/live?since=${await pageSeq(live.path)}`, {}, second.url);
          const entry = await post(live.id, { bodyHtml: "<p>Posted on the first node.</p>" });
          const started = Date.now();
          await stream.next(isEntry(entry.id), WAIT_MS);
          assert.ok(Date.now() - started < 1000, "within a second");
          await stream.close();
        } finally {
          await second.stop();
        }
      });
    }
  });
}
