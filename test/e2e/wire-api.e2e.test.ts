import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { wireSourceById } from "../../src/wire/wire-sources.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Item {
  id: number;
  guid: string;
  headline: string;
  urgency: number | null;
  versions: number;
  credit: string;
  status: string;
}

/** A ninjs 2.2 item; each story differs in urgency, language and subject. */
function ninjs(uri: string, version: number, fields: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      uri,
      version: String(version),
      versioncreated: `2026-12-04T0${version}:00:00Z`,
      headlines: [{ value: `Headline of ${uri} v${version}` }],
      bodies: [{ contenttype: "text/html", value: `<p>Body of ${uri}, 100% checked.</p>` }],
      ...fields,
    }),
  );
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`wire desk API on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    let sourceId: number;

    before(async () => {
      server = await startTestServer(dialect, { wire: { allowedHosts: ["127.0.0.1"] } });
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
      const db = server.server.db.kysely;
      const source = await wireSourceById(db, sourceId);
      const files = [
        ninjs("urn:a:flash", 1, {
          urgency: 1,
          language: "en",
          subjects: [{ name: "Weather", uri: "medtop:17000000" }],
        }),
        ninjs("urn:a:flash", 2, {
          urgency: 1,
          language: "en",
          subjects: [{ name: "Weather", uri: "medtop:17000000" }],
        }),
        ninjs("urn:a:budget", 1, { urgency: 5, language: "en", subjects: [{ name: "Economy" }] }),
        ninjs("urn:a:bangla", 1, { urgency: 4, language: "bn", copyrightholder: "Own Credit" }),
      ];
      for (const [i, bytes] of files.entries())
        await ingestWireFile(db, source, { bytes, name: `f${i}.json` }, server.clock());
    });
    after(async () => {
      await server?.stop();
    });

    const items = async (query = "") => {
      const response = await as.contributor.get<{ items: Item[]; nextCursor: string | null }>(
        `/wire/items${query}`,
      );
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body;
    };
    const guids = async (query: string) => (await items(query)).items.map((i) => i.guid).sort();

    it("lists items newest first, filtered by urgency, language, subject, words, source and time", async () => {
      assert.deepEqual(await guids(""), ["urn:a:bangla", "urn:a:budget", "urn:a:flash"]);
      assert.deepEqual(await guids("?urgency=1"), ["urn:a:flash"]);
      assert.deepEqual(await guids("?language=bn"), ["urn:a:bangla"]);
      assert.deepEqual(await guids("?subject=medtop%3A17000000"), ["urn:a:flash"]);
      assert.deepEqual(await guids("?subject=econ"), ["urn:a:budget"]);
      assert.deepEqual(await guids("?text=BUDGET"), ["urn:a:budget"]);
      assert.deepEqual(await guids("?text=100%25"), ["urn:a:bangla", "urn:a:budget", "urn:a:flash"]);
      assert.deepEqual(await guids("?text=0%25%25"), []);
      assert.deepEqual(await guids("?source=agency&edition=en"), [
        "urn:a:bangla",
        "urn:a:budget",
        "urn:a:flash",
      ]);
      assert.deepEqual(await guids("?source=nobody"), []);
      assert.deepEqual(await guids("?since=2999-01-01T00:00:00Z"), []);
      const flash = (await items("?urgency=1")).items[0];
      assert.equal(flash?.versions, 2);
      assert.equal(flash?.credit, "Agency Wire");
    });

    it("pages with a cursor, each item once", async () => {
      const seen: string[] = [];
      let cursor: string | null = "";
      while (cursor !== null) {
        const page: { items: Item[]; nextCursor: string | null } = await items(
          `?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...page.items.map((i) => i.guid));
        cursor = page.nextCursor;
      }
      assert.deepEqual(seen.sort(), ["urn:a:bangla", "urn:a:budget", "urn:a:flash"]);
      assert.equal((await as.contributor.get("/wire/items?cursor=junk")).status, 400);
      assert.equal((await as.contributor.get("/wire/items?urgency=0")).status, 400);
    });

    it("shows one item with its versions and the file it came in", async () => {
      const flash = (await items("?urgency=1")).items[0];
      const detail = await as.contributor.get<{
        bodyHtml: string;
        subjects: { name: string; code?: string }[];
        versionHistory: { version: number | null }[];
        raw: { fileName: string; text: string };
      }>(`/wire/items/${flash?.id}`);
      assert.equal(detail.status, 200);
      assert.match(detail.body.bodyHtml, /100% checked/);
      assert.deepEqual(
        detail.body.versionHistory.map((v) => v.version),
        [2, 1],
      );
      assert.equal(detail.body.raw.fileName, "f1.json");
      assert.match(detail.body.raw.text, /"version":"2"/);
      assert.equal((await as.contributor.get("/wire/items/999999")).status, 404);
      assert.equal((await as.contributor.get("/wire/items/abc")).status, 400);
    });

    it("adopts an item as a draft in its edition, credited and tagged, once per edition; never a killed one", async () => {
      const flash = (await items("?urgency=1")).items[0];
      const adopted = await as.author.request<{
        id: number;
        status: string;
        edition: string;
        headline: string;
        creditLine: string;
        tags: string[];
        body: string;
      }>("POST", `/wire/items/${flash?.id}/adopt`, { section: "national" });
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      assert.equal(adopted.body.status, "draft");
      assert.equal(adopted.body.edition, "en");
      assert.equal(adopted.body.headline, "Headline of urn:a:flash v2");
      assert.equal(adopted.body.creditLine, "Agency Wire");
      assert.deepEqual(adopted.body.tags, ["weather"]);
      assert.match(adopted.body.body, /100% checked/);
      const again = await as.editor.request("POST", `/wire/items/${flash?.id}/adopt`, {
        section: "national",
      });
      assert.equal(again.status, 422);
      const shown = (await items("?urgency=1")).items[0] as Item & {
        adoptions: {
          articleId: number;
          edition: string;
          adoptedBy: { name: string } | null;
          itemVersion: number;
        }[];
      };
      assert.deepEqual(
        shown.adoptions.map((a) => [a.articleId, a.edition, a.itemVersion, typeof a.adoptedBy?.name]),
        [[adopted.body.id, "en", 2, "string"]],
      );
      const unknownSection = await as.author.request("POST", `/wire/items/${shown.id}/adopt`, {
        section: "nowhere",
      });
      assert.notEqual(unknownSection.status, 201);
      const db = server.server.db.kysely;
      const source = await wireSourceById(db, sourceId);
      await ingestWireFile(
        db,
        source,
        { bytes: ninjs("urn:a:budget", 2, { urgency: 5, pubstatus: "canceled" }), name: "kill.json" },
        server.clock(),
      );
      const budget = (await items("?text=budget")).items[0];
      assert.equal(budget?.status, "canceled");
      const killed = await as.author.request("POST", `/wire/items/${budget?.id}/adopt`, {
        section: "national",
      });
      assert.equal(killed.status, 422);
      assert.match(JSON.stringify(killed.body), /canceled/);
      assert.equal(
        (await as.contributor.request("POST", `/wire/items/${budget?.id}/adopt`, { section: "national" }))
          .status,
        403,
      );
    });

    it("translates an item into the other edition, linked to the story adopted from it", async () => {
      const flash = (await items("?urgency=1")).items[0] as Item & { adoptions: { articleId: number }[] };
      const adoptedId = flash.adoptions[0]?.articleId;
      const same = await as.author.request("POST", `/wire/items/${flash.id}/translate`, {
        section: "national",
        edition: "en",
      });
      assert.equal(same.status, 400);
      const translated = await as.author.request<{
        id: number;
        edition: string;
        creditLine: string;
        translationGroup: string;
      }>("POST", `/wire/items/${flash.id}/translate`, { section: "জাতীয়", edition: "bn" });
      assert.equal(translated.status, 201, JSON.stringify(translated.body));
      assert.equal(translated.body.edition, "bn");
      assert.equal(translated.body.creditLine, "Agency Wire");
      const adopted = await as.author.get<{
        translationGroup: string;
        translations: { id: number; edition: string }[];
      }>(`/articles/${adoptedId}`);
      assert.equal(adopted.body.translationGroup, translated.body.translationGroup);
      assert.deepEqual(
        adopted.body.translations.map((t) => [t.id, t.edition]),
        [[translated.body.id, "bn"]],
      );
      const twice = await as.author.request("POST", `/wire/items/${flash.id}/translate`, {
        section: "জাতীয়",
        edition: "bn",
      });
      assert.equal(twice.status, 422);
      const kinds = (
        (await items("?urgency=1")).items[0] as Item & { adoptions: { kind: string; edition: string }[] }
      ).adoptions;
      assert.deepEqual(
        kinds.map((a) => [a.kind, a.edition]),
        [
          ["adopt", "en"],
          ["translate", "bn"],
        ],
      );
    });

    it("makes one story of an item when many adopt it at once, and leaves no stray draft", async () => {
      const budget = (await items("?text=bangla")).items[0];
      const answers = await Promise.all(
        [as.author, as.editor, as.admin, as.author, as.editor, as.admin].map((client) =>
          client.request("POST", `/wire/items/${budget?.id}/adopt`, { section: "national" }),
        ),
      );
      const statuses = answers.map((a) => a.status).sort();
      assert.deepEqual(statuses, [201, 422, 422, 422, 422, 422]);
      const db = server.server.db.kysely;
      const adoptions = await db
        .selectFrom("wire_adoptions")
        .where("item_id", "=", budget?.id ?? 0)
        .selectAll()
        .execute();
      assert.equal(adoptions.length, 1);
      const drafts = await db
        .selectFrom("articles")
        .where("headline", "=", "Headline of urn:a:bangla v1")
        .select("id")
        .execute();
      assert.deepEqual(
        drafts.map((d) => d.id),
        adoptions.map((a) => a.article_id),
      );
    });

    it("brings the item's pictures into the photo library on adopt, the first as the lead photo, leaving out any that cannot be had", async () => {
      const jpeg = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#3a6b8c" } })
        .jpeg()
        .toBuffer();
      const photos = createServer((request, response) => {
        if (request.url === "/photo.jpg") response.writeHead(200, { "content-type": "image/jpeg" }).end(jpeg);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => photos.listen(0, "127.0.0.1", resolve));
      const base = `http://127.0.0.1:${(photos.address() as AddressInfo).port}`;
      try {
        const picture = (name: string, href: string, caption: string) => ({
          name,
          type: "picture",
          uri: `urn:pic:${name}`,
          descriptions: [{ role: "caption", value: caption }],
          renditions: [{ name: "original", href, contenttype: "image/jpeg", width: 640, height: 360 }],
        });
        const db = server.server.db.kysely;
        const source = await wireSourceById(db, sourceId);
        const bytes = ninjs("urn:a:pictured", 1, {
          language: "en",
          associations: [
            picture("lead", `${base}/photo.jpg`, "Boats wait out the storm at Kuakata."),
            picture("missing", `${base}/gone.jpg`, "A picture the agency no longer has."),
          ],
        });
        await ingestWireFile(db, source, { bytes, name: "pictured.json" }, server.clock());
        const item = (
          await as.editor.get<{ items: { id: number; guid: string }[] }>("/wire/items")
        ).body.items.find((i) => i.guid === "urn:a:pictured");
        const adopted = await as.author.request<{ id: number; leadMediaId: number | null }>(
          "POST",
          `/wire/items/${item?.id}/adopt`,
          { section: "national" },
        );
        assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
        assert.notEqual(adopted.body.leadMediaId, null);
        const photo = await as.editor.get<{ caption: string; credit: string; width: number }>(
          `/media/${adopted.body.leadMediaId}`,
        );
        assert.deepEqual(
          [photo.body.caption, photo.body.credit, photo.body.width],
          ["Boats wait out the storm at Kuakata.", "Agency Wire", 640],
        );
        const imported = await db
          .selectFrom("media")
          .where("caption", "like", "%no longer has%")
          .select("id")
          .execute();
        assert.deepEqual(imported, [], "the picture that could not be had left nothing behind");
      } finally {
        await new Promise((resolve) => photos.close(resolve));
      }
    });

    it("lists the files that could not be read, with the reason, and hands back their bytes untouched", async () => {
      const db = server.server.db.kysely;
      const source = await wireSourceById(db, sourceId);
      const bytes = new Uint8Array([
        0x7b, 0x22, 0x75, 0x72, 0x69, 0xff, 0xfe, 0x3c, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74,
      ]);
      await ingestWireFile(db, source, { bytes, name: "../../etc/broken <1>.json" }, server.clock());
      const failures = await as.contributor.get<{
        items: { id: number; sourceName: string; fileName: string; failure: string; bytes: number }[];
      }>("/wire/failures?limit=1");
      assert.equal(failures.status, 200);
      const [failed] = failures.body.items;
      assert.equal(failed?.fileName, "../../etc/broken <1>.json");
      assert.equal(failed?.sourceName, "agency");
      assert.equal(failed?.bytes, bytes.length);
      assert.match(failed?.failure ?? "", /JSON|json/);
      const raw = await fetch(new URL(`/api/admin/v1/wire/files/${failed?.id}/raw`, server.url), {
        headers: { cookie: as.contributor.cookie ?? "" },
      });
      assert.equal(raw.status, 200);
      assert.equal(raw.headers.get("content-type"), "application/octet-stream");
      assert.equal(raw.headers.get("content-disposition"), 'attachment; filename="broken_1_.json"');
      assert.deepEqual(new Uint8Array(await raw.arrayBuffer()), bytes);
      assert.equal((await as.contributor.get("/wire/files/99999999/raw")).status, 404);
    });

    it("lets editors add, pause, resume and remove sources, and refuses bad ones clearly", async () => {
      const body = {
        name: "second",
        format: "feed",
        credit: "Second",
        edition: "bn",
        // A closed port of an allowed host: the intake's pulls fail at once, and reach nothing.
        url: "http://127.0.0.1:9/rss",
      };
      const added = await as.editor.request<{ id: number; paused: boolean }>("POST", "/wire/sources", body);
      assert.equal(added.status, 201);
      assert.equal((await as.editor.request("POST", "/wire/sources", body)).status, 409);
      const both = await as.editor.request("POST", "/wire/sources", { ...body, name: "x", folder: "x" });
      assert.equal(both.status, 400);
      const refused = async (fields: Record<string, unknown>, field: string, detail: RegExp) => {
        const answer = await as.editor.request<{ field: string; detail: string }>("POST", "/wire/sources", {
          ...body,
          name: "refused",
          ...fields,
        });
        assert.equal(answer.status, 422, JSON.stringify(answer.body));
        assert.equal(answer.body.field, field);
        assert.match(answer.body.detail, detail);
      };
      await refused({ url: undefined, folder: "/etc" }, "folder", /inside WIRE_DROP_ROOT/);
      await refused({ url: undefined, folder: "../up" }, "folder", /inside WIRE_DROP_ROOT/);
      await refused({ url: "http://169.254.169.254/latest/meta-data" }, "url", /link-local/);
      const paused = await as.editor.request<{ paused: boolean }>(
        "POST",
        `/wire/sources/${added.body.id}/pause`,
      );
      assert.equal(paused.body.paused, true);
      const listed = await as.contributor.get<{ items: { name: string; paused: boolean }[] }>(
        "/wire/sources",
      );
      assert.deepEqual(
        listed.body.items.map((s) => [s.name, s.paused]),
        [
          ["agency", false],
          ["second", true],
        ],
      );
      assert.equal((await as.editor.request("DELETE", `/wire/sources/${added.body.id}`)).status, 204);
      assert.equal((await as.editor.request("DELETE", `/wire/sources/${added.body.id}`)).status, 404);
      assert.equal((await as.author.request("POST", "/wire/sources", { ...body, name: "y" })).status, 403);
    });
  });
}
