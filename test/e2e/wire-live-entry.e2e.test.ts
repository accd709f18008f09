import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { wireSourceById } from "../../src/wire/wire-sources.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { entryRows, newStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Entry {
  id: number;
  articleId: number;
  headline: string | null;
  bodyHtml: string;
  postedBy: { id: number; name: string } | null;
}
interface LiveBlog {
  id: number;
  edition: string;
  headline: string;
  url: string | null;
}

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`posting wire items to live blogs on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let sourceId: number;
    let counter = 0;
    const db = () => server.server.db.kysely;

    /** Ingests one ninjs item and returns its desk id. */
    async function item(fields: Record<string, unknown> = {}): Promise<number> {
      const uri = `urn:live:${++counter}`;
      const bytes = new TextEncoder().encode(
        JSON.stringify({
          uri,
          version: "1",
          headlines: [{ value: `Flood waters rise ${counter}` }],
          bodies: [
            {
              contenttype: "text/html",
              value: `<p onclick="alert(1)">Rivers burst their banks.<script>alert(2)</script></p>`,
            },
          ],
          ...fields,
        }),
      );
      const source = await wireSourceById(db(), sourceId);
      await ingestWireFile(db(), source, { bytes, name: `${uri}.json` }, server.clock());
      const row = await db()
        .selectFrom("wire_items")
        .where("guid", "=", uri)
        .select("id")
        .executeTakeFirstOrThrow();
      return row.id;
    }

    const story = (kind: string, edition = "en") =>
      newStory(as.editor, { kind, edition, headline: `A ${kind} story ${++counter}` });

    const toLive = (client: ApiClient, itemId: number, articleId: unknown) =>
      client.request<Entry & { code?: string }>("POST", `/wire/items/${itemId}/live-entry`, { articleId });

    const entries = (articleId: number) => entryRows(db(), articleId);

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      const created = await as.editor.request<{ id: number }>("POST", "/wire/sources", {
        name: "agency",
        format: "ninjs",
        credit: "Agency Wire",
        edition: "en",
        folder: "drop",
      });
      assert.equal(created.status, 201);
      sourceId = created.body.id;
    });
    after(async () => {
      await server?.stop();
    });

    it("posts the item's headline and cleaned body with the agency's credit, for authors and up", async () => {
      const live = await story("live");
      const posted = await toLive(as.author, await item(), live);
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assert.equal(posted.body.articleId, live);
      assert.match(posted.body.headline ?? "", /^Flood waters rise \d+$/);
      assert.match(posted.body.bodyHtml, /Rivers burst their banks\./);
      assert.match(posted.body.bodyHtml, /<p>— Agency Wire<\/p>/);
      assert.doesNotMatch(posted.body.bodyHtml, /script|onclick/);
      assert.ok(posted.body.postedBy);
      const credited = await toLive(as.editor, await item({ copyrightholder: "Own <Credit>" }), live);
      assert.match(credited.body.bodyHtml, /<p>— Own &lt;Credit&gt;<\/p>/);
      assert.equal((await toLive(as.contributor, await item(), live)).status, 403);
      assert.equal(await entries(live), 2);
    });

    it("refuses withheld, canceled and embargoed items, stories that are not live or have ended, and bad requests", async () => {
      const live = await story("live");
      const later = new Date(server.clock().getTime() + 3_600_000).toISOString();
      const refusals: [number, number, string?][] = [
        [await item({ pubstatus: "withheld" }), 422],
        [await item({ pubstatus: "canceled" }), 422],
        [await item({ embargoed: later }), 422, "EMBARGOED"],
        [await item({ embargoed: "until further notice" }), 422, "EMBARGOED"],
        [999_999, 404],
      ];
      for (const [itemId, status, code] of refusals) {
        const refused = await toLive(as.editor, itemId, live);
        assert.equal(refused.status, status, `${itemId}: ${JSON.stringify(refused.body)}`);
        if (code) assert.equal(refused.body.code, code);
      }
      const usable = await item();
      assert.equal((await toLive(as.editor, usable, await story("news"))).status, 422);
      assert.equal((await toLive(as.editor, usable, 999_999)).status, 404);
      assert.equal((await toLive(as.editor, usable, "1")).status, 400);
      assert.equal(
        (await as.editor.request("POST", `/wire/items/${usable}/live-entry`, { articleId: live, x: 1 }))
          .status,
        400,
      );
      const ended = await story("live");
      assert.equal((await as.editor.request("PUT", `/articles/${ended}/live`, { ended: true })).status, 200);
      const late = await toLive(as.editor, usable, ended);
      assert.equal(late.status, 422);
      assert.equal(await entries(live), 0);
      assert.equal(await entries(ended), 0);
    });

    it("cuts a long headline to the entry's limit at a grapheme boundary", async () => {
      const live = await story("live");
      const long = "নির্বাচনের ফল ঘোষণা ".repeat(20);
      const posted = await toLive(as.editor, await item({ headlines: [{ value: long }] }), live);
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      const headline = posted.body.headline ?? "";
      assert.ok(headline.length <= 200, `${headline.length}`);
      assert.ok(headline.endsWith("…"));
      const kept = headline.slice(0, -1);
      assert.ok(long.startsWith(kept));
      // The cut falls between grapheme clusters: the kept text segments the same as in the whole.
      const whole = [...graphemes.segment(long)].map((s) => s.segment);
      assert.deepEqual(
        [...graphemes.segment(kept)].map((s) => s.segment),
        whole.slice(0, [...graphemes.segment(kept)].length),
      );
    });

    it("lists an edition's live blogs still live for the picker", async () => {
      const open = await story("live");
      const ended = await story("live");
      await as.editor.request("PUT", `/articles/${ended}/live`, { ended: true });
      const news = await story("news");
      const bangla = await story("live", "bn");
      const listed = await as.author.get<{ items: LiveBlog[] }>("/live-blogs?edition=en");
      assert.equal(listed.status, 200);
      const ids = listed.body.items.map((b) => b.id);
      assert.ok(ids.includes(open));
      for (const hidden of [ended, news, bangla]) assert.ok(!ids.includes(hidden), `${hidden} listed`);
      assert.ok(listed.body.items.every((b) => b.edition === "en"));
      assert.equal((await as.contributor.get("/live-blogs?edition=en")).status, 403);
      assert.equal((await as.author.get("/live-blogs")).status, 400);
    });

    it("keeps every entry when several people post wire items at once", async () => {
      const live = await story("live");
      const itemId = await item();
      const posters = [as.author, as.editor, as.admin];
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => toLive(posters[i % 3] as ApiClient, itemId, live)),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        answers.map(() => 201),
      );
      assert.equal(await entries(live), 12);
    });
  });
}
