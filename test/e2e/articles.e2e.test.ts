import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import type { Role } from "../../src/accounts/roles.ts";
import { ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { getPage } from "../support/http.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type Article = {
  id: number;
  version: number;
  status: string;
  url: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
};
const draft = (headline: string) => ({
  edition: "en",
  section: "national",
  headline,
  standfirst: "A standfirst.",
  body: "<p>First paragraph.</p>",
});

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom articles on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect);
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    async function create(
      client: ApiClient,
      headline: string,
      extra: Record<string, unknown> = {},
    ): Promise<Article> {
      const response = await client.request<Article>("POST", "/articles", { ...draft(headline), ...extra });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body;
    }

    it("creates a draft from the minimal body with defaults, a slug and a sanitized body", async () => {
      const created = await as.contributor.request<Record<string, unknown>>("POST", "/articles", {
        ...draft("Boats return to Sylhet's haors"),
        body: '<p onclick="x()">Safe<script>alert(1)</script></p>',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.status, "draft");
      assert.equal(created.body.kind, "news");
      assert.equal(created.body.version, 1);
      assert.equal(created.body.slug, "boats-return-to-sylhet-s-haors");
      assert.equal(created.body.body, "<p>Safe</p>");
      assert.equal(created.body.url, null);
    });

    it("tells each user what they may do with a story: allowedActions follow the role, the owner and the state", async () => {
      type WithActions = Article & { allowedActions: string[] };
      const own = await create(as.contributor, "A contributor's draft");
      const actions = async (client: ApiClient, id: number) =>
        (await client.get<WithActions>(`/articles/${id}`)).body.allowedActions;
      assert.deepEqual(await actions(as.contributor, own.id), ["edit", "submit", "translate", "delete"]);
      assert.deepEqual(await actions(as.author, own.id), []);
      assert.deepEqual(await actions(as.editor, own.id), [
        "edit",
        "submit",
        "schedule",
        "publish",
        "translate",
        "pinRelated",
        "delete",
      ]);
      const published = await as.editor.request<WithActions>("POST", `/articles/${own.id}/publish`);
      assert.deepEqual(published.body.allowedActions, [
        "edit",
        "unpublish",
        "translate",
        "pinRelated",
        "delete",
      ]);
      // Once live, the contributor may no longer change it, only start its translation.
      assert.deepEqual(await actions(as.contributor, own.id), ["translate"]);
      const listed = await as.contributor.get<{ items: WithActions[] }>("/articles?mine=true&limit=100");
      assert.deepEqual(listed.body.items.find((a) => a.id === own.id)?.allowedActions, ["translate"]);
    });

    it("rejects bad input with a clear problem and writes nothing", async () => {
      const before = await as.editor.get<{ items: unknown[] }>("/articles?limit=100");
      const cases: [string, unknown, string?][] = [
        ["unknown field", { ...draft("x"), colour: "red" }],
        ["missing headline", { edition: "en", section: "national", standfirst: "s", body: "<p>b</p>" }],
        ["unknown section", draft("x") && { ...draft("x"), section: "nowhere" }],
        ["unknown edition", { ...draft("x"), edition: "fr" }],
        ["bad kind", { ...draft("x"), kind: "gossip" }],
      ];
      for (const [name, body] of cases) {
        const response = await as.editor.request<{ code: string; detail: string }>("POST", "/articles", body);
        assert.equal(response.status, 400, name);
        assert.match(response.headers.get("content-type") ?? "", /problem\+json/);
        assert.ok(response.body.detail.length > 0);
      }
      const malformed = await as.editor.request("POST", "/articles", undefined, {
        raw: "{not json",
        contentType: "application/json",
      });
      assert.equal(malformed.status, 400);
      assert.equal((malformed.body as { code: string }).code, "MALFORMED_JSON");
      const after = await as.editor.get<{ items: unknown[] }>("/articles?limit=100");
      assert.equal(after.body.items.length, before.body.items.length);
    });

    it("answers a stale version with 409 and the current story, keeping the first save", async () => {
      const article = await create(as.editor, "Two editors, one story");
      const first = await as.editor.request<Article>("PATCH", `/articles/${article.id}`, {
        version: 1,
        standfirst: "First editor's words.",
      });
      assert.equal(first.status, 200);
      const second = await as.admin.request<{ currentVersion: number; current: { standfirst: string } }>(
        "PATCH",
        `/articles/${article.id}`,
        {
          version: 1,
          standfirst: "Second editor's words.",
        },
      );
      assert.equal(second.status, 409);
      assert.equal(second.body.currentVersion, 2);
      assert.equal(second.body.current.standfirst, "First editor's words.");
    });

    it("walks draft → in review → published → unpublished and refuses invalid moves", async () => {
      const article = await create(as.contributor, "Ferry services resume on the Padma");
      assert.equal(
        (await as.contributor.request("POST", `/articles/${article.id}/publish`)).status,
        403,
        "contributors cannot publish",
      );
      assert.equal(
        (await as.contributor.request<Article>("POST", `/articles/${article.id}/submit`)).body.status,
        "in_review",
      );
      const published = await as.editor.request<Article>("POST", `/articles/${article.id}/publish`);
      assert.equal(published.body.status, "published");
      assert.ok(published.body.url);
      assert.equal(
        (await getPage(server.url, published.body.url)).response.status,
        200,
        "live on the next request",
      );
      const again = await as.editor.request<{ code: string }>("POST", `/articles/${article.id}/submit`);
      assert.equal(again.status, 409);
      assert.equal(again.body.code, "INVALID_TRANSITION");
      assert.equal(
        (await as.editor.request<Article>("POST", `/articles/${article.id}/unpublish`)).body.status,
        "unpublished",
      );
      assert.equal(
        (await getPage(server.url, published.body.url)).response.status,
        404,
        "gone on the next request",
      );
    });

    it("moves Updated only on a significant update and shows corrections", async () => {
      const article = await create(as.author, "Embankment repairs finished early");
      const published = await as.author.request<Article>("POST", `/articles/${article.id}/publish`);
      const typo = await as.author.request<Article>("PATCH", `/articles/${article.id}`, {
        version: published.body.version,
        headline: "Embankment repairs finish early",
      });
      assert.equal(typo.body.updatedAt, null, "a silent fix keeps Updated");
      const significant = await as.author.request<Article>("PATCH", `/articles/${article.id}`, {
        version: typo.body.version,
        body: "<p>New figures.</p>",
        significant: true,
        correctionNote: "An earlier version gave the wrong length of the embankment.",
      });
      assert.ok(
        significant.body.updatedAt && significant.body.updatedAt > (significant.body.publishedAt ?? ""),
      );
      const page = await getPage(server.url, significant.body.url ?? "");
      assert.equal(page.$(".timestamps time").length, 2);
      assert.match(page.$(".correction").text(), /wrong length/);
    });

    it("keeps a revision per save, and restores one as a new save", async () => {
      const article = await create(as.editor, "Original headline");
      const edited = await as.editor.request<Article>("PATCH", `/articles/${article.id}`, {
        version: 1,
        headline: "Edited headline",
      });
      const revisions = await as.editor.get<{ items: { id: number; number: number; summary: string }[] }>(
        `/articles/${article.id}/revisions`,
      );
      assert.deepEqual(
        revisions.body.items.map((r) => r.number),
        [2, 1],
      );
      assert.match(revisions.body.items[0]?.summary ?? "", /headline/);
      const first = revisions.body.items[1];
      assert.ok(first);
      const snapshot = await as.editor.get<{ snapshot: { headline: string } }>(
        `/articles/${article.id}/revisions/${first.id}`,
      );
      assert.equal(snapshot.body.snapshot.headline, "Original headline");
      const second = revisions.body.items[0];
      const compared = await as.editor.get<{ changes: { field: string; from: unknown; to: unknown }[] }>(
        `/articles/${article.id}/revisions/compare?from=${first.id}&to=${second?.id}`,
      );
      // A draft's made slug follows its headline until the story first goes live.
      assert.deepEqual(compared.body.changes, [
        { field: "slug", from: "original-headline", to: "edited-headline" },
        {
          field: "headline",
          from: "Original headline",
          to: "Edited headline",
          words: [
            { text: "Original", change: "removed" },
            { text: "Edited", change: "added" },
            { text: " headline", change: "same" },
          ],
        },
      ]);
      const restored = await as.editor.request<{ headline: string; version: number }>(
        "POST",
        `/articles/${article.id}/revisions/${first.id}/restore`,
        { version: edited.body.version },
      );
      assert.equal(restored.body.headline, "Original headline");
      assert.equal(restored.body.version, 3);
    });

    it("publishes a scheduled story through the job runner", async () => {
      const article = await create(as.editor, "Budget session opens");
      const at = new Date(server.clock().getTime() + 1000).toISOString();
      const scheduled = await as.editor.request<Article>("POST", `/articles/${article.id}/schedule`, { at });
      assert.equal(scheduled.body.status, "scheduled");
      const past = await as.editor.request("POST", `/articles/${article.id}/schedule`, {
        at: "2001-01-01T00:00:00Z",
      });
      assert.equal(past.status, 400);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await server.server.jobs.poke();
      const live = await as.editor.get<Article>(`/articles/${article.id}`);
      assert.equal(live.body.status, "published");
    });

    it("publishes a scheduled story after a restart in between", async () => {
      const article = await create(as.editor, "Scheduled across a restart");
      const at = new Date(server.clock().getTime() + 1500).toISOString();
      assert.equal(
        (await as.editor.request<Article>("POST", `/articles/${article.id}/schedule`, { at })).status,
        200,
      );
      await server.restart();
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await server.server.jobs.poke();
      // Sessions live in the database, so every login survives the restart; only the port changed.
      as = Object.fromEntries(
        Object.entries(as).map(([role, client]) => [
          role,
          new ApiClient(server.url, client.cookie, client.csrfToken),
        ]),
      ) as Record<Role, ApiClient>;
      const live = await as.editor.get<Article>(`/articles/${article.id}`);
      assert.equal(live.body.status, "published");
    });

    it("links a translation, shown in hreflang once both are published", async () => {
      const en = await create(as.editor, "Metro hours extended");
      const bn = await as.editor.request<Article & { edition: string; section: string }>(
        "POST",
        `/articles/${en.id}/translations`,
        { edition: "bn" },
      );
      assert.equal(bn.status, 201);
      assert.equal(bn.body.edition, "bn");
      assert.equal(bn.body.section, "জাতীয়");
      const enLive = await as.editor.request<Article>("POST", `/articles/${en.id}/publish`);
      await as.editor.request("POST", `/articles/${bn.body.id}/publish`);
      const page = await getPage(server.url, enLive.body.url ?? "");
      assert.ok(page.$('link[rel="alternate"][hreflang="bn"]').attr("href"));
      const duplicate = await as.editor.request("POST", `/articles/${en.id}/translations`, { edition: "bn" });
      assert.equal(duplicate.status, 422);
    });

    it("will not publish a story whose lead photo lacks caption, credit or alt text", async () => {
      const jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: "#445566" } })
        .jpeg()
        .toBuffer();
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "p.jpg");
      form.set("caption", "Boats on the river");
      const photo = await as.editor.request<{ id: number }>("POST", "/media", undefined, { raw: form });
      assert.equal(photo.status, 201);
      const article = await create(as.editor, "Photo texts come first", { leadMediaId: photo.body.id });
      const refused = await as.editor.request<{ code: string; missing: string[] }>(
        "POST",
        `/articles/${article.id}/publish`,
      );
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.body.missing, ["credit", "alt"]);
      assert.equal(
        (await as.editor.get<Article>(`/articles/${article.id}`)).body.status,
        "draft",
        "nothing changed",
      );
      await as.editor.request("PATCH", `/media/${photo.body.id}`, {
        credit: "Dateline Photo/Desk",
        alt: "Boats moored on a river.",
      });
      assert.equal(
        (await as.editor.request<Article>("POST", `/articles/${article.id}/publish`)).body.status,
        "published",
      );
    });

    it("puts the editors' lead and slots at the top of the front page, the rest by recency", async () => {
      const lead = await create(as.editor, "Curated lead story");
      const slot = await create(as.editor, "Curated second story");
      await as.editor.request("POST", `/articles/${lead.id}/publish`);
      await as.editor.request("POST", `/articles/${slot.id}/publish`);
      const saved = await as.editor.request("PUT", "/front-pages/en", { lead: lead.id, slots: [slot.id] });
      assert.equal(saved.status, 200);
      const front = await getPage(server.url, "/en/");
      assert.equal(front.$(".story-card--lead .story-card-headline").text(), "Curated lead story");
      assert.equal(front.$(".front-top-rest .story-card-headline").first().text(), "Curated second story");
      const draftOnly = await create(as.editor, "Not published");
      const refused = await as.editor.request("PUT", "/front-pages/en", { lead: draftOnly.id, slots: [] });
      assert.equal(refused.status, 422, "only published stories of the edition");
      assert.equal(
        (await as.author.request("PUT", "/front-pages/en", { lead: null, slots: [] })).status,
        403,
      );
    });

    it("filters and pages the story list with a cursor", async () => {
      const first = await as.editor.get<{ items: Article[]; nextCursor: string | null }>(
        "/articles?edition=en&status=published&limit=5",
      );
      assert.equal(first.body.items.length, 5);
      assert.ok(first.body.nextCursor);
      const second = await as.editor.get<{ items: Article[] }>(
        `/articles?edition=en&status=published&limit=5&cursor=${first.body.nextCursor}`,
      );
      const ids = new Set(first.body.items.map((a) => a.id));
      assert.ok(second.body.items.every((a) => !ids.has(a.id) && a.status === "published"));
      assert.equal((await as.editor.get("/articles?cursor=garbage")).status, 400);
    });
  });
}
