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
const INTAKE = { dropRoot: "/srv/wire-drop", allowedHosts: [] as string[] };
const item = (uri: string) => new TextEncoder().encode(JSON.stringify({ uri, headlines: [{ value: uri }] }));

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire sources (${dialect})`, { skip }, () => {
    const test = useMigratedDatabase(dialect);
    const source = { name: "desk", format: "ninjs" as const, credit: "Desk", edition: "en", folder: "drop" };

    before(async () => {
      await addWireSource(test.db.kysely, source, new Date("2026-12-01T00:00:00Z"), INTAKE);
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

    it("keeps drop folders inside the drop root and pulls only from addresses the guard allows", async () => {
      const db = test.db.kysely;
      const now = new Date("2026-12-04T06:00:00Z");
      const add = (fields: Record<string, unknown>, settings = INTAKE) =>
        addWireSource(
          db,
          { ...source, folder: undefined, ...fields, name: `s${Math.random()}` },
          now,
          settings,
        );
      const refused = (field: string, message: RegExp) => (error: unknown) =>
        error instanceof WireSourceError &&
        error.kind === "refused" &&
        error.field === field &&
        message.test(error.message);
      for (const folder of ["/etc", "../outside", ".", "/srv/wire-drop", "afp/../../etc"])
        await assert.rejects(add({ folder }), refused("folder", /inside WIRE_DROP_ROOT/), folder);
      const inside = await add({ folder: "/srv/wire-drop/afp/text" });
      assert.equal(inside.folder, "afp/text");
      const tidied = await add({ folder: "afp/./pictures" });
      assert.equal(tidied.folder, "afp/pictures");
      await assert.rejects(add({ url: "http://127.0.0.1:8080/feed" }), refused("url", /WIRE_ALLOWED_HOSTS/));
      await assert.rejects(add({ url: "http://169.254.169.254/latest" }), refused("url", /link-local/));
      const local = await add(
        { url: "http://127.0.0.1:8080/feed" },
        { ...INTAKE, allowedHosts: ["127.0.0.1"] },
      );
      assert.equal(local.url, "http://127.0.0.1:8080/feed");
      const added = [inside.id, tidied.id, local.id];
      const stored = await db
        .selectFrom("wire_sources")
        .where("removed_at", "is", null)
        .select("id")
        .execute();
      assert.equal(stored.length, 1 + added.length, "only the accepted sources were stored");
      for (const id of added) await removeWireSource(db, id, now);
    });

    it("refuses a second live source of one name, and frees the name when the first is removed", async () => {
      const db = test.db.kysely;
      const now = new Date("2026-12-04T06:00:00Z");
      await assert.rejects(addWireSource(db, source, now, INTAKE), WireSourceError);
      await removeWireSource(db, (await wireSourceNamed(db, "desk")).id, now);
      const again = await addWireSource(db, source, now, INTAKE);
      assert.equal(again.name, "desk");
      assert.deepEqual(
        (await listWireSources(db, now, DHAKA)).map((s) => s.id),
        [again.id],
      );
    });
  });
}
