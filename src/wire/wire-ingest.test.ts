import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import type { Db } from "../db/create-db.ts";
import { ingestWireFile, MAX_WIRE_FILE_BYTES, supersedes } from "./wire-ingest.ts";
import { emptyWireItem, type WireItem } from "./wire-item.ts";
import { addWireSource, wireSourceNamed } from "./wire-sources.ts";

const NOW = new Date("2026-12-04T06:00:00.000Z");
const INTAKE = { dropRoot: "/srv/wire-drop", allowedHosts: [] };

/** A ninjs 2.2 text item of the agency's; each version changes the body. */
function ninjs(version: number, overrides: Record<string, unknown> = {}): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      uri: "urn:agency:2026:flood-relief",
      version: String(version),
      type: "text",
      versioncreated: `2026-12-04T05:${String(version).padStart(2, "0")}:00Z`,
      urgency: 3,
      pubstatus: "usable",
      headlines: [{ role: "main", value: "Relief boats reach char villages" }],
      bodies: [{ role: "main", contenttype: "text/html", value: `<p>Version ${version} of the story.</p>` }],
      ...overrides,
    }),
  );
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire ingest (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    let db: Db;
    let source: Awaited<ReturnType<typeof wireSourceNamed>>;

    before(async () => {
      db = test.db;
      await addWireSource(
        db.kysely,
        { name: "agency", format: "ninjs", credit: "Agency", edition: "en", folder: "drop" },
        NOW,
        INTAKE,
      );
      source = await wireSourceNamed(db.kysely, "agency");
    });
    beforeEach(async () => {
      await db.kysely.deleteFrom("wire_item_versions").execute();
      await db.kysely.deleteFrom("wire_items").execute();
      await db.kysely.deleteFrom("wire_files").execute();
      await db.kysely.deleteFrom("outbox").execute();
    });

    const ingest = (bytes: Uint8Array, name = "item.json") =>
      ingestWireFile(db.kysely, source, { bytes, name }, NOW);
    const items = () => db.kysely.selectFrom("wire_items").selectAll().execute();
    const count = async (table: "wire_items" | "wire_item_versions" | "wire_files") =>
      Number(
        (
          await db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("stores a new item, ignores a repeat, takes a newer version and keeps its history", async () => {
      assert.deepEqual((await ingest(ninjs(1))).outcomes, ["new"]);
      assert.deepEqual((await ingest(ninjs(1))).outcomes, ["unchanged"]);
      assert.deepEqual((await ingest(ninjs(2))).outcomes, ["updated"]);
      const [item] = await items();
      assert.equal(item?.version, 2);
      assert.equal(item?.versions, 2);
      assert.equal(item?.headline, "Relief boats reach char villages");
      assert.match(item?.body_html ?? "", /Version 2/);
      assert.equal(item?.edition, "en");
      assert.equal(await count("wire_item_versions"), 2);
      // The repeat brought nothing, so its file was not kept.
      assert.equal(await count("wire_files"), 2);
    });

    it("never lets a late, older version overwrite a newer one (versions compare as numbers)", async () => {
      await ingest(ninjs(10));
      assert.deepEqual((await ingest(ninjs(9))).outcomes, ["unchanged"]);
      const [item] = await items();
      assert.equal(item?.version, 10);
      assert.match(item?.body_html ?? "", /Version 10/);
    });

    it("flags a canceled version at once", async () => {
      await ingest(ninjs(1));
      await ingest(ninjs(2, { pubstatus: "canceled" }));
      assert.equal((await items())[0]?.status, "canceled");
    });

    it("keeps a file it cannot read, with its bytes and the reason, and changes nothing else", async () => {
      const junk = new TextEncoder().encode('{"uri": "x", "headlines": [');
      const result = await ingest(junk, "broken.json");
      assert.deepEqual(result.outcomes, ["failed"]);
      assert.match(result.failure ?? "", /JSON/i);
      const files = await db.kysely.selectFrom("wire_files").selectAll().execute();
      assert.equal(files.length, 1);
      assert.equal(files[0]?.file_name, "broken.json");
      assert.match(files[0]?.failure ?? "", /JSON/i);
      assert.deepEqual(new Uint8Array(files[0]?.raw ?? []), junk);
      assert.equal(await count("wire_items"), 0);
    });

    it("refuses a file over the size limit without reading it", async () => {
      const result = await ingest(new Uint8Array(MAX_WIRE_FILE_BYTES + 1));
      assert.deepEqual(result.outcomes, ["failed"]);
      assert.match(result.failure ?? "", /more than the 20\.0 MB/);
      assert.equal(await count("wire_items"), 0);
    });

    it("holds when many files of one item arrive at once: one item, its newest version, every version counted once", async () => {
      const versions = [1, 2, 3, 4, 5, 6, 7, 8];
      const outcomes = (
        await Promise.all([...versions, ...versions].map((v) => ingest(ninjs(v), `v${v}.json`)))
      ).flatMap((r) => r.outcomes);
      assert.equal(outcomes.filter((o) => o === "new").length, 1);
      assert.equal(outcomes.includes("failed"), false);
      const [item, ...others] = await items();
      assert.equal(others.length, 0);
      assert.equal(item?.version, 8);
      const history = await db.kysely.selectFrom("wire_item_versions").select("version").execute();
      assert.equal(history.length, item?.versions);
      assert.equal(new Set(history.map((h) => h.version)).size, history.length, "a version stored twice");
      assert.equal(history.length, outcomes.filter((o) => o !== "unchanged").length);
      // One event for the desk per version stored, each naming the one item, none for a repeat.
      const events = await db.kysely
        .selectFrom("outbox")
        .where("type", "=", "wire.item")
        .select("payload")
        .execute();
      assert.equal(events.length, history.length);
      assert.deepEqual(
        new Set(events.map((e) => (JSON.parse(e.payload) as { itemId: number }).itemId)),
        new Set([item?.id]),
      );
    });
  });
}

describe("supersedes", () => {
  const stored = {
    id: 1,
    version: 2,
    version_created: "2026-12-04T05:00:00.000Z",
    content_hash: "old",
    versions: 2,
  };
  const item = (over: Partial<WireItem>): WireItem => ({ ...emptyWireItem("g"), ...over });

  it("takes a higher version, never a lower one, whatever the times say", () => {
    assert.equal(
      supersedes(stored, item({ version: 3, versionCreated: "2026-01-01T00:00:00.000Z" }), "new"),
      true,
    );
    assert.equal(
      supersedes(stored, item({ version: 1, versionCreated: "2027-01-01T00:00:00.000Z" }), "new"),
      false,
    );
  });

  it("takes the same version sent again only when it says it was written later", () => {
    assert.equal(
      supersedes(stored, item({ version: 2, versionCreated: "2026-12-04T05:00:00.000Z" }), "new"),
      false,
    );
    assert.equal(
      supersedes(stored, item({ version: 2, versionCreated: "2026-12-04T05:01:00.000Z" }), "new"),
      true,
    );
    assert.equal(
      supersedes(stored, item({ version: 2, versionCreated: "2026-12-04T05:01:00.000Z" }), "old"),
      false,
    );
  });

  it("without version numbers, takes changed content unless it was written before what is stored", () => {
    const unnumbered = { ...stored, version: null };
    assert.equal(supersedes(unnumbered, item({}), "new"), true);
    assert.equal(supersedes(unnumbered, item({}), "old"), false);
    assert.equal(supersedes(unnumbered, item({ versionCreated: "2026-12-04T04:00:00.000Z" }), "new"), false);
  });
});
