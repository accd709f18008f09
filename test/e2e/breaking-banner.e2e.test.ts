import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Role } from "../../src/accounts/roles.ts";
import { createLogger } from "../../src/logger.ts";
import { upsertStaticPage } from "../../src/pages/static-pages.service.ts";
import { createWritePath } from "../../src/write-paths.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { getPage } from "../support/http.ts";
import { movableClock } from "../support/test-clock.ts";
import { startSecondNode, startTestServer, type TestNode, type TestServer } from "../support/test-server.ts";

/**
 * An editor's breaking-news banner shows on every page of its edition on the next request (cached
 * pages included), on every node within a second, and goes at its end time by itself.
 */
const HOUR_MS = 3600 * 1000;
const BANNER = "[aria-label='Breaking news'], [aria-label='এইমাত্র পাওয়া খবর']";

type Banner = { text: string; url: string; endsAt: string; setAt: string; edition: string };

for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`breaking-news banner on ${dialect}`, { skip }, () => {
    const clock = movableClock();
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    /** Every kind of page of each edition, each already served once so it sits in the cache. */
    const pages: Record<string, string[]> = {};

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
      const writes = createWritePath({
        db: server.server.db.kysely,
        cache: server.server.cache,
        config: {},
        logger: createLogger("silent"),
        now: server.clock,
        wakeJobs: () => undefined,
      });
      for (const edition of ["en", "bn"]) {
        await writes.run((uow) =>
          upsertStaticPage(uow, {
            edition,
            path: "about",
            title: "About",
            bodyHtml: "<p>Who we are.</p>",
            status: "published",
            publishedAt: new Date(clock().getTime() - HOUR_MS).toISOString(),
            updatedAt: null,
            now: clock(),
          }),
        );
        pages[edition] = await everyKindOfPage(edition);
      }
    });
    after(async () => server?.stop());

    async function everyKindOfPage(edition: string): Promise<string[]> {
      const front = await getPage(server.url, `/${edition}/`);
      const section = front.$(".site-nav a").first().attr("href");
      assert.ok(section, `${edition} front page links a section`);
      const { article, tag, author } = await storyWithTagAndAuthor(
        front
          .$(".story-card-headline a")
          .map((_, a) => front.$(a).attr("href"))
          .get(),
      );
      const paths = [
        `/${edition}/`,
        section,
        article,
        tag,
        author,
        `/${edition}/search?q=news`,
        `/${edition}/about`,
        `/${edition}/no-such-section/no-such-story`,
      ];
      for (const path of paths) await getPage(server.url, path);
      return paths;
    }

    /** The first of the stories whose page links a tag and an author. */
    async function storyWithTagAndAuthor(articles: string[]) {
      for (const article of articles) {
        const { $ } = await getPage(server.url, article);
        const tag = $(".tag-list a").first().attr("href");
        const author = $("a[rel=author]").first().attr("href");
        if (tag && author) return { article, tag, author };
      }
      throw new Error("no story on the front page links a tag and an author");
    }

    const inAnHour = () => new Date(clock().getTime() + HOUR_MS).toISOString();
    const put = (client: ApiClient, body: unknown, edition = "en") =>
      client.request<Banner>("PUT", `/editions/${edition}/breaking`, body);
    const rows = async () =>
      server.server.db.kysely.selectFrom("breaking_banners").selectAll().orderBy("edition").execute();

    async function bannersOn(edition: string) {
      const shown = [];
      for (const path of pages[edition] ?? []) {
        const { $ } = await getPage(server.url, path);
        const region = $(BANNER);
        shown.push({
          path,
          count: region.length,
          text: region.find("a").text(),
          href: region.find("a").attr("href"),
        });
      }
      return shown;
    }

    it("shows a banner on every page of its edition at once, and not on the other's", async () => {
      const set = await put(as.editor, {
        text: "  Cyclone makes landfall  ",
        url: "/en/live/cyclone",
        endsAt: inAnHour(),
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.equal(set.body.text, "Cyclone makes landfall");
      for (const page of await bannersOn("en"))
        assert.deepEqual(page, {
          path: page.path,
          count: 1,
          text: "Cyclone makes landfall",
          href: "/en/live/cyclone",
        });
      for (const page of await bannersOn("bn")) assert.equal(page.count, 0, page.path);
      const got = await as.editor.get<Banner>("/editions/en/breaking");
      assert.equal(got.body.url, "/en/live/cyclone");
      assert.equal((await as.editor.get("/editions/bn/breaking")).status, 404);
    });

    it("stores an address of the site as its path, and a replacement takes the old one's place", async () => {
      const set = await put(
        as.admin,
        {
          text: "ঘূর্ণিঝড় উপকূলে",
          url: "http://dateline.test/bn/live/cyclone?from=banner",
          endsAt: inAnHour(),
        },
        "bn",
      );
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.equal(set.body.url, "/bn/live/cyclone?from=banner");
      for (const page of await bannersOn("bn")) assert.equal(page.text, "ঘূর্ণিঝড় উপকূলে", page.path);
      assert.equal((await put(as.editor, { text: "Update", url: "/en/", endsAt: inAnHour() })).status, 200);
      assert.deepEqual(
        (await rows()).map((r) => [r.edition, r.text]),
        [
          ["bn", "ঘূর্ণিঝড় উপকূলে"],
          ["en", "Update"],
        ],
      );
    });

    it("refuses hostile links, bad text, ends outside 48 hours and unknown editions, changing nothing", async () => {
      const before = await rows();
      const ok = { text: "Fine", url: "/en/", endsAt: inAnHour() };
      const refusals: [unknown, number, string?][] = [
        [{ ...ok, url: "javascript:alert(1)" }, 422, "url"],
        [{ ...ok, url: "data:text/html,<script>alert(1)</script>" }, 422, "url"],
        [{ ...ok, url: "//evil.example/en/" }, 422, "url"],
        [{ ...ok, url: "/\\evil.example/en/" }, 422, "url"],
        [{ ...ok, url: "https://evil.example/en/" }, 422, "url"],
        [{ ...ok, text: "x".repeat(201) }, 422, "text"],
        [{ ...ok, text: " " }, 422, "text"],
        [{ ...ok, text: "two\nlines" }, 422, "text"],
        [{ ...ok, endsAt: new Date(clock().getTime() - 1000).toISOString() }, 422, "endsAt"],
        [{ ...ok, endsAt: new Date(clock().getTime() + 49 * HOUR_MS).toISOString() }, 422, "endsAt"],
        [{ ...ok, extra: true }, 400],
        [{ text: "No link" }, 400],
      ];
      for (const [body, status, field] of refusals) {
        const answer = await put(as.editor, body);
        assert.equal(answer.status, status, JSON.stringify(body));
        assert.match(answer.headers.get("content-type") ?? "", /problem\+json/);
        if (field)
          assert.equal((answer.body as unknown as { field: string }).field, field, JSON.stringify(body));
      }
      assert.equal((await put(as.editor, ok, "xx")).status, 404);
      assert.equal((await as.editor.request("DELETE", "/editions/xx/breaking")).status, 404);
      assert.equal((await as.editor.get("/editions/xx/breaking")).status, 404);
      assert.deepEqual(await rows(), before);
    });

    it("lets only editors and admins set or clear it", async () => {
      const before = await rows();
      for (const role of ["contributor", "author"] as const) {
        assert.equal(
          (await put(as[role], { text: "No", url: "/en/", endsAt: inAnHour() })).status,
          403,
          role,
        );
        assert.equal((await as[role].request("DELETE", "/editions/en/breaking")).status, 403, role);
      }
      assert.deepEqual(await rows(), before);
    });

    it("leaves one row per edition when editors set it at once", async () => {
      const texts = Array.from({ length: 8 }, (_, i) => `Parallel ${i}`);
      const answers = await Promise.all(
        texts.map((text, i) => put(i % 2 ? as.admin : as.editor, { text, url: "/en/", endsAt: inAnHour() })),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        texts.map(() => 200),
      );
      const en = (await rows()).filter((r) => r.edition === "en");
      assert.equal(en.length, 1);
      assert.ok(texts.includes(en[0]?.text ?? ""));
      for (const page of await bannersOn("en")) assert.equal(page.text, en[0]?.text, page.path);
    });

    it("clears it from every page; clearing again is fine", async () => {
      assert.equal((await as.editor.request("DELETE", "/editions/en/breaking")).status, 204);
      assert.equal((await as.editor.request("DELETE", "/editions/en/breaking")).status, 204);
      for (const page of await bannersOn("en")) assert.equal(page.count, 0, page.path);
      assert.equal((await as.editor.get("/editions/en/breaking")).status, 404);
      const audit = await server.server.db.kysely
        .selectFrom("audit_log")
        .where("action", "in", ["breaking.set", "breaking.cleared"])
        .where("subject_id", "=", "en")
        .select("action")
        .execute();
      assert.equal(audit.filter((a) => a.action === "breaking.cleared").length, 1);
      assert.ok(audit.filter((a) => a.action === "breaking.set").length >= 10);
    });

    it("goes at its end time: reads ignore it at once and its job clears the row and the cached pages", async () => {
      const endsAt = new Date(clock().getTime() + 10 * 60 * 1000).toISOString();
      assert.equal((await put(as.editor, { text: "Ends soon", url: "/en/", endsAt })).status, 200);
      for (const page of await bannersOn("en")) assert.equal(page.text, "Ends soon", page.path);
      clock.advance(10 * 60 * 1000 + 1000);
      assert.equal((await as.editor.get("/editions/en/breaking")).status, 404);
      await eventually(
        async () => ((await rows()).some((r) => r.edition === "en") ? undefined : true),
        10_000,
        "the expiry job to clear the row",
      );
      // The job's event drops the cached pages once the row's removal has committed.
      await eventually(
        async () => ((await bannersOn("en")).every((page) => page.count === 0) ? true : undefined),
        1000,
        "every page to drop the ended banner",
      );
      // The other edition's banner had its own end, an hour on: it stays.
      assert.equal((await as.editor.get("/editions/bn/breaking")).status, 200);
    });
  });
}

