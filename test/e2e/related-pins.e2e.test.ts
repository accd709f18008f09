import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Editors pin related stories through the admin API: order, every rule a pin can break, who may
 * pin, the audit entry, and the public page showing the pins first. Runs on both engines.
 */
type StoryRef = {
  id: number;
  headline: string;
  edition: string;
  status: string;
  sectionName: string;
  publishedAt: string | null;
};
type Related = { pinned: StoryRef[]; computed: StoryRef[] };
type Refusal = { code: string; reason: string; ids: number[]; detail: string };

let counter = 0;

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`related story pins on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    async function story(options: { edition?: string; publish?: boolean } = {}): Promise<number> {
      const edition = options.edition ?? "en";
      const created = await as.editor.request<{ id: number }>("POST", "/articles", {
        edition,
        section: edition === "en" ? "national" : "জাতীয়",
        headline: `Related fixture ${++counter}`,
        standfirst: "s",
        body: "<p>b</p>",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      if (options.publish !== false) await as.editor.request("POST", `/articles/${created.body.id}/publish`);
      return created.body.id;
    }

    const pin = (id: number, ids: unknown, client = as.editor) =>
      client.request<Related & Refusal>("PUT", `/articles/${id}/related/pins`, { ids });
    const related = (id: number, client = as.editor) => client.get<Related>(`/articles/${id}/related`);
    // Publishing queues related-story refreshes, which rewrite computed rows and refresh pages;
    // running them first keeps those changes out of what a test measures.
    const settleJobs = () => server.server.jobs.poke();
    /** Changes of related stories recorded for readers: each drops the story's cached pages. */
    const pageRefreshes = async () =>
      Number(
        (
          await server.server.db.kysely
            .selectFrom("outbox")
            .where("type", "=", "related.changed")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("pins, lists in the chosen order, and replaces the pins", async () => {
      const subject = await story();
      const [a, b, c] = [await story(), await story(), await story()];
      const saved = await pin(subject, [c, a, b]);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        saved.body.pinned.map((s) => s.id),
        [c, a, b],
      );
      const first = saved.body.pinned[0];
      assert.equal(first?.status, "published");
      assert.equal(first?.edition, "en");
      assert.equal(first?.sectionName, "National");
      assert.match(first?.headline ?? "", /^Related fixture/);
      assert.ok(first?.publishedAt);
      assert.deepEqual(Object.keys(first ?? {}).sort(), [
        "edition",
        "headline",
        "id",
        "publishedAt",
        "sectionName",
        "status",
      ]);

      const read = await related(subject, as.author);
      assert.equal(read.status, 200, "authors and up may read anyone's story");
      // Contributors see their own stories only: another's is answered as missing.
      assert.equal((await related(subject, as.contributor)).status, 404);
      assert.deepEqual(
        read.body.pinned.map((s) => s.id),
        [c, a, b],
      );

      await pin(subject, [b, c]);
      assert.deepEqual(
        (await related(subject)).body.pinned.map((s) => s.id),
        [b, c],
      );
      await pin(subject, []);
      assert.deepEqual((await related(subject)).body.pinned, []);
    });

    it("lists the computed related stories, best first, beside the pins", async () => {
      const subject = await story();
      const [a, b] = [await story(), await story()];
      await settleJobs();
      const db = server.server.db.kysely;
      await db.deleteFrom("related_stories").where("article_id", "=", subject).execute();
      await db
        .insertInto("related_stories")
        .values([
          { article_id: subject, position: 0, related_id: b },
          { article_id: subject, position: 1, related_id: a },
        ])
        .execute();
      await pin(subject, [a]);
      const read = await related(subject);
      assert.deepEqual(
        read.body.pinned.map((s) => s.id),
        [a],
      );
      assert.deepEqual(
        read.body.computed.map((s) => s.id),
        [b, a],
      );
    });

    it("refuses pins that break a rule with 422 and its reason, changing nothing", async () => {
      const subject = await story();
      const kept = await story();
      await pin(subject, [kept]);
      const translation = await as.editor.request<{ id: number }>(
        "POST",
        `/articles/${subject}/translations`,
        { edition: "bn" },
      );
      await as.editor.request("POST", `/articles/${translation.body.id}/publish`);
      const five = [await story(), await story(), await story(), await story(), await story()];
      const bangla = await story({ edition: "bn" });
      const draft = await story({ publish: false });
      const cases: [string, number[], number[]][] = [
        ["too_many", five, five.slice(4)],
        ["duplicate", [kept, kept], [kept]],
        ["self", [subject], [subject]],
        ["not_found", [kept, 987654], [987654]],
        ["translation", [translation.body.id], [translation.body.id]],
        ["other_edition", [kept, bangla], [bangla]],
        ["not_published", [draft, kept], [draft]],
      ];
      await settleJobs();
      const changesBefore = await pageRefreshes();
      for (const [reason, ids, offending] of cases) {
        const refused = await pin(subject, ids);
        assert.equal(refused.status, 422, `${reason}: ${JSON.stringify(refused.body)}`);
        assert.match(refused.headers.get("content-type") ?? "", /problem\+json/);
        assert.equal(refused.body.code, "RELATED_PIN_REFUSED");
        assert.equal(refused.body.reason, reason);
        assert.deepEqual(refused.body.ids, offending, reason);
        assert.ok(refused.body.detail.length > 0);
      }
      assert.deepEqual(
        (await related(subject)).body.pinned.map((s) => s.id),
        [kept],
        "the earlier pins stay",
      );
      assert.equal(await pageRefreshes(), changesBefore, "no page refresh");
    });

    it("refuses malformed bodies with 400", async () => {
      const subject = await story();
      for (const body of [{}, { ids: [1], extra: true }, { ids: ["1"] }, { ids: [1.5] }, { ids: [0] }]) {
        const response = await as.editor.request<{ code: string }>(
          "PUT",
          `/articles/${subject}/related/pins`,
          body,
        );
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(response.body.code, "VALIDATION_FAILED");
      }
    });

    it("answers 404 for an unknown story", async () => {
      assert.equal((await related(987654)).status, 404);
      const refused = await pin(987654, [await story()]);
      assert.equal(refused.status, 404);
      assert.equal(refused.body.code, "NOT_FOUND");
    });

    it("lets only editors and admins pin, and only with the CSRF token", async () => {
      const subject = await story();
      const other = await story();
      for (const role of ["contributor", "author"] as const) {
        const refused = await pin(subject, [other], as[role]);
        assert.equal(refused.status, 403, role);
        assert.equal(refused.body.code, "FORBIDDEN");
      }
      const noToken = await as.editor.request<{ code: string }>(
        "PUT",
        `/articles/${subject}/related/pins`,
        { ids: [other] },
        { csrf: false },
      );
      assert.equal(noToken.status, 403);
      assert.equal(noToken.body.code, "CSRF_TOKEN_MISSING");
      assert.deepEqual((await related(subject)).body.pinned, []);
      assert.equal((await pin(subject, [other], as.admin)).status, 200);
    });

    it("records the change in the audit log", async () => {
      const subject = await story();
      const [a, b] = [await story(), await story()];
      await pin(subject, [a]);
      await pin(subject, [b, a]);
      const audit = await as.admin.get<{
        items: {
          action: string;
          subjectId: string;
          actor: { name: string };
          details: Record<string, unknown>;
        }[];
      }>("/audit");
      const entry = audit.body.items.find(
        (e) => e.action === "article.related_pinned" && e.subjectId === String(subject),
      );
      assert.ok(entry, "an audit entry for the latest change");
      assert.equal(entry.actor.name, "The editor");
      assert.deepEqual(entry.details.pinned, [b, a]);
      assert.deepEqual(entry.details.previous, [a]);
    });

    it("refreshes public pages only when the story is published", async () => {
      const other = await story();
      const draft = await story({ publish: false });
      await settleJobs();
      let refreshes = await pageRefreshes();
      await pin(draft, [other]);
      assert.equal(await pageRefreshes(), refreshes, "a draft's pins change no public page");
      const live = await story();
      await settleJobs();
      refreshes = await pageRefreshes();
      await pin(live, [other]);
      assert.equal(await pageRefreshes(), refreshes + 1, "a live story's page is refreshed");
    });

    it("shows the pinned stories first on the story's public page, refreshed at once", async () => {
      const subject = await story();
      const [a, b] = [await story(), await story()];
      const url = (await as.editor.get<{ url: string }>(`/articles/${subject}`)).body.url;
      const relatedOnPage = async () => {
        const { $ } = await getPage(server.url, url);
        return $(".related-item .related-headline a")
          .map((_, el) => $(el).text().trim())
          .get();
      };
      await relatedOnPage(); // now in the page cache
      const saved = await pin(subject, [b, a]);
      assert.deepEqual(
        (await relatedOnPage()).slice(0, 2),
        saved.body.pinned.map((s) => s.headline),
      );
    });
  });
}
