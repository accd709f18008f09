import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { createDb } from "../../src/db/create-db.ts";
import type { ImportReport } from "../../src/importers/wordpress/import/import-report.ts";
import { WxrError } from "../../src/importers/wordpress/wxr-records.ts";
import { corpusPath } from "../support/corpora.ts";
import { createMigratedTestDatabase, DIALECTS, unavailable } from "../support/databases.ts";
import { countRows, importInProcess } from "../support/wordpress-import.ts";

/**
 * Every export in the shared WXR corpus imports with counts that match the file: each post, page
 * and attachment is accounted for (made, or skipped with a reason), as are the authors, tags and
 * categories the file declares, and the database holds exactly what the report says it made.
 */
const corpus = corpusPath("wxr");

interface FileCounts {
  items: Record<string, number>;
  /** Items the reader cannot use (no id or type): skipped with their line. */
  unusable: number;
  authors: number;
  tags: number;
  categories: number;
}

/** What the file holds, counted by a different parser reading it whole. */
function countsOf(path: string): FileCounts {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: () => true });
  const channel = parser.parse(readFileSync(path, "utf8")).rss[0].channel[0];
  const text = (node: unknown): string =>
    typeof node === "string" ? node.trim() : String((node as { "#text"?: string })?.["#text"] ?? "").trim();
  const counts: FileCounts = { items: {}, unusable: 0, authors: 0, tags: 0, categories: 0 };
  const logins = new Set(
    (channel["wp:author"] ?? []).map((a: Record<string, unknown[]>) => text(a["wp:author_login"]?.[0])),
  );
  logins.delete("");
  counts.authors = logins.size;
  counts.tags = (channel["wp:tag"] ?? []).length;
  counts.categories = (channel["wp:category"] ?? []).length;
  for (const item of channel.item ?? []) {
    const type = text(item["wp:post_type"]?.[0]);
    if (text(item["wp:post_id"]?.[0]) === "" || type === "") counts.unusable++;
    else counts.items[type] = (counts.items[type] ?? 0) + 1;
  }
  return counts;
}

/** Files that are not WordPress exports of a known version: the import stops before writing. */
const REFUSED: Record<string, string> = {
  "importer-malformed.xml": "not-wxr",
  "importer-missing-version-tag.xml": "missing-version",
};
/** Files the oracle cannot judge alone; see wxr-corpus.test.ts for what the reader makes of them. */
const SPECIAL = new Set([
  "importer-malformed-simple.xml",
  "importer-namespace-edge-cases.xml",
  "importer-crazy-cdata.xml",
]);

const TABLES = [
  "articles",
  "static_pages",
  "media",
  "redirects",
  "import_ledger",
  "authors",
  "tags",
  "sections",
] as const;

