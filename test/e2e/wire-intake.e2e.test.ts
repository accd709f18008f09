import assert from "node:assert/strict";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { wireSourceNamed } from "../../src/wire/wire-sources.ts";
import type { ApiClient } from "../support/api-client.ts";
import { loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { openEventStream } from "../support/event-stream.ts";
import { eventually } from "../support/eventually.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

function ninjs(uri: string, headline: string): string {
  return JSON.stringify({
    uri,
    version: "1",
    headlines: [{ value: headline }],
    bodies: [{ value: "<p>Text.</p>" }],
  });
}

/** The running server polls its sources by itself: a file dropped or a feed served reaches the desk. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire intake in the running server on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let editor: ApiClient;
    let contributor: ApiClient;
    let feed: ReturnType<typeof createServer>;
    let feedUrl = "";
    let served = 0;

    before(async () => {
      feed = createServer((_request, response) => {
        served++;
        response
          .writeHead(200, { "content-type": "application/json", etag: '"only"' })
          // A page of items, as agencies' APIs answer.
          .end(
            `[${ninjs("urn:pulled:1", "Pulled from the agency's feed")},${ninjs("urn:pulled:2", "Second on the page")}]`,
          );
      });
      await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
      feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/items`;
      server = await startTestServer(dialect, { wire: { allowedHosts: ["127.0.0.1"] } });
      ({ editor, contributor } = await loginAsEveryRole(server));
    });
    after(async () => {
      await server?.stop();
      await new Promise((resolve) => feed?.close(resolve));
    });

    const onDesk = (headline: string) =>
      eventually(
        async () => {
          const listed = await editor.get<{ items: { headline: string }[] }>("/wire/items");
          return listed.body.items.some((i) => i.headline === headline) ? true : undefined;
        },
        10_000,
        `"${headline}" on the desk`,
      );

    const addSource = async (fields: Record<string, unknown>) => {
      const body = { format: "ninjs", credit: "Agency", edition: "en", ...fields };
      const added = await editor.request("POST", "/wire/sources", body);
      assert.equal(added.status, 201, JSON.stringify(added.body));
    };

    it("announces each item that comes on the desk's event stream, from the intake and the command line's ingest alike", async () => {
      const stream = await openEventStream(contributor, "/wire/events");
      try {
        assert.equal(stream.status, 200);
        assert.match(String(stream.headers.get("content-type")), /^text\/event-stream/);
        await addSource({ name: "streamed", folder: "streamed" });
        const folder = join(server.config.wire.dropRoot, "streamed");
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, "flash.json"), ninjs("urn:streamed:1", "Flash: cyclone makes landfall"));
        const announced = await stream.next((e) => e.event === "item", 10_000);
        const { outcome, item } = JSON.parse(announced.data) as {
          outcome: string;
          item: { id: number; headline: string };
        };
        assert.deepEqual([outcome, item.headline], ["new", "Flash: cyclone makes landfall"]);
        assert.equal(announced.id, String(item.id));
        // Ingested outside the server (as the command line does): the server's write path still announces it.
        const db = server.server.db.kysely;
        const source = await wireSourceNamed(db, "streamed");
        await ingestWireFile(
          db,
          source,
          { name: "2.json", bytes: new TextEncoder().encode(ninjs("urn:streamed:2", "Second flash")) },
          server.clock(),
        );
        const second = await stream.next((e) => e.event === "item", 5000);
        assert.equal(
          (JSON.parse(second.data) as { item: { headline: string } }).item.headline,
          "Second flash",
        );
      } finally {
        await stream.close();
      }
    });

    it("takes a file renamed into a drop folder onto the desk and files it away", async () => {
      await addSource({ name: "drop", folder: "drop" });
      const folder = join(server.config.wire.dropRoot, "drop");
      mkdirSync(folder, { recursive: true });
      // As an agency delivers: written under a temporary name, then renamed whole.
      writeFileSync(join(folder, "story.json.part"), ninjs("urn:dropped:1", "Dropped into the folder"));
      renameSync(join(folder, "story.json.part"), join(folder, "story.json"));
      await onDesk("Dropped into the folder");
      await eventually(
        () => (existsSync(join(folder, "processed", "story.json")) ? true : undefined),
        5000,
        "the file moved to processed/",
      );
      const sources = await editor.get<{
        items: { name: string; health: { lastSuccessAt: string | null } }[];
      }>("/wire/sources");
      assert.notEqual(sources.body.items.find((s) => s.name === "drop")?.health.lastSuccessAt, null);
    });

    it("pulls a source over HTTP, once per interval, and shows its items", async () => {
      await addSource({ name: "pulled", url: feedUrl, intervalSeconds: 30 });
      await onDesk("Pulled from the agency's feed");
      await onDesk("Second on the page");
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.equal(served, 1, "pulled once, not again before its interval");
    });
  });
}
