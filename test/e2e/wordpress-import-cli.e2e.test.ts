import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { loadConfig } from "../../src/config/load.ts";
import { articlePath } from "../../src/content/content.ts";
import { createDb, type Db } from "../../src/db/create-db.ts";
import type { ImportReport } from "../../src/importers/wordpress/import/import-report.ts";
import { createLogger } from "../../src/logger.ts";
import { startServer } from "../../src/server.ts";
import { corpusPath } from "../support/corpora.ts";
import {
  createMigratedTestDatabase,
  DIALECTS,
  type TestDatabase,
  unavailable,
} from "../support/databases.ts";
import { DATELINE_CLI } from "../support/dateline-cli.ts";
import { getPage } from "../support/http.ts";
import { testClock } from "../support/test-clock.ts";
import { countRows } from "../support/wordpress-import.ts";

/**
 * `dateline import wordpress` as an operator runs it: a child process on a database of each
 * engine, reading the fixtures in test/fixtures/wxr (a Polylang site exported one language per
 * file, and a post with photos) and the refused files of the shared corpus.
 */
const FIXTURES = join(import.meta.dirname, "../fixtures/wxr");
const EN = join(FIXTURES, "polylang-en.xml");
const BN = join(FIXTURES, "polylang-bn.xml");
const UPLOADS = join(FIXTURES, "uploads.xml");
const corpus = corpusPath("wxr");
const THEME_DATA = corpus.skip ? "" : join(corpus.path, "wptrt-themeunittestdata.wordpress.xml");

const SUMMARY =
  /^(?:Dry run \(nothing was written\): would have )?(\d+) created, (\d+) updated, (\d+) unchanged, (\d+) skipped\.$/m;
/** Every table an import writes to. */
const WRITTEN = [
  "articles",
  "static_pages",
  "media",
  "redirects",
  "import_ledger",
  "tags",
  "authors",
  "sections",
] as const;

/** The Polylang fixtures' pairs: the English story's slug, its Bangla translation's. */
const PAIRS = [
  ["ferry-returns", "মেঘনা-ঘাটে-আবার-ফেরি"],
  ["better-hilsa-season", "ইলিশের-ভালো-মৌসুম"],
  ["school-rebuilt", "বন্যার-পর-নতুন-স্কুল"],
] as const;
const UNPAIRED = "night-market";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, migrated database with its own media folder, and the command run against it. */
interface Site {
  db: Db;
  env: Record<string, string>;
  dir: string;
  dateline(...args: string[]): Run;
  rowCounts(): Promise<Record<string, number>>;
}