// SQLite is a file that one process writes: a single node by design. Several nodes share PostgreSQL.
const twoNodes = DIALECTS.includes("postgres")
  ? await unavailable("postgres")
  : "several nodes share one PostgreSQL database (DIALECTS excludes postgres)";

describe("breaking-news banner on two nodes", { skip: twoNodes }, () => {
  let a: TestServer;
  let b: TestNode;

  before(async () => {
    a = await startTestServer("postgres");
    b = await startSecondNode(a);
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
  });

  it("shows on the other node's cached pages within a second, and goes from them when cleared", async () => {
    const { editor } = await loginAsEveryRole(a);
    const onB = async () => (await getPage(b.url, "/en/")).$(".breaking-banner a").text();
    assert.equal(await onB(), "");
    assert.equal((await getPage(b.url, "/en/")).response.headers.get("x-cache"), "hit");
    const endsAt = new Date(a.clock().getTime() + HOUR_MS).toISOString();
    const set = await editor.request("PUT", "/editions/en/breaking", {
      text: "On every node",
      url: "/en/",
      endsAt,
    });
    assert.equal(set.status, 200);
    await eventually(
      async () => ((await onB()) === "On every node" ? true : undefined),
      1000,
      "node B to show it",
    );
    assert.equal((await editor.request("DELETE", "/editions/en/breaking")).status, 204);
    await eventually(async () => ((await onB()) === "" ? true : undefined), 1000, "node B to drop it");
  });
});
