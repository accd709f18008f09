import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { ingestWireFile } from "../../src/wire/wire-ingest.ts";
import { addWireSource } from "../../src/wire/wire-sources.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const HOUR = 3_600_000;

interface Story {
  id: number;
  version: number;
  status: string;
  embargoUntil: string | null;
  scheduledAt: string | null;
}
interface Problem {
  code: string;
  detail: string;
  embargoUntil: string | null;
}

/** Nobody publishes a story before its embargo: not an admin, not by editing the embargo away. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`embargoes on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    const at = (ms: number) => new Date(clock().getTime() + ms).toISOString();

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const draft = async (fields: Record<string, unknown>) => {
      const created = await as.author.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: `Embargoed report ${Math.random()}`,
        standfirst: "",
        body: "<p>Figures out tomorrow.</p>",
        ...fields,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const actionsOf = async (id: number) =>
      (await as.editor.get<{ allowedActions: string[] }>(`/articles/${id}`)).body.allowedActions;
    const refusedAsEmbargoed = (answer: { status: number; body: unknown }, until: string | null) => {
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      const problem = answer.body as Problem;
      assert.equal(problem.code, "EMBARGOED");
      assert.equal(problem.embargoUntil, until);
    };

    it("refuses publishing, by anyone, and scheduling before the embargo; takes scheduling after it", async () => {
      const until = at(2 * HOUR);
      // Sent with an offset, kept in UTC.
      const local = new Date(Date.parse(until) + 6 * HOUR).toISOString().replace("Z", "+06:00");
      const story = await draft({ embargoUntil: local });
      assert.equal(story.embargoUntil, until);
      const offered = await actionsOf(story.id);
      assert.ok(!offered.includes("publish") && offered.includes("schedule"), offered.join());
      for (const role of ["editor", "admin"] as const)
        refusedAsEmbargoed(await as[role].request("POST", `/articles/${story.id}/publish`), until);
      refusedAsEmbargoed(
        await as.editor.request("POST", `/articles/${story.id}/schedule`, { at: at(HOUR) }),
        until,
      );
      const scheduled = await as.editor.request<Story>("POST", `/articles/${story.id}/schedule`, {
        at: until,
      });
      assert.equal(scheduled.status, 200, JSON.stringify(scheduled.body));
      assert.equal(scheduled.body.status, "scheduled");
      const row = await server.server.db.kysely
        .selectFrom("articles")
        .where("id", "=", story.id)
        .select(["status", "published_at"])
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: "scheduled", published_at: null });
    });

    it("lets an embargo move later but never be lifted or brought forward while it holds", async () => {
      const until = at(HOUR);
      const story = await draft({ embargoUntil: until });
      const save = (embargoUntil: string | null, version: number) =>
        as.admin.request<Story>("PATCH", `/articles/${story.id}`, { version, embargoUntil });
      refusedAsEmbargoed(await save(null, story.version), until);
      refusedAsEmbargoed(await save(at(HOUR / 2), story.version), until);
      const later = at(3 * HOUR);
      const moved = await save(later, story.version);
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.embargoUntil, later);
      const stored = await as.editor.get<Story>(`/articles/${story.id}`);
      assert.equal(stored.body.embargoUntil, later);
      assert.equal(stored.body.version, story.version + 1, "the refused saves changed nothing");
    });

    it("refuses an embargo past the time a story is scheduled for", async () => {
      const story = await draft({});
      const scheduled = await as.editor.request<Story>("POST", `/articles/${story.id}/schedule`, {
        at: at(HOUR),
      });
      assert.equal(scheduled.status, 200);
      const late = at(2 * HOUR);
      refusedAsEmbargoed(
        await as.editor.request("PATCH", `/articles/${story.id}`, {
          version: scheduled.body.version,
          embargoUntil: late,
        }),
        late,
      );
    });

    it("carries an agency's embargo into the adopted story, and refuses an embargo with no end yet", async () => {
      const db = server.server.db.kysely;
      const source = await addWireSource(
        db,
        { name: "embargo-agency", format: "ninjs", credit: "Agency", edition: "en", folder: "agency" },
        clock(),
        server.config.wire,
      );
      const until = at(5 * HOUR);
      const item = (uri: string, embargoed: string) =>
        new TextEncoder().encode(
          JSON.stringify({ uri, version: "1", embargoed, headlines: [{ value: `Results ${uri}` }] }),
        );
      await ingestWireFile(
        db,
        { ...source, format: "ninjs" },
        { name: "a.json", bytes: item("urn:e:1", until) },
        clock(),
      );
      await ingestWireFile(
        db,
        { ...source, format: "ninjs" },
        { name: "b.json", bytes: item("urn:e:2", "not a time") },
        clock(),
      );
      const listed = await as.editor.get<{ items: { id: number; headline: string }[] }>(
        "/wire/items?source=embargo-agency",
      );
      const idOf = (headline: string) => listed.body.items.find((i) => i.headline === headline)?.id;
      const adopted = await as.author.request<Story>("POST", `/wire/items/${idOf("Results urn:e:1")}/adopt`, {
        section: "national",
      });
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      assert.equal(adopted.body.embargoUntil, until);
      refusedAsEmbargoed(await as.admin.request("POST", `/articles/${adopted.body.id}/publish`), until);
      const unknown = await as.author.request("POST", `/wire/items/${idOf("Results urn:e:2")}/adopt`, {
        section: "national",
      });
      refusedAsEmbargoed(unknown, null);

      // Once the embargo has passed, the story goes out as any other.
      clock.advance(5 * HOUR + 1000);
      assert.ok((await actionsOf(adopted.body.id)).includes("publish"));
      const published = await as.editor.request<Story>("POST", `/articles/${adopted.body.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.equal(published.body.status, "published");
    });
  });
}