async function openSite(dialect: "sqlite" | "postgres"): Promise<Site & { close(): Promise<void> }> {
  const database: TestDatabase = await createMigratedTestDatabase(dialect);
  const dir = mkdtempSync(join(tmpdir(), "dateline-wp-cli-"));
  const db = await createDb(database.url);
  const env = {
    PATH: process.env.PATH ?? "",
    LOG_LEVEL: "silent",
    DATABASE_URL: database.url,
    DATELINE_DEMO: "off",
    MEDIA_DIR: join(dir, "media"),
  };
  return {
    db,
    env,
    dir,
    dateline: (...args) => {
      const result = spawnSync(process.execPath, [...DATELINE_CLI, ...args], {
        env,
        encoding: "utf8",
        timeout: 120_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    async rowCounts() {
      const counts: Record<string, number> = {};
      for (const table of WRITTEN) counts[table] = await countRows(db.kysely, table);
      return counts;
    },
    async close() {
      await db.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function summaryOf(run: Run): number[] {
  const counts = SUMMARY.exec(run.stdout)?.slice(1).map(Number);
  assert.ok(counts, `no summary line in: ${run.stdout}${run.stderr}`);
  return counts;
}

function succeeded(run: Run): Run {
  assert.equal(run.code, 0, `exit ${run.code}: ${run.stderr}${run.stdout}`);
  return run;
}

/** A refusal: exit 1 and one line on stderr saying why. */
function refused(run: Run, reason: RegExp): void {
  assert.equal(run.code, 1, run.stdout);
  const lines = run.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0] as string, /^dateline: /);
  assert.match(lines[0] as string, reason);
}

function readReport(path: string): ImportReport {
  return JSON.parse(readFileSync(path, "utf8")) as ImportReport;
}

async function storiesBySlug(site: Site) {
  const rows = await site.db.kysely
    .selectFrom("articles")
    .select(["id", "edition", "slug", "translation_group", "section_id", "lead_media_id", "body_html"])
    .execute();
  return new Map(rows.map((r) => [r.slug, r]));
}

/** Each pair shares one group of its own, and the unpaired story has none. */
async function assertPolylangLinked(site: Site): Promise<string[]> {
  const stories = await storiesBySlug(site);
  assert.equal(stories.size, 7);
  const groups = PAIRS.map(([en, bn]) => {
    assert.equal(stories.get(en)?.edition, "en", en);
    assert.equal(stories.get(bn)?.edition, "bn", bn);
    const group = stories.get(en)?.translation_group;
    assert.ok(group, `${en} has no translation group`);
    assert.equal(stories.get(bn)?.translation_group, group, `${en} and ${bn}`);
    return group;
  });
  assert.equal(new Set(groups).size, PAIRS.length);
  assert.equal(stories.get(UNPAIRED)?.edition, "en");
  assert.equal(stories.get(UNPAIRED)?.translation_group, null);
  return groups;
}

for (const dialect of DIALECTS) {
  describe(`dateline import wordpress on ${dialect}`, async () => {
    const skip = await unavailable(dialect);
    const sites: { close(): Promise<void> }[] = [];
    const site = async () => {
      const opened = await openSite(dialect);
      sites.push(opened);
      return opened;
    };
    after(async () => {
      for (const opened of sites) await opened.close();
    });

    describe("a Polylang site exported one language per file", { skip }, () => {
      let together: Site;
      let groups: string[];
      before(async () => {
        together = await site();
      });

      it("brings both files in one command, each story into its edition and each pair into one group", async () => {
        const reportFile = join(together.dir, "report.json");
        const run = succeeded(
          together.dateline(
            ...["import", "wordpress", EN, BN, "--edition", "en", "--edition", "bn"],
            ...["--report", reportFile],
          ),
        );
        assert.deepEqual(summaryOf(run), [7, 0, 0, 0]);
        groups = await assertPolylangLinked(together);
        const report = readReport(reportFile);
        // Each pair once: the story that joined the other edition's.
        assert.equal(report.translations.linked, PAIRS.length);
        assert.deepEqual(report.translations.notLinked, []);
        assert.match(run.stdout, /Translations linked: 3\./);
        assert.match(run.stdout, /^ {2}authors: +1 created, 0 updated, 1 unchanged, 0 skipped$/m);
      });

      it("links the English story's page to its Bangla translation, and the unpaired one to the Bangla front", async () => {
        const config = loadConfig({ ...together.env, PORT: "0", HOST: "127.0.0.1" });
        const server = await startServer(config, createLogger("silent"), { clock: testClock() });
        try {
          const stories = await storiesBySlug(together);
          const pathOf = async (slug: string) => {
            const story = stories.get(slug);
            assert.ok(story, slug);
            const section = await together.db.kysely
              .selectFrom("section_localizations")
              .where("section_id", "=", story.section_id)
              .where("edition", "=", story.edition)
              .select("slug")
              .executeTakeFirstOrThrow();
            return articlePath(story.edition, section.slug, slug);
          };
          for (const [en, bn] of PAIRS) {
            const page = await getPage(server.url, await pathOf(en));
            assert.equal(page.response.status, 200, en);
            const toBangla = page.$('.edition-switch a[hreflang="bn"]');
            assert.equal(toBangla.attr("href"), await pathOf(bn), en);
            assert.equal(toBangla.attr("rel"), "alternate");
            const back = await getPage(server.url, await pathOf(bn));
            assert.equal(back.$('.edition-switch a[hreflang="en"]').attr("href"), await pathOf(en), bn);
          }
          const alone = await getPage(server.url, await pathOf(UNPAIRED));
          assert.equal(alone.response.status, 200);
          assert.equal(alone.$('.edition-switch a[hreflang="bn"]').attr("href"), "/bn/");
        } finally {
          await server.close();
        }
      });

      it("links the pairs the same way when the files come as two commands, Bangla first", async () => {
        const apart = await site();
        const bangla = succeeded(apart.dateline("import", "wordpress", BN, "--edition", "bn"));
        assert.deepEqual(summaryOf(bangla), [3, 0, 0, 0]);
        // Alone, the Bangla stories have nothing to link to yet; the English ones then join them.
        assert.match(bangla.stdout, /Translations linked: 0\./);
        const english = succeeded(apart.dateline("import", "wordpress", EN, "--edition", "en"));
        assert.deepEqual(summaryOf(english), [4, 0, 0, 0]);
        assert.match(english.stdout, /Translations linked: 3\./);
        // The group is named by the old site and its Polylang group, so both databases agree.
        assert.deepEqual(await assertPolylangLinked(apart), groups);
        const again = succeeded(apart.dateline("import", "wordpress", EN, BN, "--edition", "en"));
        assert.deepEqual(summaryOf(again), [0, 0, 7, 0]);
      });
    });

    describe("photos from --uploads", { skip }, () => {
      let photos: Site;
      let uploads: string;
      before(async () => {
        photos = await site();
        uploads = join(photos.dir, "uploads");
        mkdirSync(join(uploads, "2024/05"), { recursive: true });
        await sharp({ create: { width: 96, height: 64, channels: 3, background: "#5b7f95" } })
          .jpeg()
          .toFile(join(uploads, "2024/05/river.jpg"));
      });

      it("makes library photos with the attachment's caption, alt text and credit, the story's lead and its inline figure", async () => {
        const reportFile = join(photos.dir, "uploads-report.json");
        const run = succeeded(
          photos.dateline("import", "wordpress", UPLOADS, "--uploads", uploads, "--report", reportFile),
        );
        assert.deepEqual(summaryOf(run), [3, 0, 0, 0]);
        const media = await photos.db.kysely
          .selectFrom("media")
          .select(["id", "caption", "alt", "credit", "original_name", "file_name"])
          .orderBy("id")
          .execute();
        const attachment = media.find((m) => m.caption === "Morning mist over the Padma at Mawa.");
        assert.ok(attachment, JSON.stringify(media));
        assert.equal(attachment.alt, "A wide grey river under low mist, a single boat near the far bank");
        assert.equal(attachment.credit, "Tanvir Ahmed");
        assert.equal(attachment.original_name, "river.jpg");
        const stories = await storiesBySlug(photos);
        const erosion = stories.get("erosion-at-dawn");
        assert.equal(erosion?.lead_media_id, attachment.id);
        // The [caption] shows the attachment at a resized size: the figure is the library photo.
        assert.match(erosion?.body_html ?? "", new RegExp(`<figure data-media-id="${attachment.id}"`));
        assert.match(
          erosion?.body_html ?? "",
          /<figcaption>The same stretch of river an hour later\.<\/figcaption>/,
        );
        assert.doesNotMatch(erosion?.body_html ?? "", /old\.example\.com/);

        // A bare address at a resized size shows the attachment's picture: the same library photo.
        const letters = stories.get("letters-embankment");
        assert.match(letters?.body_html ?? "", new RegExp(`<figure data-media-id="${attachment.id}"`));
        assert.equal(media.length, 1);

        // An address climbing out of wp-content/uploads reads nothing and stays where it was.
        const report = readReport(reportFile);
        assert.deepEqual(report.remotePictures, [
          { postId: 203, url: "https://old.example.com/wp-content/uploads/../../etc/passwd" },
        ]);
        assert.deepEqual(report.failedPictures, []);
        assert.doesNotMatch(letters?.body_html ?? "", /<img[^>]*passwd/);
      });

      it("makes no new photos or stories when run again", async () => {
        const before = await photos.rowCounts();
        const run = succeeded(photos.dateline("import", "wordpress", UPLOADS, "--uploads", uploads));
        assert.deepEqual(summaryOf(run), [0, 0, 3, 0]);
        assert.deepEqual(await photos.rowCounts(), before);
      });
    });

    describe("refusals and dry runs, which write nothing", { skip }, () => {
      let empty: Site;
      let nothing: Record<string, number>;
      before(async () => {
        empty = await site();
        nothing = await empty.rowCounts();
      });

      it("--dry-run prints what it would do and writes nothing", async () => {
        const run = succeeded(
          empty.dateline(
            ...["import", "wordpress", EN, BN, "--edition", "en", "--edition", "bn"],
            "--dry-run",
          ),
        );
        assert.match(run.stdout, /^Dry run \(nothing was written\): would have 7 created, 0 updated/m);
        assert.deepEqual(summaryOf(run), [7, 0, 0, 0]);
        assert.match(run.stdout, /^ {2}posts: +7 created/m);
        // As the real run counts it (in the Polylang suite): the second file's author is the first's.
        assert.match(run.stdout, /^ {2}authors: +1 created, 0 updated, 1 unchanged, 0 skipped$/m);
        assert.deepEqual(await empty.rowCounts(), nothing);
      });

      for (const [file, reason] of [
        [
          "importer-missing-version-tag.xml",
          /no <wp:wxr_version> before the first item: not a WordPress export/,
        ],
        ["importer-malformed.xml", /<rss> holds <notachanneltag> where <channel> should be/],
      ] as const) {
        it(`refuses ${file} in one line, even after a good file, and writes nothing`, {
          skip: corpus.skip,
        }, async () => {
          refused(empty.dateline("import", "wordpress", EN, join(corpus.path, file)), reason);
          assert.deepEqual(await empty.rowCounts(), nothing);
        });
      }

      it("refuses a file that is not XML, an unknown edition and a missing uploads folder", async () => {
        const notXml = join(empty.dir, "notes.txt");
        writeFileSync(notXml, "Just some notes about the old site.\n");
        refused(empty.dateline("import", "wordpress", EN, notXml), /not XML/);
        refused(empty.dateline("import", "wordpress", EN, "--edition", "fr"), /"fr" is not an edition/);
        refused(
          empty.dateline(
            "import",
            "wordpress",
            EN,
            BN,
            "--edition",
            "en",
            "--edition",
            "bn",
            "--edition",
            "en",
          ),
          /once for all files or once per file \(2 files, 3 editions\)/,
        );
        refused(
          empty.dateline("import", "wordpress", EN, "--uploads", join(empty.dir, "missing")),
          /--uploads .* is not a folder/,
        );
        assert.deepEqual(await empty.rowCounts(), nothing);
      });

      it("refuses a section map naming a section that does not exist, or not shaped as one", async () => {
        const unknown = join(empty.dir, "unknown-section.json");
        writeFileSync(unknown, JSON.stringify({ rivers: "nowhere" }));
        refused(
          empty.dateline("import", "wordpress", EN, "--section-map", unknown),
          /The section map names "nowhere", which is not a section\./,
        );
        const shapeless = join(empty.dir, "shapeless.json");
        writeFileSync(shapeless, JSON.stringify(["rivers", "news"]));
        refused(
          empty.dateline("import", "wordpress", EN, "--section-map", shapeless),
          /--section-map .*shapeless\.json: expected \{"category-slug": "section-key", …\}/,
        );
        assert.deepEqual(await empty.rowCounts(), nothing);
      });
    });

    describe("--section-map and --report", { skip }, () => {
      let mapped: Site;
      before(async () => {
        mapped = await site();
      });

      it("files a category's stories in the section the map names, which takes the category's name in the edition", async () => {
        succeeded(mapped.dateline("import", "wordpress", BN, "--edition", "bn"));
        const { id: nodi } = await mapped.db.kysely
          .selectFrom("sections")
          .where("key", "=", "wp-nodi")
          .select("id")
          .executeTakeFirstOrThrow();
        const map = join(mapped.dir, "sections.json");
        writeFileSync(map, JSON.stringify({ rivers: "wp-nodi" }));
        const sectionsBefore = (await mapped.rowCounts()).sections;
        succeeded(mapped.dateline("import", "wordpress", EN, "--section-map", map));
        assert.equal((await mapped.rowCounts()).sections, sectionsBefore, "no section was made");
        const stories = await storiesBySlug(mapped);
        for (const slug of [...PAIRS.map(([en]) => en), UNPAIRED])
          assert.equal(stories.get(slug)?.section_id, nodi, slug);
        const english = await mapped.db.kysely
          .selectFrom("section_localizations")
          .where("section_id", "=", nodi)
          .where("edition", "=", "en")
          .select(["slug", "name"])
          .executeTakeFirstOrThrow();
        assert.deepEqual(english, { slug: "rivers", name: "Rivers" });
      });

      it("writes a JSON report whose counts are the summary line's, with progress as plain lines", async () => {
        const reportFile = join(mapped.dir, "report.json");
        const run = succeeded(
          mapped.dateline(
            ...["import", "wordpress", EN, BN, UPLOADS, "--edition", "en", "--edition", "bn"],
            ...["--edition", "en", "--report", reportFile],
          ),
        );
        const report = readReport(reportFile);
        const { created, updated, unchanged, skipped } = report.counts;
        assert.deepEqual(summaryOf(run), [created, updated, unchanged, skipped]);
        // The two Polylang files came before; the photo post, without --uploads, comes now.
        assert.deepEqual([created, updated, unchanged, skipped], [2, 0, 7, 1]);
        assert.equal(report.dryRun, false);
        assert.deepEqual(
          report.files.map((f) => [f.path, f.edition, f.site, f.items]),
          [
            [EN, "en", "old.example.com", 4],
            [BN, "bn", "old.example.com", 3],
            [UPLOADS, "en", "old.example.com", 3],
          ],
        );
        assert.ok(report.remotePictures.some((p) => p.url.endsWith("/2024/05/river.jpg")));
        // Not a terminal: one line per update, no carriage returns or escape codes.
        for (const control of ["\r", "\u001b["]) assert.ok(!run.stdout.includes(control), run.stdout);
        for (const path of [EN, BN, UPLOADS]) {
          const name = path.split("/").at(-1) as string;
          assert.match(run.stdout, new RegExp(`^${name.replace(".", "\\.")}: 0/\\d+ items`, "m"));
          assert.match(run.stdout, new RegExp(`^${name.replace(".", "\\.")}: (\\d+)/\\1 items`, "m"));
        }
      });
    });

    describe("Ctrl-C", { skip: skip ?? corpus.skip }, () => {
      it("stops after the batch being written, exits 130, and a re-run finishes without duplicates", async () => {
        const opened = await site();
        const child = spawn(process.execPath, [...DATELINE_CLI, "import", "wordpress", THEME_DATA], {
          env: opened.env,
        });
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          // The first progress line comes before the first batch is written: interrupt then.
          if (!stdout) child.kill("SIGINT");
          stdout += chunk;
        });
        const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
        assert.equal(code, 130, stdout);
        assert.match(stdout, /before the import was interrupted; run it again to finish/);
        const partway = await countRows(opened.db.kysely, "articles");
        const rest = summaryOf(succeeded(opened.dateline("import", "wordpress", THEME_DATA)));
        const total = await countRows(opened.db.kysely, "articles");
        assert.ok(partway < total, `${partway} stories before Ctrl-C, ${total} after the re-run`);
        const slugs = await opened.db.kysely.selectFrom("articles").select("slug").execute();
        assert.equal(new Set(slugs.map((r) => r.slug)).size, total);
        assert.ok((rest[0] ?? 0) > 0, "the re-run made the rest");
      });
    });
  });
}
