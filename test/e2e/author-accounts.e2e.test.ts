import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Account {
  id: number;
  name: string;
  role: string;
  authors: string[];
}

/** Author profiles linked to newsroom accounts: editors link and unlink them; a linked writer's new story carries their byline. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`author profiles and accounts on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;

    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => {
      await server?.stop();
    });

    const accounts = async () => {
      const answer = await as.editor.get<{ items: Account[] }>("/authors/accounts");
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items;
    };
    const me = async (client: ApiClient) =>
      (await client.get<{ user: { id: number } }>("/session")).body.user.id;
    const newStory = async (client: ApiClient, extra: Record<string, unknown> = {}) => {
      const created = await client.request<{ authors: string[] }>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "A contributor writes",
        standfirst: "Standfirst.",
        body: "<p>Body.</p>",
        ...extra,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.authors;
    };

    it("links a profile to a contributor, whose new stories then carry their byline, until unlinked", async () => {
      const localizations = [{ edition: "en", name: "Rupa Sen", title: "", bio: "" }];
      const made = await as.editor.request("POST", "/authors", {
        slug: "rupa-sen",
        kind: "staff",
        localizations,
      });
      assert.equal(made.status, 204, JSON.stringify(made.body));
      const contributorId = await me(as.contributor);
      assert.deepEqual(await newStory(as.contributor), []);

      const linked = await as.editor.request("PATCH", "/authors/rupa-sen", { userId: contributorId });
      assert.equal(linked.status, 204, JSON.stringify(linked.body));
      assert.deepEqual((await accounts()).find((a) => a.id === contributorId)?.authors, ["rupa-sen"]);
      assert.equal(
        (
          await as.editor.get<{ items: { slug: string; userId: number | null }[] }>("/authors")
        ).body.items.find((a) => a.slug === "rupa-sen")?.userId,
        contributorId,
      );

      assert.deepEqual(await newStory(as.contributor), ["rupa-sen"]);
      // Bylines named, or an agency credit, are the writer's choice and stay as given.
      assert.deepEqual(await newStory(as.contributor, { authors: [] }), []);
      assert.deepEqual(await newStory(as.contributor, { creditLine: "Bay Wire" }), []);
      // Someone else's linked profile is not theirs to take.
      assert.deepEqual(await newStory(as.author), []);

      assert.equal((await as.editor.request("PATCH", "/authors/rupa-sen", { userId: null })).status, 204);
      assert.deepEqual((await accounts()).find((a) => a.id === contributorId)?.authors, []);
      assert.deepEqual(await newStory(as.contributor), []);
    });

    it("lets only editors list accounts and link them, and refuses bad links without changing anything", async () => {
      for (const role of ["contributor", "author"] as const) {
        assert.equal((await as[role].get("/authors/accounts")).status, 403);
        assert.equal((await as[role].request("PATCH", "/authors/rupa-sen", { userId: 1 })).status, 403);
      }
      for (const userId of ["1", 0, -1, 1.5, 999999, 2 ** 40, true]) {
        const answer = await as.editor.request("PATCH", "/authors/rupa-sen", { userId });
        assert.equal(answer.status, 400, `${JSON.stringify(userId)}: ${answer.status}`);
      }
      assert.equal(
        (await as.editor.request("PATCH", "/authors/no-such-author", { userId: null })).status,
        404,
      );
      const row = await server.server.db.kysely
        .selectFrom("authors")
        .where("slug", "=", "rupa-sen")
        .select("user_id")
        .executeTakeFirstOrThrow();
      assert.equal(row.user_id, null);
    });
  });
}
