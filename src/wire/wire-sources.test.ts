import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { DIALECTS, unavailable, useMigratedDatabase } from "../../test/support/databases.ts";
import { ingestWireFile } from "./wire-ingest.ts";
import {
  addWireSource,
  listWireSources,
  removeWireSource,
  WireSourceError,
  wireSourceNamed,
} from "./wire-sources.ts";

const DHAKA = "Asia/Dhaka";
const item = (uri: string) => new TextEncoder().encode(JSON.stringify({ uri, headlines: [{ value: uri }] }));

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire sources (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const source = { name: "desk", format: "ninjs" as const, credit: "Desk", edition: "en", folder: "/drop" };

    before(async () => {
      await addWireSource(test.db.kysely, source, new Date("2026-12-01T00:00:00Z"));
    });

    it("counts today's items from midnight in the newsroom's time zone, not UTC", async () => {
      const db = test.db.kysely;
      const desk = await wireSourceNamed(db, "desk");
      // Midnight in Dhaka (UTC+6) on 5 December is 18:00 UTC on the 4th.
      await ingestWireFile(
        db,
        desk,
        { bytes: item("urn:late-on-the-4th"), name: null },
        new Date("2026-12-04T17:59:00Z"),
      );
      await ingestWireFile(
        db,
        desk,
        { bytes: item("urn:early-on-the-5th"), name: null },
        new Date("2026-12-04T18:01:00Z"),
      );
      const [listed] = await listWireSources(db, new Date("2026-12-04T18:30:00Z"), DHAKA);
      assert.equal(listed?.health.itemsToday, 1);
      const [utc] = await listWireSources(db, new Date("2026-12-04T18:30:00Z"), "UTC");
      assert.equal(utc?.health.itemsToday, 2);
    });

    it("refuses a second live source of one name, and frees the name when the first is removed", async () => {
      const db = test.db.kysely;
      const now = new Date("2026-12-04T06:00:00Z");
      await assert.rejects(addWireSource(db, source, now), WireSourceError);
      await removeWireSource(db, (await wireSourceNamed(db, "desk")).id, now);
      const again = await addWireSource(db, source, now);
      assert.equal(again.name, "desk");
      assert.deepEqual(
        (await listWireSources(db, now, DHAKA)).map((s) => s.id),
        [again.id],
      );
    });
  });
}
