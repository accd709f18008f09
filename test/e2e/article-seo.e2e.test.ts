import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import type { Role } from "../../src/accounts/roles.ts";
import { type ApiClient, loginAsEveryRole } from "../support/api-client.ts";
import { DIALECTS, unavailable } from "../support/databases.ts";
import { movableClock, pinnedClock } from "../support/test-clock.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

interface Story {
  id: number;
  version: number;
  headline: string;
  standfirst: string;
  body: string;
  url: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  socialMediaId: number | null;
  leadMediaId: number | null;
}
interface Problem {
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  conflicts?: { field: string }[];
}

const SEO = ["seoTitle", "seoDescription", "socialTitle", "socialDescription", "socialMediaId"] as const;
const SITE = "The Dhaka Dateline";

/** What a page's head tells search engines and social sites (cheerio decodes the entities). */
function headOf(html: string) {
  const $ = cheerio.load(html);
  const meta = (attribute: "name" | "property", key: string) =>
    $(`head meta[${attribute}="${key}"]`).attr("content");
  const jsonLd = $('head script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
  return {
    title: $("head title").text(),
    description: meta("name", "description"),
    ogTitle: meta("property", "og:title"),
    ogDescription: meta("property", "og:description"),
    ogImage: meta("property", "og:image"),
    ogImageWidth: meta("property", "og:image:width"),
    ogImageHeight: meta("property", "og:image:height"),
    twitterTitle: meta("name", "twitter:title"),
    twitterDescription: meta("name", "twitter:description"),
    twitterImage: meta("name", "twitter:image"),
    headline: jsonLd.find((d) => d["@type"] === "NewsArticle")?.headline,
  };
}

/**
 * A story's search and social texts and picture: stored like its other fields, merged, kept in
 * revisions, validated, and used by the page's head (with the page's own as the fallback).
 */
for (const dialect of DIALECTS) {
  const skip = await unavailable(dialect);
  describe(`search and social fields on ${dialect}`, { skip }, () => {
    // Noon in the newsroom: the masthead's midnight, which drops every page, stays out of the way.
    const clock = movableClock(pinnedClock("2026-12-04T12:00:00+06:00"));
    let server: TestServer;
    let as: Record<Role, ApiClient>;
    /** A demo photo with JPEG variants, and its widest one. */
    let photo: { id: number; widest: { file: string; width: number; height: number } };
    let otherPhoto: number;

    before(async () => {
      server = await startTestServer(dialect, {}, { clock });
      as = await loginAsEveryRole(server);
      const db = server.server.db.kysely;
      const jpegs = await db
        .selectFrom("media_variants")
        .where("format", "=", "jpeg")
        .select(["media_id", "file_name", "width", "height"])
        .orderBy("media_id")
        .orderBy("width", "desc")
        .execute();
      const first = jpegs[0];
      assert.ok(first, "the demo has photos with JPEG variants");
      photo = { id: first.media_id, widest: { file: first.file_name, ...first } };
      const other = jpegs.find((j) => j.media_id !== first.media_id);
      assert.ok(other);
      otherPhoto = other.media_id;
    });
    after(async () => {
      await server?.stop();
    });

    const create = async (fields: Record<string, unknown> = {}) => {
      const created = await as.editor.request<Story>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: `Ferry fares cut for the winter ${Math.random().toString(36).slice(2, 8)}`,
        standfirst: "Operators lower prices on the southern routes.",
        body: "<p>Fares fall by a tenth from Monday.</p>",
        ...fields,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const save = async (story: Pick<Story, "id" | "version">, fields: Record<string, unknown>) => {
      const saved = await as.editor.request<Story>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        ...fields,
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      return saved.body;
    };
    const get = async (id: number) => (await as.editor.get<Story>(`/articles/${id}`)).body;
    const publish = async (story: Story) => {
      const published = await as.editor.request<Story>("POST", `/articles/${story.id}/publish`);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      await server.server.jobs.poke();
      return published.body;
    };
    const page = async (path: string) => {
      const response = await fetch(server.url + path);
      assert.equal(response.status, 200, path);
      return { cache: response.headers.get("x-cache"), html: await response.text() };
    };
    const seoOf = (story: Story) => Object.fromEntries(SEO.map((f) => [f, story[f]]));

    it("stores the five fields on create and save, trimmed and in NFC, an empty text as none", async () => {
      const nfd = "Café prices".normalize("NFD");
      const story = await create({
        seoTitle: `  ${nfd} fall on ferries  `,
        seoDescription: "Fares on the southern ferry routes drop by a tenth.",
        socialMediaId: photo.id,
      });
      assert.deepEqual(seoOf(story), {
        seoTitle: "Café prices fall on ferries".normalize("NFC"),
        seoDescription: "Fares on the southern ferry routes drop by a tenth.",
        socialTitle: null,
        socialDescription: null,
        socialMediaId: photo.id,
      });
      const saved = await save(story, {
        seoTitle: "   ",
        socialTitle: "Cheaper ferries south",
        socialDescription: "What the new fares mean for you",
        socialMediaId: null,
      });
      const expected = {
        seoTitle: null,
        seoDescription: "Fares on the southern ferry routes drop by a tenth.",
        socialTitle: "Cheaper ferries south",
        socialDescription: "What the new fares mean for you",
        socialMediaId: null,
      };
      assert.deepEqual(seoOf(saved), expected);
      assert.deepEqual(seoOf(await get(story.id)), expected, "the editor's GET answers them");
    });

    it("keeps them in revisions: compare names them and restore brings them back", async () => {
      const story = await create({ seoTitle: "First search title", socialMediaId: photo.id });
      const changed = await save(story, { seoTitle: "Second search title", socialMediaId: otherPhoto });
      const revisions = (
        await as.editor.get<{ items: { id: number; number: number; summary: string }[] }>(
          `/articles/${story.id}/revisions`,
        )
      ).body.items;
      const [newest, first] = [revisions[0], revisions.at(-1)];
      assert.ok(newest && first);
      assert.match(newest.summary, /seoTitle.*socialMediaId/);
      const compared = await as.editor.get<{ changes: { field: string; from: unknown; to: unknown }[] }>(
        `/articles/${story.id}/revisions/compare?from=${first.id}&to=${newest.id}`,
      );
      assert.equal(compared.status, 200, JSON.stringify(compared.body));
      assert.deepEqual(
        compared.body.changes
          .filter((c) => SEO.some((f) => f === c.field))
          .map(({ field, from, to }) => ({ field, from, to })),
        [
          { field: "seoTitle", from: "First search title", to: "Second search title" },
          { field: "socialMediaId", from: photo.id, to: otherPhoto },
        ],
      );
      const restored = await as.editor.request<Story>(
        "POST",
        `/articles/${story.id}/revisions/${first.id}/restore`,
        { version: changed.version },
      );
      assert.equal(restored.status, 200, JSON.stringify(restored.body));
      assert.deepEqual(
        [restored.body.seoTitle, restored.body.socialMediaId],
        ["First search title", photo.id],
      );
    });

    it("refuses a text over its length, counting a Bangla conjunct once, and changes nothing", async () => {
      const story = await create({ seoTitle: "Unchanged" });
      const tooLong = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        seoTitle: "x".repeat(71),
        headline: "Not saved either",
      });
      assert.equal(tooLong.status, 400);
      assert.equal(tooLong.body.code, "VALIDATION_FAILED");
      assert.deepEqual(tooLong.body.errors, [
        { path: "body.seoTitle", message: "must be at most 70 characters" },
      ]);
      for (const [field, max] of [
        ["seoDescription", 300],
        ["socialTitle", 100],
        ["socialDescription", 300],
      ] as const) {
        const refused = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
          version: story.version,
          [field]: "y".repeat(max + 1),
        });
        assert.equal(refused.status, 400, field);
        assert.equal(refused.body.errors?.[0]?.path, `body.${field}`);
        const fits = await as.editor.request<Problem>("POST", `/articles/${story.id}/preview`, {
          [field]: "y".repeat(max),
        });
        assert.equal(fits.status, 200, `${field} takes ${max}`);
      }
      const after = await get(story.id);
      assert.deepEqual(
        [after.version, after.seoTitle, after.headline],
        [story.version, "Unchanged", story.headline],
      );
      // 70 conjuncts are 70 characters to a reader, though 210 UTF-16 units.
      const bangla = await save(story, { seoTitle: "ক্ষ".repeat(70) });
      assert.equal(bangla.seoTitle, "ক্ষ".repeat(70));
      const over = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: bangla.version,
        seoTitle: "ক্ষ".repeat(71),
      });
      assert.equal(over.status, 400);
    });

    it("refuses an unknown or deleted social photo with 422, leaving the story and the version", async () => {
      const story = await create({ socialMediaId: photo.id });
      const unknown = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: story.version,
        socialMediaId: 987_654,
        seoTitle: "Would be saved with it",
      });
      assert.equal(unknown.status, 422, JSON.stringify(unknown.body));
      assert.equal(unknown.body.code, "UNPROCESSABLE");
      assert.deepEqual(unknown.body.errors, [
        { path: "body.socialMediaId", message: "there is no photo 987654" },
      ]);
      const kept = await get(story.id);
      assert.deepEqual([kept.version, kept.socialMediaId, kept.seoTitle], [story.version, photo.id, null]);

      const db = server.server.db.kysely;
      const countStories = async () =>
        Number(
          (
            await db
              .selectFrom("articles")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await countStories();
      const refusedCreate = await as.editor.request<Problem>("POST", "/articles", {
        edition: "en",
        section: "national",
        headline: "Never created",
        standfirst: "",
        body: "<p>x</p>",
        socialMediaId: 987_654,
      });
      assert.equal(refusedCreate.status, 422);
      assert.equal(await countStories(), before, "no story was created");

      // A photo removed from the library: stories lose it (as they lose a lead photo), and it
      // cannot be chosen again.
      const gone = await db
        .insertInto("media")
        .values({
          file_name: "zz/removed.jpg",
          mime: "image/jpeg",
          width: 10,
          height: 10,
          caption: "Removed",
          alt: "Removed",
          credit: "Staff",
          created_at: server.clock().toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const using = await save(story, { socialMediaId: gone.id });
      await db.deleteFrom("media").where("id", "=", gone.id).execute();
      assert.equal((await get(story.id)).socialMediaId, null);
      const deleted = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: using.version,
        socialMediaId: gone.id,
      });
      assert.equal(deleted.status, 422);
      assert.equal((await get(story.id)).version, using.version);
    });

    it("merges concurrent saves of search fields and body; refuses the same field changed twice", async () => {
      const story = await create();
      const [seo, body] = await Promise.all([
        save(story, { seoTitle: "Ferry fares fall", socialMediaId: photo.id }),
        save(story, { body: "<p>Fares fall by a tenth from Monday, the operators said.</p>" }),
      ]);
      assert.ok(seo && body);
      const merged = await get(story.id);
      assert.equal(merged.version, story.version + 2);
      assert.deepEqual(
        [merged.seoTitle, merged.socialMediaId, merged.body],
        ["Ferry fares fall", photo.id, "<p>Fares fall by a tenth from Monday, the operators said.</p>"],
      );
      // Five people each changing another field at once, from one version: all kept, one revision each.
      const base = merged;
      const revisionCount = async () =>
        (await as.editor.get<{ items: unknown[] }>(`/articles/${story.id}/revisions`)).body.items.length;
      const revisionsBefore = await revisionCount();
      const edits: Record<string, unknown>[] = [
        { seoDescription: "Southern routes are cheaper from Monday." },
        { socialTitle: "Cheaper ferries" },
        { socialDescription: "A tenth off every southern fare" },
        { headline: "Ferry fares cut on southern routes" },
        { standfirst: "Operators lower prices from Monday." },
      ];
      const answers = await Promise.all(
        edits.map((fields) =>
          as.editor.request<Story>("PATCH", `/articles/${story.id}`, { version: base.version, ...fields }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 200, 200, 200],
      );
      const all = await get(story.id);
      assert.equal(all.version, base.version + 5);
      assert.deepEqual(
        [all.seoDescription, all.socialTitle, all.socialDescription, all.headline, all.standfirst],
        edits.map((e) => Object.values(e)[0]),
      );
      assert.equal(await revisionCount(), revisionsBefore + 5);

      await save(all, { seoDescription: "Mine" });
      const conflict = await as.editor.request<Problem>("PATCH", `/articles/${story.id}`, {
        version: all.version,
        seoDescription: "Theirs",
      });
      assert.equal(conflict.status, 409);
      assert.deepEqual(
        conflict.body.conflicts?.map((c) => c.field),
        ["seoDescription"],
      );
      // Sent back as it was at the base: not an edit, the newer value stays.
      const unchanged = await save(all, { seoDescription: all.seoDescription, seoTitle: "Fares fall" });
      assert.deepEqual([unchanged.seoDescription, unchanged.seoTitle], ["Mine", "Fares fall"]);
    });

    it("gives the page head the story's texts and picture, and the page's own when unset", async () => {
      const lead = otherPhoto;
      const story = await publish(await create({ leadMediaId: lead }));
      assert.ok(story.url);
      const plain = headOf((await page(story.url)).html);
      assert.equal(plain.title, `${story.headline} | ${SITE}`);
      assert.deepEqual(
        [plain.description, plain.ogTitle, plain.ogDescription, plain.twitterTitle, plain.twitterDescription],
        [story.standfirst, story.headline, story.standfirst, story.headline, story.standfirst],
      );
      const leadImage = plain.ogImage;
      assert.ok(leadImage?.startsWith("http://dateline.test/media/"), leadImage);
      assert.equal(plain.twitterImage, leadImage);

      const withSeo = await save(story, {
        seoTitle: "Ferry fares: what changes on Monday",
        seoDescription: "Every southern route is cheaper & quicker to book.",
        socialTitle: "Your ferry ticket just got cheaper",
        socialDescription: "A tenth off, from Monday",
        socialMediaId: photo.id,
      });
      const head = headOf((await page(story.url)).html);
      assert.equal(head.title, "Ferry fares: what changes on Monday", "the whole title, no site name added");
      assert.equal(head.description, "Every southern route is cheaper & quicker to book.");
      assert.deepEqual(
        [head.ogTitle, head.twitterTitle, head.ogDescription, head.twitterDescription],
        [
          "Your ferry ticket just got cheaper",
          "Your ferry ticket just got cheaper",
          "A tenth off, from Monday",
          "A tenth off, from Monday",
        ],
      );
      const widest = `http://dateline.test/media/${photo.widest.file}`;
      assert.deepEqual(
        [head.ogImage, head.twitterImage, head.ogImageWidth, head.ogImageHeight],
        [widest, widest, String(photo.widest.width), String(photo.widest.height)],
      );
      assert.equal(head.headline, story.headline, "JSON-LD keeps the headline");

      // Search fields only: shares keep the page's own, and the other way round.
      const searchOnly = await save(withSeo, {
        socialTitle: null,
        socialDescription: "",
        socialMediaId: null,
      });
      const mixed = headOf((await page(story.url)).html);
      assert.deepEqual(
        [mixed.title, mixed.ogTitle, mixed.ogDescription, mixed.ogImage],
        ["Ferry fares: what changes on Monday", story.headline, story.standfirst, leadImage],
      );
      await save(searchOnly, { seoTitle: null, seoDescription: null, socialTitle: "Shared title" });
      const socialOnly = headOf((await page(story.url)).html);
      assert.deepEqual(
        [socialOnly.title, socialOnly.description, socialOnly.ogTitle, socialOnly.twitterTitle],
        [`${story.headline} | ${SITE}`, story.standfirst, "Shared title", "Shared title"],
      );
    });

    it("drops the cached page when a search or social field changes", async () => {
      const story = await publish(await create());
      assert.ok(story.url);
      await page(story.url);
      assert.equal((await page(story.url)).cache, "hit");
      const saved = await save(story, { seoDescription: "A fresh description for search" });
      const after = await page(story.url);
      assert.equal(after.cache, "miss");
      assert.equal(headOf(after.html).description, "A fresh description for search");
      assert.equal((await page(story.url)).cache, "hit");
      await save(saved, { socialMediaId: photo.id });
      const shared = await page(story.url);
      assert.equal(shared.cache, "miss");
      assert.equal(headOf(shared.html).ogImage, `http://dateline.test/media/${photo.widest.file}`);
    });

    it("renders unsaved search and social fields in the preview, writing nothing", async () => {
      const story = await create({ seoTitle: "Stored search title" });
      const preview = await as.editor.request<string>("POST", `/articles/${story.id}/preview`, {
        seoTitle: "Unsaved search title",
        seoDescription: "Unsaved description",
        socialTitle: "Unsaved share title",
        socialDescription: "Unsaved share description",
        socialMediaId: photo.id,
      });
      assert.equal(preview.status, 200);
      const head = headOf(preview.body);
      assert.deepEqual(
        [head.title, head.description, head.ogTitle, head.ogDescription, head.ogImage],
        [
          "Unsaved search title",
          "Unsaved description",
          "Unsaved share title",
          "Unsaved share description",
          `http://dateline.test/media/${photo.widest.file}`,
        ],
      );
      const cleared = headOf(
        (await as.editor.request<string>("POST", `/articles/${story.id}/preview`, { seoTitle: "" })).body,
      );
      assert.equal(cleared.title, `${story.headline} | ${SITE}`, "an emptied field previews the fallback");
      const after = await get(story.id);
      assert.deepEqual([after.version, after.seoTitle], [story.version, "Stored search title"]);
    });

    it("names each edition's site and address for the newsroom's previews", async () => {
      const editions = await as.contributor.get<{
        items: { code: string; siteName: string; siteUrl: string }[];
      }>("/editions");
      assert.deepEqual(
        editions.body.items.map(({ code, siteName, siteUrl }) => [code, siteName, siteUrl]),
        [
          ["en", SITE, "http://dateline.test"],
          ["bn", "ঢাকা ডেটলাইন", "http://dateline.test"],
        ],
      );
    });

    it("does not copy them into a translation, which is in another language", async () => {
      const story = await create({
        seoTitle: "English search title",
        seoDescription: "English description",
        socialTitle: "English share title",
        socialDescription: "English share description",
        socialMediaId: photo.id,
      });
      const translated = await as.editor.request<Story>("POST", `/articles/${story.id}/translations`, {
        edition: "bn",
      });
      assert.equal(translated.status, 201, JSON.stringify(translated.body));
      assert.deepEqual(seoOf(translated.body), {
        seoTitle: null,
        seoDescription: null,
        socialTitle: null,
        socialDescription: null,
        socialMediaId: null,
      });
    });
  });
}
