import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Parity {
  behind: number;
  missing: { id: number; waitingSeconds: number }[];
  stale: { story: { id: number }; source: { id: number }; changedFields: string[] }[];
}

/** Keeping the editions level: what has no translation yet, and which translations fell behind their source. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`translation parity on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const parity = async (query = "edition=bn") => {
      const answer = await as.author.get<Parity>(`/translations/parity?${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };
    const published = async (headline: string) => {
      const created = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "Standfirst.",
        body: "<p>Body.</p>",
      });
      assert.equal((await as.editor.request("POST", `/articles/${created.body.id}/publish`)).status, 200);
      return created.body.id;
    };

    it("lists untranslated stories oldest first with how long they have waited, until a translation exists", async () => {
      const first = await published("Parity: the older story");
      clock.advance(60 * 60_000);
      const second = await published("Parity: the newer story");
      clock.advance(30 * 60_000);
      const before = await parity();
      const ours = before.missing.filter((m) => m.id === first || m.id === second);
      assert.deepEqual(
        ours.map((m) => m.id),
        [first, second],
        "oldest first",
      );
      // The test clock runs on with real time besides the jumps, so allow the seconds the test itself takes.
      const [older, newer] = ours.map((m) => m.waitingSeconds);
      assert.ok(newer !== undefined && newer >= 30 * 60 - 1 && newer < 30 * 60 + 60, `waited ${newer} s`);
      assert.ok(
        older !== undefined && older - newer >= 60 * 60 - 1 && older - newer < 60 * 60 + 60,
        `waited ${older} s`,
      );
      assert.ok(before.behind >= 2);

      const translated = await as.editor.request("POST", `/articles/${first}/translations`, {
        edition: "bn",
      });
      assert.equal(translated.status, 201, JSON.stringify(translated.body));
      const after = await parity();
      assert.deepEqual(
        after.missing.filter((m) => m.id === first || m.id === second).map((m) => m.id),
        [second],
      );
      assert.equal(after.behind, before.behind - 1);
      assert.deepEqual((await parity("edition=bn&days=1")).missing.filter((m) => m.id === second).length, 1);
    });

    it("shows a translation as stale with the fields its source changed, until the translation is saved again", async () => {
      const source = await published("Parity: a story that changes");
      const translation = (
        await as.editor.request<{ id: number; version: number }>("POST", `/articles/${source}/translations`, {
          edition: "bn",
        })
      ).body;
      clock.advance(60_000);
      assert.deepEqual(
        (await parity()).stale.filter((s) => s.story.id === translation.id),
        [],
      );

      const current = await as.editor.get<{ version: number }>(`/articles/${source}`);
      const edited = await as.editor.request("PATCH", `/articles/${source}`, {
        version: current.body.version,
        headline: "Parity: a story that changed",
        standfirst: "A new standfirst.",
      });
      assert.equal(edited.status, 200);
      const stale = (await parity()).stale.find((s) => s.story.id === translation.id);
      assert.deepEqual(stale && [stale.source.id, stale.changedFields], [source, ["headline", "standfirst"]]);

      clock.advance(60_000);
      const saved = await as.editor.request("PATCH", `/articles/${translation.id}`, {
        version: translation.version,
        headline: "পরিবর্তিত প্রতিবেদন",
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        (await parity()).stale.filter((s) => s.story.id === translation.id),
        [],
      );
    });

    it("refuses an unknown edition and contributors", async () => {
      assert.equal((await as.author.get("/translations/parity?edition=fr")).status, 400);
      assert.equal((await as.contributor.get("/translations/parity?edition=bn")).status, 403);
    });
  });
}
