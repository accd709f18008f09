import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Kysely } from "kysely";
import { articlePath } from "../../src/content/content.ts";
import { htmlToPlainText } from "../../src/content/plain-text.ts";
import { sanitizeStoryBody } from "../../src/content/sanitize-body.ts";
import { createDb } from "../../src/db/create-db.ts";
import type { Database } from "../../src/db/database.ts";
import { readWxr } from "../../src/importers/wordpress/wxr-reader.ts";
import type { WxrItem } from "../../src/importers/wordpress/wxr-records.ts";
import { corpusPath } from "../support/corpora.ts";
import { createMigratedTestDatabase, DIALECTS, unavailable } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { rawGet } from "../support/http.ts";
import { pinnedClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { countRows, importInProcess } from "../support/wordpress-import.ts";

/**
 * A WordPress site comes across whole and keeps its addresses: every permalink answers 301 to
 * its story or page, imported stories are found by search and listed in sitemaps under their new
 * addresses only, a re-run changes nothing, a newer export changes only what changed (never an
 * editor's edit), an interrupted import finishes on a re-run, and parallel imports make no copies.
 */
const corpus = corpusPath("wxr");
const THEME_DATA = corpus.skip ? "" : join(corpus.path, "wptrt-themeunittestdata.wordpress.xml");
const SMALL = corpus.skip ? "" : join(corpus.path, "importer-small-export.xml");
const clock = pinnedClock("2026-12-04T12:00:00Z");

async function itemsOf(path: string): Promise<WxrItem[]> {
  const { createReadStream } = await import("node:fs");
  const items: WxrItem[] = [];
  for await (const record of readWxr(createReadStream(path))) if (record.kind === "item") items.push(record);
  return items;
}

async function storyUrl(db: Kysely<Database>, articleId: number): Promise<string> {
  const row = await db
    .selectFrom("articles as a")
    .innerJoin("section_localizations as l", (j) =>
      j.onRef("l.section_id", "=", "a.section_id").onRef("l.edition", "=", "a.edition"),
    )
    .where("a.id", "=", articleId)
    .select(["a.edition", "a.slug", "l.slug as section"])
    .executeTakeFirstOrThrow();
  return articlePath(row.edition, row.section, row.slug);
}

async function ledger(db: Kysely<Database>, kind: "article" | "static-page") {
  return db
    .selectFrom("import_ledger")
    .where("target_kind", "=", kind)
    .select(["item_key", "target_id"])
    .execute();
}

const wpId = (itemKey: string) => Number(itemKey.split(":").at(-1));

for (const dialect of DIALECTS) {
  const skip = (await unavailable(dialect)) ?? corpus.skip;
  describe(`a WordPress site imported on ${dialect}`, { skip }, () => {
    let server: TestServer;
    let db: Kysely<Database>;
    let items: WxrItem[];
    before(async () => {
      server = await startTestServer(dialect, { demo: false }, { clock });
      db = server.server.db.kysely;
      items = await itemsOf(THEME_DATA);
      await importInProcess(db, [{ path: THEME_DATA, edition: "en" }], { now: clock });
    });
    after(async () => server?.stop());

    const get = (path: string) => fetch(new URL(path, server.url), { redirect: "manual" });

    it("answers every old address of a published post with 301 to its story, which readers can open", async () => {
      const byId = new Map(items.map((item) => [item.postId, item]));
      let checked = 0;
      for (const { item_key, target_id } of await ledger(db, "article")) {
        const item = byId.get(wpId(item_key));
        assert.ok(item, item_key);
        if (item.status !== "publish") continue;
        const target = await storyUrl(db, target_id);
        for (const old of [new URL(item.link).pathname, `/?p=${item.postId}`]) {
          const answer = await get(old);
          assert.equal(answer.status, 301, `${old} (${item.title})`);
          assert.equal(answer.headers.get("location"), target, old);
        }
        assert.equal((await get(target)).status, 200, target);
        checked++;
      }
      assert.ok(checked >= 40, `${checked} published posts checked`);
    });

    it("serves pages at their old paths in the edition and redirects their old addresses there", async () => {
      const byId = new Map(items.map((item) => [item.postId, item]));
      let checked = 0;
      for (const { item_key, target_id } of await ledger(db, "static-page")) {
        const item = byId.get(wpId(item_key));
        assert.ok(item);
        if (item.status !== "publish") continue;
        const page = await db
          .selectFrom("static_pages")
          .where("id", "=", target_id)
          .selectAll()
          .executeTakeFirstOrThrow();
        const served = `/en/${page.path.split("/").map(encodeURIComponent).join("/")}`;
        const answer = await get(served);
        assert.equal(answer.status, 200, served);
        assert.match(
          await answer.text(),
          new RegExp(page.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").slice(0, 20)),
        );
        // Sent byte for byte: one old link has a doubled slash (`//greek/…`), which fetch would read as a host.
        for (const old of [new URL(item.link).pathname, `/?page_id=${item.postId}`]) {
          const moved = await rawGet(server.url, old);
          assert.equal(moved.status, 301, old);
          assert.equal(moved.headers.location, served, old);
        }
        checked++;
      }
      assert.ok(checked >= 10, `${checked} pages checked`);
    });

    it("keeps drafts, pending, private and future posts from readers, in the matching newsroom state", async () => {
      const rows = await db
        .selectFrom("import_ledger as l")
        .innerJoin("articles as a", "a.id", "l.target_id")
        .where("l.target_kind", "=", "article")
        .select(["l.item_key", "a.status", "a.published_at", "a.scheduled_at"])
        .execute();
      const byId = new Map(items.map((item) => [item.postId, item]));
      const expected: Record<string, string> = {
        publish: "published",
        draft: "draft",
        pending: "in_review",
        private: "draft",
        future: "scheduled",
      };
      for (const row of rows) {
        const item = byId.get(wpId(row.item_key));
        assert.equal(row.status, expected[item?.status ?? ""], `${row.item_key} (${item?.status})`);
        if (item?.status === "publish" && item.date?.kind === "instant")
          assert.equal(row.published_at, item.date.iso);
      }
    });

    it("makes imported stories searchable, with related stories, in the feed, and lists only new addresses in the sitemaps", async () => {
      const story = await db
        .selectFrom("articles")
        .where("status", "=", "published")
        .where("headline", "like", "%Markup: HTML Tags%")
        .select(["id", "headline"])
        .executeTakeFirstOrThrow();
      // Indexed by the import's own write path before it returned: no waiting.
      const found = await (await get(`/en/search?q=${encodeURIComponent("HTML Tags")}`)).text();
      assert.ok(found.includes(`href="${await storyUrl(db, story.id)}"`), "found by search");
      // Related stories are the server's background jobs, each story's computed once, after its batch.
      await eventually(
        async () => {
          const related = await db
            .selectFrom("related_stories")
            .where("article_id", "=", story.id)
            .select("related_id")
            .execute();
          return related.length > 0 ? related : undefined;
        },
        30_000,
        "the imported story's related stories",
      );
      const index = await (await get("/sitemap.xml")).text();
      const locs: string[] = [];
      for (const sitemap of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] ?? "").pathname,
      )) {
        const xml = await (await get(sitemap)).text();
        locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""));
      }
      assert.ok(
        locs.includes(`http://dateline.test${await storyUrl(db, story.id)}`),
        "the story's new address",
      );
      assert.deepEqual(
        locs.filter((loc) => loc.includes("wpthemetestdata")),
        [],
        "no old address",
      );
      assert.ok(
        locs.some((loc) => loc.includes("/en/about")),
        "the pages sitemap",
      );
    });

    it("leaves one audit entry per run, saying what came in from where", async () => {
      const entries = await db
        .selectFrom("audit_log")
        .where("action", "=", "import.finished")
        .selectAll()
        .execute();
      assert.equal(entries.length, 1);
      assert.equal(entries[0]?.subject_id, "wpthemetestdata.wordpress.com");
      assert.match(entries[0]?.details ?? "", /"created":\d+/);
    });

    it("changes nothing when the same export is imported again", async () => {
      const before = await Promise.all(
        ["articles", "static_pages", "redirects", "import_ledger", "tags", "authors", "sections"].map((t) =>
          countRows(db, t as keyof Database),
        ),
      );
      const versions = await db.selectFrom("articles").select(["id", "version"]).orderBy("id").execute();
      const report = await importInProcess(db, [{ path: THEME_DATA, edition: "en" }], { now: clock });
      assert.equal(report.counts.created, 0);
      assert.equal(report.counts.updated, 0);
      assert.equal(report.byKind.post.unchanged, await countRows(db, "articles"));
      assert.equal(report.redirects.added, 0);
      const afterCounts = await Promise.all(
        ["articles", "static_pages", "redirects", "import_ledger", "tags", "authors", "sections"].map((t) =>
          countRows(db, t as keyof Database),
        ),
      );
      assert.deepEqual(afterCounts, before);
      assert.deepEqual(
        await db.selectFrom("articles").select(["id", "version"]).orderBy("id").execute(),
        versions,
      );
    });
  });

  describe(`a newer export, an interruption and parallel imports on ${dialect}`, { skip }, () => {
    const folder = mkdtempSync(join(tmpdir(), "dateline-wxr-"));
    after(() => rmSync(folder, { recursive: true, force: true }));

    async function withDatabase(work: (db: Kysely<Database>) => Promise<void>): Promise<void> {
      const database = await createMigratedTestDatabase(dialect);
      const db = await createDb(database.url);
      try {
        await work(db.kysely);
      } finally {
        await db.close();
        await database.drop();
      }
    }

    it("updates only what changed in a newer export, and leaves a story an editor changed alone", async () => {
      await withDatabase(async (db) => {
        await importInProcess(db, [{ path: SMALL, edition: "en" }], { now: clock });
        const [first, second] = await db
          .selectFrom("articles")
          .select(["id", "headline", "version"])
          .orderBy("id")
          .limit(2)
          .execute();
        assert.ok(first && second);
        // An editor works on the second story in Dateline.
        await db
          .updateTable("articles")
          .set({ standfirst: "Edited in the newsroom.", version: second.version + 1 })
          .where("id", "=", second.id)
          .execute();
        const newer = join(folder, `newer-${dialect}.xml`);
        writeFileSync(
          newer,
          readFileSync(SMALL, "utf8")
            .replace(`<title>${first.headline}</title>`, `<title>${first.headline} (revised)</title>`)
            .replace(`<title>${second.headline}</title>`, `<title>${second.headline} (revised)</title>`),
        );
        const report = await importInProcess(db, [{ path: newer, edition: "en" }], { now: clock });
        assert.equal(report.byKind.post.updated, 1);
        assert.equal(report.byKind.post.created, 0);
        assert.deepEqual(
          report.skipped.filter((s) => /edited in Dateline/.test(s.reason)).map((s) => s.title),
          [`${second.headline} (revised)`],
        );
        const now = await db
          .selectFrom("articles")
          .where("id", "in", [first.id, second.id])
          .select(["id", "headline", "standfirst"])
          .orderBy("id")
          .execute();
        assert.equal(now[0]?.headline, `${first.headline} (revised)`);
        assert.equal(now[1]?.headline, second.headline);
        assert.equal(now[1]?.standfirst, "Edited in the newsroom.");
      });
    });

    it("keeps posts' text: titles exactly (NFC), and every line of the body readers saw", async () => {
      await withDatabase(async (db) => {
        let compared = 0;
        for (const name of [
          "importer-wxr-utf-8-challenges.xml",
          "importer-small-export.xml",
          "importer-e2e-wxr-simple.xml",
        ]) {
          const path = join(corpus.path, name);
          await importInProcess(db, [{ path, edition: "en" }], { now: clock });
          for (const item of await itemsOf(path)) {
            if (item.postType !== "post" || /\[|<!-- wp:/.test(item.content)) continue;
            const story = await db
              .selectFrom("articles")
              .where(
                "headline",
                "=",
                htmlToPlainText(item.title.normalize("NFC")).replace(/\s+/g, " ").trim(),
              )
              .select("body_html")
              .executeTakeFirst();
            assert.ok(story, `"${item.title}" was imported with its title`);
            const stored = htmlToPlainText(story.body_html);
            for (const line of htmlToPlainText(sanitizeStoryBody(item.content.normalize("NFC"))).split("\n"))
              assert.ok(stored.includes(line), `"${line}" of "${item.title}"`);
            compared++;
          }
        }
        assert.ok(compared >= 3, `${compared} posts compared`);
      });
    });

    it("finishes an interrupted import on a re-run, without duplicates", async () => {
      await withDatabase(async (db) => {
        const clean = await withCleanCount();
        const stop = new AbortController();
        const partial = await importInProcess(db, [{ path: THEME_DATA, edition: "en" }], {
          now: clock,
          signal: stop.signal,
          onProgress: ({ done }) => {
            if (done > 0) stop.abort();
          },
        });
        assert.equal(partial.interrupted, true);
        const partway = await countRows(db, "articles");
        assert.ok(partway > 0 && partway < clean, `${partway} of ${clean} stories before the interruption`);
        const rest = await importInProcess(db, [{ path: THEME_DATA, edition: "en" }], { now: clock });
        assert.equal(rest.interrupted, false);
        assert.equal(rest.byKind.post.created + partial.byKind.post.created, clean);
        assert.equal(await countRows(db, "articles"), clean);
        const slugs = await db.selectFrom("articles").select("slug").execute();
        assert.equal(new Set(slugs.map((s) => s.slug)).size, slugs.length);
      });
    });

    async function withCleanCount(): Promise<number> {
      let count = 0;
      await withDatabase(async (db) => {
        count = (await importInProcess(db, [{ path: THEME_DATA, edition: "en" }], { now: clock })).byKind.post
          .created;
      });
      return count;
    }

    it("makes one copy of everything when the same export is imported by several runs at once", async () => {
      await withDatabase(async (db) => {
        const reports = await Promise.all(
          [1, 2, 3].map(() => importInProcess(db, [{ path: THEME_DATA, edition: "en" }], { now: clock })),
        );
        const created = reports.reduce((n, r) => n + r.byKind.post.created, 0);
        const posts = reports[0] ? reports[0].byKind.post.created + reports[0].byKind.post.unchanged : 0;
        assert.equal(created, posts, "each post created by exactly one run");
        assert.equal(await countRows(db, "articles"), posts);
        assert.equal(
          await countRows(db, "import_ledger"),
          posts + (reports[0]?.byKind.page.created ?? 0) + (reports[0]?.byKind.page.unchanged ?? 0),
        );
        const pages = await db.selectFrom("static_pages").select(["edition", "path"]).execute();
        assert.equal(new Set(pages.map((p) => `${p.edition}/${p.path}`)).size, pages.length);
        const keys = await db.selectFrom("redirects").select("from_key").execute();
        assert.equal(new Set(keys.map((k) => k.from_key)).size, keys.length);
      });
    });
  });
}
