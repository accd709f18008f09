import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Story {
  id: number;
  version: number;
  headline: string;
  section: string;
  sectionName: string;
  publishedAt: string | null;
}
type Page = { items: Story[]; nextCursor: string | null };

/** The newsroom's lists: "Recently published" in publication order, and sections by name. */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`newsroom story lists on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
    });
    after(async () => server?.stop());

    const create = async (headline: string, edition = "en", section = "national") => {
      const created = await as.editor.request<Story>("POST", "/articles", {
        edition,
        section,
        headline,
        standfirst: "",
        body: "<p>Text.</p>",
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const publish = async (story: Story) => {
      clock.advance(60_000);
      const published = await as.editor.request<Story>("POST", `/articles/${story.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      return published.body;
    };
    const list = async (query: string) => {
      const answer = await as.editor.get<Page>(`/articles?status=published&${query}`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };

    it("orders published stories by publication time when asked, with paging, whatever changed since", async () => {
      const first = await publish(await create("Published first, edited last"));
      const second = await publish(await create("Published second"));
      const third = await publish(await create("Published third"));
      clock.advance(60_000);
      const edited = await as.editor.request<Story>("PATCH", `/articles/${first.id}`, {
        version: first.version,
        standfirst: "A late typo fix.",
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));

      const ids = (page: Page) =>
        page.items.map((s) => s.id).filter((id) => [first.id, second.id, third.id].includes(id));
      assert.deepEqual(ids(await list("limit=100")), [first.id, third.id, second.id], "by change by default");
      assert.deepEqual(ids(await list("order=published&limit=100")), [third.id, second.id, first.id]);

      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = await list(`order=published&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
        paged.push(...page.items.map((s) => s.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(
        paged.filter((id) => [first.id, second.id, third.id].includes(id)),
        [third.id, second.id, first.id],
      );
      const times = paged.length;
      assert.equal(new Set(paged).size, times, "no story twice across pages");
    });

    it("lists only stories that have a publication time in publication order", async () => {
      const draft = await create("Never published");
      const answer = await as.editor.get<Page>("/articles?order=published&limit=100");
      assert.equal(answer.status, 200);
      assert.ok(!answer.body.items.some((s) => s.id === draft.id));
      assert.ok(answer.body.items.every((s) => s.publishedAt !== null));
    });

    it("refuses an order it does not know", async () => {
      const answer = await as.editor.get<{ code: string }>("/articles?order=random");
      assert.equal(answer.status, 400);
      assert.equal(answer.body.code, "VALIDATION_FAILED");
    });

    it("names each story's section in the story's own edition", async () => {
      const bangla = await create("খেলার খবর", "bn", "khela");
      assert.equal(bangla.sectionName, "খেলা");
      const english = await create("Sports news", "en", "sports");
      assert.equal(english.sectionName, "Sports");
      const listed = await as.editor.get<Page>("/articles?limit=100");
      assert.equal(listed.body.items.find((s) => s.id === english.id)?.sectionName, "Sports");
    });
  });
}