for (const dialect of DIALECTS) {
  const skip = (await unavailable(dialect)) ?? corpus.skip;
  describe(`the WordPress corpus imported on ${dialect}`, { skip }, () => {
    const files = corpus.skip
      ? []
      : readdirSync(corpus.path)
          .filter((name) => name.endsWith(".xml"))
          .sort();

    async function withDatabase<T>(
      work: (db: Awaited<ReturnType<typeof createDb>>) => Promise<T>,
    ): Promise<T> {
      const database = await createMigratedTestDatabase(dialect);
      const db = await createDb(database.url);
      try {
        return await work(db);
      } finally {
        await db.close();
        await database.drop();
      }
    }

    for (const name of files) {
      it(`imports ${name} with the counts the file holds`, async () => {
        const path = join(corpus.path, name);
        await withDatabase(async (db) => {
          const refusal = REFUSED[name];
          if (refusal) {
            await assert.rejects(importInProcess(db.kysely, [{ path, edition: "en" }]), (error: unknown) => {
              assert.ok(error instanceof WxrError, String(error));
              assert.equal(error.code, refusal);
              return true;
            });
            for (const table of TABLES)
              assert.equal(await countRows(db.kysely, table), 0, `${table} after a refused file`);
            return;
          }
          if (name === "importer-malformed-simple.xml") {
            // The file breaks off inside its only item: stopped with the line, nothing written.
            await assert.rejects(importInProcess(db.kysely, [{ path, edition: "en" }]), /line 14/);
            assert.equal(await countRows(db.kysely, "articles"), 0);
            return;
          }
          const report = await importInProcess(db.kysely, [{ path, edition: "en" }]);
          if (!SPECIAL.has(name)) assertMatchesFile(report, countsOf(path));
          await assertRowsMatchReport(db.kysely, report);
        });
      });
    }

    it("imports the namespace edge cases as the reader reads them: hijacked fields are not WordPress's", async () => {
      await withDatabase(async (db) => {
        const report = await importInProcess(db.kysely, [
          { path: join(corpus.path, "importer-namespace-edge-cases.xml"), edition: "en" },
        ]);
        // Six items: five carry a post id in a WordPress namespace (and no date, so they cannot be
        // published as they claim); the sixth has its id only in a hijacked namespace.
        assert.equal(report.counts.created + report.counts.skipped, 6);
        assert.equal(report.skipped.find((s) => s.title === "Hijacked Namespace")?.reason, "no wp:post_id");
        assert.equal(report.skipped.filter((s) => s.reason === "a published post without a date").length, 5);
      });
    });

    it("skips the item whose CDATA ends early, with its line, and imports the rest", async () => {
      await withDatabase(async (db) => {
        const report = await importInProcess(db.kysely, [
          { path: join(corpus.path, "importer-crazy-cdata.xml"), edition: "en" },
        ]);
        const bad = report.skipped.find((s) => s.postId === 1);
        assert.equal(bad?.line, 12);
        assert.match(bad?.reason ?? "", /]]>/);
        const file = countsOf(join(corpus.path, "importer-crazy-cdata.xml"));
        const items = Object.values(file.items).reduce((a, b) => a + b, 0);
        assert.equal(report.counts.created + report.counts.skipped, items + file.unusable);
      });
    });
  });
}

function assertMatchesFile(report: ImportReport, file: FileCounts): void {
  const { post = 0, page = 0, attachment = 0, ...others } = file.items;
  const seen = (k: "post" | "page" | "attachment") => report.byKind[k].created + report.byKind[k].skipped;
  assert.equal(seen("post"), post, "posts");
  assert.equal(seen("page"), page, "pages");
  assert.equal(seen("attachment"), attachment, "attachments");
  const otherTypes = Object.values(others).reduce((a, b) => a + b, 0);
  const notPostsPagesOrAttachments = report.skipped.filter((s) => /^post type "/.test(s.reason)).length;
  assert.equal(notPostsPagesOrAttachments, otherTypes, "items of other post types, skipped by name");
  assert.equal(report.counts.skipped, report.skipped.length);
  assert.equal(
    report.counts.created + report.counts.skipped,
    post + page + attachment + otherTypes + file.unusable,
    "every item made or skipped",
  );
  for (const entry of report.skipped)
    assert.ok(entry.reason.length > 0 && entry.line > 0, JSON.stringify(entry));
  assert.equal(report.byKind.author.created, file.authors, "authors");
  assert.equal(report.byKind.tag.created + report.byKind.tag.unchanged, file.tags, "tags");
  const c = report.categories;
  assert.equal(c.declared, file.categories, "categories");
  assert.equal(c.asSections + c.asTags + c.unused, c.declared);
}

async function assertRowsMatchReport(
  db: Parameters<typeof countRows>[0],
  report: ImportReport,
): Promise<void> {
  assert.equal(await countRows(db, "articles"), report.byKind.post.created, "stories in the database");
  assert.equal(
    await countRows(db, "static_pages"),
    report.byKind.page.created,
    "static pages in the database",
  );
  assert.equal(
    await countRows(db, "import_ledger"),
    report.byKind.post.created + report.byKind.page.created + report.byKind.attachment.created,
    "ledger entries",
  );
  assert.equal(await countRows(db, "redirects"), report.redirects.added);
}
