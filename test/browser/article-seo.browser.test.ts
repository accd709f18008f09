/**
 * The "Search and social" panel in headless Chromium: an editor writes a live story's search and
 * social texts and picks its share picture, watches the search result and social card previews
 * follow (and fall back to the headline and standfirst when a field is emptied), updates the story
 * and finds the texts in the public page's head; the story's length shows under the headline; the
 * same panel in the Bangla interface counts a Bangla story's words and characters whole. Axe audits each.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { type ApiClient, createAccount } from "../support/api-client.ts";
import { eventually } from "../support/eventually.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const SITE = "The Dhaka Dateline";

interface Story {
  id: number;
  version: number;
  url: string | null;
  headline: string;
  standfirst: string;
}

describe("search and social panel in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let chromium: Browser;
  let editor: ApiClient;
  let page: Page;
  /** Demo photos with JPEG variants: one is the lead photo, the other is chosen for shares. */
  let lead: number;

  before(async () => {
    chromium = await launchChromium();
    server = await startTestServer("sqlite");
    const account = { email: "editor@newsroom.test", name: "Desk Editor", role: "editor" as const };
    editor = await createAccount(server, account);
    const photo = await server.server.db.kysely
      .selectFrom("media")
      .select("id")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    lead = photo.id;
    page = await chromium.context.newPage();
    await signInToNewsroom(page, server.url, account.email);
  });
  after(async () => {
    await chromium?.close();
    await server?.stop();
  });

  /** The story once the newsroom's save has reached the server. */
  const savedWith = (id: number, field: string, value: string) =>
    eventually(
      async () => {
        const answer = await editor.get<Record<string, unknown>>(`/articles/${id}`);
        return answer.body[field] === value ? answer : undefined;
      },
      10_000,
      `${field} saved`,
    );

  async function liveStory(fields: Record<string, unknown>): Promise<Story> {
    const created = await editor.request<Story>("POST", "/articles", {
      section: "national",
      leadMediaId: lead,
      ...fields,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const published = await editor.request<Story>("POST", `/articles/${created.body.id}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    return published.body;
  }

  it("previews the search result and social card as the editor types, and the page's head follows", async () => {
    const story = await liveStory({
      edition: "en",
      headline: "Metro rail opens Kamalapur extension",
      standfirst: "Trains run to the old railway station from Saturday.",
      body: `<p>${"The new stretch adds three stations to the line. ".repeat(45)}</p>`,
    });
    await page.goto(`${server.url}/newsroom/stories/${story.id}`);
    const panel = page.getByRole("region", { name: "Search and social" });
    await panel.waitFor();

    // The story's length under the headline: 9 × 45 = 405 words, two minutes at 200 a minute.
    const measures = page.getByTestId("story-measures");
    await measures.getByText("Headline: 36 characters").waitFor();
    await measures.getByText("405 words").waitFor();
    await measures.getByText("2 minutes to read").waitFor();

    // Empty fields preview the page's own head.
    const search = panel.getByTestId("search-preview");
    const card = panel.getByTestId("social-preview");
    await search.getByText(`${story.headline} | ${SITE}`).waitFor();
    await search.getByText(story.standfirst).waitFor();
    await search.getByText("dateline.test › en › national › metro-rail-opens-kamalapur-extension").waitFor();
    await card.getByText(story.headline).waitFor();
    await card.getByText("DATELINE.TEST").waitFor();
    const leadSrc = await card.getByRole("img").getAttribute("src");
    assert.ok(leadSrc, "the lead photo is the card's picture");

    await panel.getByLabel("Search title").fill("Kamalapur metro: stations, fares and times");
    await search.getByText("Kamalapur metro: stations, fares and times", { exact: true }).waitFor();
    await panel.getByText("42 of 70 characters, 30–60 recommended: within the recommended range").waitFor();
    const long = "Trains now run to Kamalapur. ".repeat(8);
    await panel.getByLabel("Search description").fill(long);
    // Cut as a result cuts it: at most 160 characters with the ellipsis.
    const shown = await search.locator(".serp-description").textContent();
    assert.ok(
      shown?.endsWith("…") && [...shown].length <= 160 && shown.startsWith("Trains now"),
      shown ?? "",
    );
    await panel.getByText(/231 of 300 characters, 70–160 recommended: longer than recommended/).waitFor();
    await panel.getByLabel("Search description").fill("Three new stations and the fares, from Saturday.");
    await panel.getByLabel("Social title").fill("The metro reaches Kamalapur");
    await card.getByText("The metro reaches Kamalapur", { exact: true }).waitFor();
    await panel.getByLabel("Social description").fill("Everything about the new stretch");
    await card.getByText("Everything about the new stretch", { exact: true }).waitFor();

    await panel.getByRole("button", { name: "Choose social image" }).click();
    const picker = page.getByRole("dialog", { name: "Choose social image" });
    await picker.waitFor();
    await assertAccessible(page, "social image picker");
    await picker
      .getByRole("button", { name: /^Use this photo/ })
      .nth(1)
      .click();
    await picker.waitFor({ state: "detached" });
    await panel.getByRole("button", { name: "Remove social image" }).waitFor();
    await page.waitForFunction(
      (before) => document.querySelector("[data-testid=social-preview] img")?.getAttribute("src") !== before,
      leadSrc,
    );
    await assertAccessible(page, "editor with the search and social panel");

    // Emptying a field shows the fallback again.
    await panel.getByLabel("Search title").fill("");
    await search.getByText(`${story.headline} | ${SITE}`).waitFor();
    await panel.getByLabel("Search title").fill("Kamalapur metro: stations, fares and times");

    await page.getByRole("button", { name: "Update live story" }).click();
    // Updating a live story is confirmed with the pre-publish checklist.
    await page
      .getByRole("dialog", { name: "Update the live story?" })
      .getByRole("button", { name: "Update live story" })
      .click();
    const saved = await savedWith(story.id, "seoTitle", "Kamalapur metro: stations, fares and times");
    assert.equal(saved.body.seoDescription, "Three new stations and the fares, from Saturday.");
    const social = Number(saved.body.socialMediaId);
    assert.ok(social > 0 && social !== lead, "another photo is shared");

    assert.ok(story.url);
    const reader = await chromium.context.newPage();
    await reader.goto(`${server.url}${story.url}`);
    assert.equal(await reader.title(), "Kamalapur metro: stations, fares and times");
    const meta = (selector: string) => reader.locator(`head meta[${selector}]`).getAttribute("content");
    assert.equal(await meta('name="description"'), "Three new stations and the fares, from Saturday.");
    assert.equal(await meta('property="og:title"'), "The metro reaches Kamalapur");
    assert.equal(await meta('name="twitter:title"'), "The metro reaches Kamalapur");
    assert.equal(await meta('property="og:description"'), "Everything about the new stretch");
    const widest = await server.server.db.kysely
      .selectFrom("media_variants")
      .where("media_id", "=", social)
      .where("format", "=", "jpeg")
      .orderBy("width", "desc")
      .select(["file_name", "width"])
      .executeTakeFirstOrThrow();
    assert.equal(await meta('property="og:image"'), `http://dateline.test/media/${widest.file_name}`);
    assert.equal(await meta('property="og:image:width"'), String(widest.width));
    assert.equal(await meta('name="twitter:image"'), `http://dateline.test/media/${widest.file_name}`);
    await reader.close();
  });

  it("works in the Bangla interface, counting a Bangla story's words and characters whole", async () => {
    const story = await liveStory({
      edition: "bn",
      section: "জাতীয়",
      headline: "ঘূর্ণিঝড়ের আগে আশ্রয়কেন্দ্রে মানুষ",
      standfirst: "উপকূলের মানুষ আশ্রয়কেন্দ্রে গেছেন।",
      body: `<p>${"উপকূলের মানুষ আশ্রয়কেন্দ্রে গেছেন। ".repeat(100)}</p>`,
    });
    await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    try {
      await page.goto(`${server.url}/newsroom/stories/${story.id}`);
      const panel = page.getByRole("region", { name: "সার্চ ও সোশ্যাল মিডিয়া" });
      await panel.waitFor();
      const measures = page.getByTestId("story-measures");
      // 4 words × 100, at 200 a minute; the headline's conjuncts and vowel signs count once each.
      await measures.getByText("৪০০টি শব্দ").waitFor();
      await measures.getByText("পড়তে ২ মিনিট").waitFor();
      await measures.getByText("শিরোনাম: ১৮টি অক্ষর").waitFor();
      await panel.getByLabel("সার্চের শিরোনাম").fill("ঘূর্ণিঝড়: কোথায় আশ্রয় মিলবে");
      await panel.getByTestId("search-preview").getByText("ঘূর্ণিঝড়: কোথায় আশ্রয় মিলবে").waitFor();
      await panel.getByText("৭০ অক্ষরের মধ্যে ১৭টি, ৩০–৬০টি হলে ভালো: প্রস্তাবিত দৈর্ঘ্যের চেয়ে ছোট").waitFor();
      await panel.getByTestId("social-preview").getByText(story.headline).waitFor();
      await assertAccessible(page, "editor with the search and social panel, in Bangla");
      await page.getByRole("button", { name: "প্রকাশিত প্রতিবেদন হালনাগাদ করুন" }).click();
      await page
        .getByRole("dialog", { name: "প্রকাশিত প্রতিবেদন হালনাগাদ করবেন?" })
        .getByRole("button", { name: "প্রকাশিত প্রতিবেদন হালনাগাদ করুন" })
        .click();
      await savedWith(story.id, "seoTitle", "ঘূর্ণিঝড়: কোথায় আশ্রয় মিলবে");
      assert.ok(story.url);
      const reader = await chromium.context.newPage();
      await reader.goto(`${server.url}${story.url}`);
      assert.equal(await reader.title(), "ঘূর্ণিঝড়: কোথায় আশ্রয় মিলবে");
      await reader.close();
    } finally {
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
    }
  });
});
