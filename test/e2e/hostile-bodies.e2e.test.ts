import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { MAX_BODY_DEPTH } from "../../src/content/body-depth.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** The body from the security review that held the site for seconds (issue 10, finding 4). */
const UNCLOSED = "<b>".repeat(166_000);
/** Within every limit, and as slow to clean as such a body gets: half a megabyte of elements. */
const HEAVY = "<p>a<b>b</b></p>".repeat(31_000);
const nested = (depth: number) => `${"<blockquote>".repeat(depth)}deep${"</blockquote>".repeat(depth)}`;

interface Story {
  id: number;
  version: number;
  body: string;
}

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`hostile story bodies on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const draft = async (body: string) => {
      const created = await as.contributor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "A body to clean",
        standfirst: "s",
        body,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const revisionCount = async (id: number) =>
      (await as.contributor.get<{ items: unknown[] }>(`/articles/${id}/revisions`)).body.items.length;
    const storyCount = async () => {
      const row = await server.server.db.kysely
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const assertRefusedBody = (response: { status: number; body: unknown }) => {
      assert.equal(response.status, 422, JSON.stringify(response.body).slice(0, 300));
      const problem = response.body as { code: string; field: string; detail: string };
      assert.equal(problem.code, "UNPROCESSABLE");
      assert.equal(problem.field, "body");
      assert.match(problem.detail, new RegExp(`more than ${MAX_BODY_DEPTH} deep`));
    };

    it("refuses a body of unclosed tags with 422 and changes nothing", async () => {
      const story = await draft("<p>Kept</p>");
      const revisions = await revisionCount(story.id);
      const stories = await storyCount();

      assertRefusedBody(
        await as.contributor.request("PATCH", `/articles/${story.id}`, {
          version: story.version,
          body: UNCLOSED,
        }),
      );
      assertRefusedBody(
        await as.contributor.request("POST", "/articles", {
          edition: "en",
          section: "national",
          headline: "Unclosed",
          standfirst: "s",
          body: UNCLOSED,
        }),
      );
      assertRefusedBody(
        await as.contributor.request("POST", `/articles/${story.id}/preview`, { body: UNCLOSED }),
      );

      const after = await as.contributor.get<Story>(`/articles/${story.id}`);
      assert.equal(after.body.version, story.version);
      assert.equal(after.body.body, "<p>Kept</p>");
      assert.equal(await revisionCount(story.id), revisions);
      assert.equal(await storyCount(), stories);
    });

    it(`saves a body nested ${MAX_BODY_DEPTH} deep, and refuses one level more`, async () => {
      const story = await draft("<p>x</p>");
      const saved = await as.contributor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        body: nested(MAX_BODY_DEPTH),
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body).slice(0, 300));
      assert.equal(saved.body.body, nested(MAX_BODY_DEPTH));
      assertRefusedBody(
        await as.contributor.request("PATCH", `/articles/${story.id}`, {
          version: saved.body.version,
          body: nested(MAX_BODY_DEPTH + 1),
        }),
      );
    });

    it("answers the front page while a heavy body is being cleaned", async () => {
      const story = await draft("<p>x</p>");
      assert.equal(
        (await fetch(new URL("/en/", server.url))).status,
        200,
        "the front page is rendered and cached",
      );
      // The front page is asked for once the server holds the whole save, so it waits for the
      // body's cleaning unless that happens off the event loop.
      const received = new Promise<void>((resolve) => {
        const watch = (request: IncomingMessage) => {
          if (request.method !== "PATCH") return;
          server.server.app.server.off("request", watch);
          request.on("end", () => resolve());
        };
        server.server.app.server.on("request", watch);
      });
      const order: string[] = [];
      const save = as.contributor
        .request<Story>("PATCH", `/articles/${story.id}`, { version: story.version, body: HEAVY })
        .then((response) => {
          order.push("save");
          return response;
        });
      await received;
      const front = await fetch(new URL("/en/", server.url));
      order.push("front page");
      assert.equal(front.status, 200);
      const saved = await save;
      assert.equal(saved.status, 200);
      assert.ok(saved.body.body === HEAVY, "the heavy body is stored as it was sent");
      assert.deepEqual(order, ["front page", "save"]);
    });
  });
}
