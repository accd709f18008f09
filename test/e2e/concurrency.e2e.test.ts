import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createUser } from "../../src/accounts/user.service.ts";
import { insertWebhook } from "../../src/distribution/webhooks/webhooks.service.ts";
import { type ApiClient, type ApiResponse, login, TEST_PASSWORD } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver.ts";

interface Story {
  id: number;
  version: number;
  headline: string;
  standfirst: string;
  status: string;
  translationGroup: string | null;
}
interface Problem {
  code: string;
  detail: string;
  field?: string;
  currentVersion?: number;
  conflicts?: { field: string; yours: unknown; theirs: unknown }[];
  changedBy?: { id: number; name: string }[];
}

const statuses = (responses: ApiResponse<unknown>[]) => responses.map((r) => r.status).sort();
const only = (status: number, n: number) => [status, ...Array<number>(n - 1).fill(409)].sort();

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`the whole desk saving at once on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let receiver: WebhookReceiver;
    let editors: ApiClient[];
    const db = () => server.server.db.kysely;

    before(async () => {
      server = await startTestServer(dialect, { webhookAllowedHosts: ["127.0.0.1"] });
      receiver = await startWebhookReceiver();
      await insertWebhook(db(), { url: receiver.url, events: ["article.published"] }, server.clock());
      editors = [];
      for (let i = 1; i <= 10; i++) {
        const email = `editor${i}@desk.test`;
        await createUser(
          db(),
          { email, name: `Editor ${i}`, role: "editor", password: TEST_PASSWORD },
          { userId: null },
          server.clock(),
        );
        editors.push(await login(server.url, email));
      }
    });
    after(async () => {
      await server?.stop();
      await receiver?.close();
    });

    const desk = (n: number) => editors.slice(0, n);
    const first = () => editors[0] as ApiClient;

    async function draft(headline: string, extra: Record<string, unknown> = {}): Promise<Story> {
      const created = await first().request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline,
        standfirst: "A standfirst.",
        body: "<p>Text.</p>",
        ...extra,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    }

    /** Each of the first n editors creates a story at the same moment; `fields` may vary by editor. */
    const createAtOnce = <T>(n: number, fields: (i: number) => Record<string, unknown>) =>
      Promise.all(
        desk(n).map((editor, i) =>
          editor.request<T>("POST", "/articles", {
            edition: "en",
            section: "national",
            standfirst: "",
            body: "<p>x</p>",
            ...fields(i),
          }),
        ),
      );

    const revisionsOf = async (id: number) =>
      db().selectFrom("revisions").where("article_id", "=", id).select(["summary", "version"]).execute();

    for (const n of [2, 10]) {
      it(`N=${n}: saves of one version to the same field: one 200, the rest 409, the winner's text kept`, async () => {
        const story = await draft(`Same field ${n}`);
        const responses = await Promise.all(
          desk(n).map((editor, i) =>
            editor.request<Story | Problem>("PATCH", `/articles/${story.id}`, {
              version: story.version,
              headline: `Headline by editor ${i + 1}`,
            }),
          ),
        );
        assert.deepEqual(statuses(responses), only(200, n));
        const winner = responses.find((r) => r.status === 200)?.body as Story;
        for (const lost of responses.filter((r) => r.status === 409)) {
          const problem = lost.body as Problem;
          assert.equal(problem.code, "VERSION_CONFLICT");
          assert.deepEqual(
            problem.conflicts?.map((c) => c.field),
            ["headline"],
          );
        }
        const stored = await db()
          .selectFrom("articles")
          .where("id", "=", story.id)
          .selectAll()
          .executeTakeFirst();
        assert.equal(stored?.headline, winner.headline);
        assert.equal(stored?.version, 2);
        assert.equal((await revisionsOf(story.id)).length, 2, "created, and the one accepted save");
      });

      it(`N=${n}: simultaneous publishes: one publish, one revision, one audit row, one event, one delivery`, async () => {
        const story = await draft(`Publish race ${n}`);
        const before = receiver.received.length;
        const responses = await Promise.all(
          desk(n).map((e) => e.request("POST", `/articles/${story.id}/publish`)),
        );
        assert.deepEqual(statuses(responses), only(200, n));
        const published = (await revisionsOf(story.id)).filter((r) => r.summary === "published");
        assert.equal(published.length, 1);
        const audits = await db()
          .selectFrom("audit_log")
          .where("action", "=", "article.published")
          .where("subject_id", "=", String(story.id))
          .select("id")
          .execute();
        assert.equal(audits.length, 1);
        const events = await db()
          .selectFrom("outbox")
          .where("type", "=", "article.published")
          .select("payload")
          .execute();
        assert.equal(events.filter((e) => JSON.parse(e.payload).article.id === story.id).length, 1);
        const deliveries = await db().selectFrom("webhook_deliveries").select("payload").execute();
        assert.equal(deliveries.filter((d) => JSON.parse(d.payload).article?.id === story.id).length, 1);
        await waitFor(() => receiver.received.length > before);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(receiver.received.filter((r) => r.json.article.id === story.id).length, 1);
      });

      it(`N=${n}: simultaneous translations into one edition make one story`, async () => {
        const story = await draft(`Translation race ${n}`);
        const responses = await Promise.all(
          desk(n).map((e) =>
            e.request<Problem>("POST", `/articles/${story.id}/translations`, { edition: "bn" }),
          ),
        );
        assert.deepEqual(responses.map((r) => r.status).sort(), [201, ...Array<number>(n - 1).fill(422)]);
        for (const refused of responses.filter((r) => r.status === 422))
          assert.equal(refused.body.field, "edition");
        const group = await db()
          .selectFrom("articles")
          .where("id", "=", story.id)
          .select("translation_group")
          .executeTakeFirst();
        const members = await db()
          .selectFrom("articles")
          .where("translation_group", "=", group?.translation_group ?? "")
          .select(["edition"])
          .execute();
        assert.deepEqual(members.map((m) => m.edition).sort(), ["bn", "en"]);
      });

      it(`N=${n}: stories created at once with one new tag all save, sharing one tag`, async () => {
        const tag = `Fresh tag ${dialect} ${n}`;
        const responses = await createAtOnce<Story>(n, (i) => ({
          headline: `Tagged at once ${n} ${i}`,
          tags: [tag],
        }));
        assert.deepEqual(
          responses.map((r) => r.status),
          Array<number>(n).fill(201),
        );
        const tags = await db().selectFrom("tags").where("name", "=", tag).select("id").execute();
        assert.equal(tags.length, 1);
        const links = await db()
          .selectFrom("article_tags")
          .where("tag_id", "=", tags[0]?.id ?? 0)
          .select("article_id")
          .execute();
        assert.equal(links.length, n);
      });

      it(`N=${n}: one new tag added by every editor at once: one 201, the rest 409, one tag, one event`, async () => {
        const name = `Desk tag ${dialect} ${n}`;
        const tagEvents = () =>
          db().selectFrom("outbox").where("type", "=", "tag.added").select("id").execute();
        const eventsBefore = (await tagEvents()).length;
        const responses = await Promise.all(
          desk(n).map((editor) => editor.request("POST", "/tags", { edition: "en", name })),
        );
        assert.deepEqual(responses.map((r) => r.status).sort(), [201, ...Array<number>(n - 1).fill(409)]);
        const tags = await db().selectFrom("tags").where("name", "=", name).select("id").execute();
        assert.equal(tags.length, 1);
        assert.equal((await tagEvents()).length, eventsBefore + 1);
      });

      it(`N=${n}: stories created at once with one explicit slug: one created, the rest 409 naming the slug`, async () => {
        const slug = `one-slug-${n}`;
        const responses = await createAtOnce<Problem>(n, (i) => ({ headline: `Slug race ${i}`, slug }));
        assert.deepEqual(statuses(responses), only(201, n));
        for (const refused of responses.filter((r) => r.status === 409)) {
          assert.equal(refused.body.code, "SLUG_TAKEN");
          assert.equal(refused.body.field, "slug");
        }
        const rows = await db().selectFrom("articles").where("slug", "=", slug).select("id").execute();
        assert.equal(rows.length, 1);
      });

      it(`N=${n}: stories created at once with one headline all save under numbered slugs`, async () => {
        const headline = `Same headline ${dialect} ${n}`;
        const responses = await createAtOnce<Story & { slug: string }>(n, () => ({ headline }));
        assert.deepEqual(
          responses.map((r) => r.status),
          Array<number>(n).fill(201),
        );
        assert.equal(new Set(responses.map((r) => r.body.slug)).size, n);
      });
    }

    it("publish racing a save: both are kept, each on its own version", async () => {
      const story = await draft("Publish against a save");
      const [published, saved] = await Promise.all([
        editors[0]?.request<Story>("POST", `/articles/${story.id}/publish`),
        editors[1]?.request<Story>("PATCH", `/articles/${story.id}`, {
          version: story.version,
          headline: "Saved while publishing",
        }),
      ]);
      assert.equal(published?.status, 200);
      assert.equal(saved?.status, 200);
      assert.deepEqual([published?.body.version, saved?.body.version].sort(), [2, 3]);
      const stored = await db()
        .selectFrom("articles")
        .where("id", "=", story.id)
        .selectAll()
        .executeTakeFirst();
      assert.equal(stored?.status, "published");
      assert.equal(stored?.headline, "Saved while publishing");
      assert.equal(stored?.version, 3);
      assert.deepEqual((await revisionsOf(story.id)).map((r) => r.version).sort(), [1, 2, 3]);
    });

    it("two editors changing different fields of one version: both changes kept", async () => {
      const story = await draft("Different fields");
      const [a, b] = await Promise.all([
        editors[0]?.request<Story>("PATCH", `/articles/${story.id}`, {
          version: 1,
          headline: "A's headline",
        }),
        editors[1]?.request<Story>("PATCH", `/articles/${story.id}`, {
          version: 1,
          standfirst: "B's standfirst.",
        }),
      ]);
      assert.equal(a?.status, 200);
      assert.equal(b?.status, 200);
      const stored = await db()
        .selectFrom("articles")
        .where("id", "=", story.id)
        .selectAll()
        .executeTakeFirst();
      assert.equal(stored?.headline, "A's headline");
      assert.equal(stored?.standfirst, "B's standfirst.");
      assert.equal(stored?.version, 3);
    });

    it("two editors changing the same field: the second gets 409 naming the first, with both values of that field only", async () => {
      const story = await draft("Same field, named");
      const a = await editors[0]?.request<Story>("PATCH", `/articles/${story.id}`, {
        version: 1,
        headline: "A's headline",
      });
      assert.equal(a?.status, 200);
      const b = await editors[1]?.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: 1,
        headline: "B's headline",
        body: "<p>B's body.</p>",
      });
      assert.equal(b?.status, 409);
      assert.match(b?.body.detail ?? "", /Editor 1/);
      assert.deepEqual(
        b?.body.changedBy?.map((u) => u.name),
        ["Editor 1"],
      );
      assert.deepEqual(b?.body.conflicts, [
        { field: "headline", yours: "B's headline", theirs: "A's headline" },
      ]);
      const stored = await db()
        .selectFrom("articles")
        .where("id", "=", story.id)
        .selectAll()
        .executeTakeFirst();
      assert.equal(stored?.headline, "A's headline");
      assert.equal(
        stored?.body_html,
        "<p>Text.</p>",
        "a refused save writes nothing, not even its other fields",
      );
      assert.equal(stored?.version, 2);
    });

    it("deleting a story twice at once deletes it once", async () => {
      const story = await draft("Delete race");
      const responses = await Promise.all(desk(4).map((e) => e.request("DELETE", `/articles/${story.id}`)));
      assert.deepEqual(responses.map((r) => r.status).sort(), [204, 404, 404, 404]);
      const audits = await db()
        .selectFrom("audit_log")
        .where("action", "=", "article.deleted")
        .where("subject_id", "=", String(story.id))
        .select("id")
        .execute();
      assert.equal(audits.length, 1);
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
