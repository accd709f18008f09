import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { addWireSource } from "../../src/wire/wire-sources.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Copy {
  itemId: number;
  status: string;
  seenVersion: number | null;
  currentVersion: number | null;
  updated: boolean;
  changes: { field: string; from: string; to: string; parts: { text: string; change: string }[] }[];
  text: { language: string | null; headline: string; standfirst: string; body: string };
}
interface Alerts {
  items: { story: { id: number; headline: string }; status: string; sourceName: string }[];
}

/** A story keeps track of its agency copy: updates show with a diff, and a kill of live copy alerts editors. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`agency copy of adopted stories on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let source: Awaited<ReturnType<typeof addWireSource>>;

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
      source = await addWireSource(
        server.server.db.kysely,
        { name: "copy-agency", format: "ninjs", credit: "Copy Agency", edition: "en", folder: "copy" },
        server.clock(),
        server.config.wire,
      );
    });
    after(async () => {
      await server?.stop();
    });

    const send = async (uri: string, version: number, fields: Record<string, unknown>) => {
      const bytes = new TextEncoder().encode(JSON.stringify({ uri, version: String(version), ...fields }));
      const db = server.server.db.kysely;
      await ingestWireFile(
        db,
        { ...source, format: "ninjs" },
        { name: `${version}.json`, bytes },
        server.clock(),
      );
    };
    const adopt = async (uri: string) => {
      const items = await as.editor.get<{ items: { id: number; guid: string }[] }>(
        "/wire/items?source=copy-agency",
      );
      const item = items.body.items.find((i) => i.guid === uri);
      const adopted = await as.author.request<{ id: number }>("POST", `/wire/items/${item?.id}/adopt`, {
        section: "national",
      });
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      return adopted.body.id;
    };
    const copyOf = async (id: number) => {
      const answer = await as.contributor.get<Copy>(`/wire/stories/${id}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };

    it("shows a later version as agency copy updated, with a word diff, until it is acknowledged", async () => {
      const text = (n: string) => ({
        headlines: [{ value: `${n} hurt as bus overturns near Jessore` }],
        bodies: [
          { value: `<p>${n} passengers were taken to hospital.</p><p>The road reopened at noon.</p>` },
        ],
      });
      await send("urn:copy:bus", 1, text("Six"));
      const id = await adopt("urn:copy:bus");
      const first = await copyOf(id);
      assert.deepEqual(
        [first.updated, first.seenVersion, first.currentVersion, first.changes],
        [false, 1, 1, []],
      );

      await send("urn:copy:bus", 2, text("Nine"));
      const updated = await copyOf(id);
      assert.deepEqual([updated.updated, updated.seenVersion, updated.currentVersion], [true, 1, 2]);
      assert.deepEqual(
        updated.changes.map((c) => c.field),
        ["headline", "body"],
      );
      const headline = updated.changes[0];
      assert.deepEqual(
        headline?.parts.filter((p) => p.change !== "same"),
        [
          { text: "Six", change: "removed" },
          { text: "Nine", change: "added" },
        ],
      );
      assert.equal(headline?.to, "Nine hurt as bus overturns near Jessore");
      assert.deepEqual(updated.text, {
        language: null,
        headline: "Nine hurt as bus overturns near Jessore",
        standfirst: "",
        body: "Nine passengers were taken to hospital.\nThe road reopened at noon.",
      });

      assert.equal((await as.contributor.request("POST", `/wire/stories/${id}/acknowledge`)).status, 403);
      const seen = await as.author.request<Copy>("POST", `/wire/stories/${id}/acknowledge`);
      assert.deepEqual([seen.body.updated, seen.body.seenVersion, seen.body.changes], [false, 2, []]);
      // The story itself is the desk's: the agency's update changed nothing in it.
      const story = await as.editor.get<{ headline: string }>(`/articles/${id}`);
      assert.equal(story.body.headline, "Six hurt as bus overturns near Jessore");
    });

    it("alerts editors when the agency kills the copy of a published story, until one acknowledges it", async () => {
      const fields = {
        headlines: [{ value: "Minister resigns over port contract" }],
        bodies: [{ value: "<p>The minister resigned on Friday.</p>" }],
      };
      await send("urn:copy:kill", 1, fields);
      await send("urn:copy:draft-kill", 1, { ...fields, headlines: [{ value: "A draft that is killed" }] });
      const live = await adopt("urn:copy:kill");
      const draft = await adopt("urn:copy:draft-kill");
      const published = await as.editor.request("POST", `/articles/${live}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.deepEqual((await as.editor.get<Alerts>("/wire/alerts")).body.items, []);

      await send("urn:copy:kill", 2, { ...fields, pubstatus: "canceled" });
      await send("urn:copy:draft-kill", 2, { ...fields, pubstatus: "canceled" });
      const alerts = (await as.editor.get<Alerts>("/wire/alerts")).body.items;
      assert.deepEqual(
        alerts.map((a) => [a.story.id, a.status, a.sourceName]),
        [[live, "canceled", "copy-agency"]],
        "only the published story raises an alert",
      );
      assert.equal((await as.author.get("/wire/alerts")).status, 403);
      const killed = await copyOf(live);
      assert.equal(killed.status, "canceled");
      assert.deepEqual(
        killed.changes.find((c) => c.field === "status"),
        {
          field: "status",
          from: "usable",
          to: "canceled",
          parts: [
            { text: "usable", change: "removed" },
            { text: "canceled", change: "added" },
          ],
        },
      );
      assert.equal((await copyOf(draft)).status, "canceled");

      await as.editor.request("POST", `/wire/stories/${live}/acknowledge`);
      assert.deepEqual((await as.editor.get<Alerts>("/wire/alerts")).body.items, []);
      assert.equal((await as.editor.get("/wire/stories/999999")).status, 404);
    });
  });
}
