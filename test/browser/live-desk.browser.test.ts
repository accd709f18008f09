/**
 * The live desk in headless Chromium, with two people at one live blog in two browsers: Karim (an
 * author) posts with Ctrl+Enter and Rahima (an editor) sees the entry arrive without a reload and
 * hears it announced; an unsent entry survives a reload; a correction meets a colleague's newer
 * version (409) and takes it; an editor pins, removes and ends the coverage, which the other desk
 * follows. Every screen is audited with axe, in English and in Bangla.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { createUser } from "../../src/accounts/user.service.ts";
import { type ApiClient, login, TEST_PASSWORD } from "../support/api-client.ts";
import { newStory } from "../support/live-blogs.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { assertAccessible, type Browser, chromiumSkipReason, launchChromium } from "./chromium.ts";
import { signInToNewsroom } from "./newsroom-sign-in.ts";

const RAHIMA = { email: "rahima@newsroom.test", name: "Rahima Akter", role: "editor" as const };
const KARIM = { email: "karim@newsroom.test", name: "Karim Uddin", role: "author" as const };

interface Entry {
  id: number;
  version: number;
  headline: string | null;
}

describe("the live desk in Chromium (SQLite)", { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browsers: Browser[] = [];
  let rahima: Page;
  let karim: Page;
  let karimApi: ApiClient;
  let storyId: number;

  const openDesk = async (page: Page) => {
    await page.goto(`${server.url}/newsroom/stories/${storyId}/live`);
    await page.locator(".desk-composer .rte-content").waitFor();
  };
  const composer = (page: Page) => page.locator(".desk-composer");
  const entryNamed = (page: Page, headline: string) =>
    page.locator(".desk-entry").filter({ has: page.getByRole("heading", { name: headline, level: 3 }) });
  const announced = (page: Page, text: string) =>
    page.locator('[aria-live="polite"]').filter({ hasText: text }).waitFor({ timeout: 10_000 });

  before(async () => {
    server = await startTestServer("sqlite");
    for (const account of [RAHIMA, KARIM])
      await createUser(
        server.server.db.kysely,
        { ...account, password: TEST_PASSWORD },
        { userId: null },
        server.clock(),
      );
    const rahimaApi = await login(server.url, RAHIMA.email);
    karimApi = await login(server.url, KARIM.email);
    storyId = await newStory(rahimaApi, { headline: "Election night, live" });
    browsers = [await launchChromium(), await launchChromium()];
    rahima = await (browsers[0] as Browser).context.newPage();
    karim = await (browsers[1] as Browser).context.newPage();
    await signInToNewsroom(rahima, server.url, RAHIMA.email);
    await signInToNewsroom(karim, server.url, KARIM.email);
  });
  after(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it("opens from the story's editor and the story list", async () => {
    await rahima.goto(`${server.url}/newsroom/stories/${storyId}`);
    await rahima.getByRole("link", { name: "Live desk", exact: true }).click();
    await rahima.getByRole("heading", { name: "Live desk", level: 1 }).waitFor();
    await karim.goto(`${server.url}/newsroom/stories`);
    await karim.getByRole("link", { name: /^Live desk ?: Election night, live$/ }).click();
    await karim.locator(".desk-composer .rte-content").waitFor();
    await rahima.locator(".desk-composer .rte-content").waitFor();
    await rahima.getByText("No entries yet.").waitFor();
    await assertAccessible(rahima, "an empty live desk");
  });

  it("posts with Ctrl+Enter, and the other desk shows and announces the entry without a reload", async () => {
    await rahima.evaluate("window.__sameDocument = true");
    await composer(karim).getByRole("textbox", { name: "Headline (optional)" }).fill("Turnout passes 60%");
    await composer(karim).getByRole("textbox", { name: "Entry text" }).click();
    await karim.keyboard.type("Turnout has passed sixty per cent in Dhaka.");
    await karim.keyboard.press("Control+Enter");
    await entryNamed(karim, "Turnout passes 60%").waitFor({ timeout: 10_000 });
    // The composer is empty again, and nothing was kept for a reload.
    assert.equal(
      await composer(karim).getByRole("textbox", { name: "Headline (optional)" }).inputValue(),
      "",
    );
    assert.equal((await composer(karim).locator(".rte-content").textContent())?.trim(), "");
    assert.equal(
      await karim.evaluate(`localStorage.getItem("dateline.newsroom.live-entry.${storyId}")`),
      null,
    );

    const arrived = entryNamed(rahima, "Turnout passes 60%");
    await arrived.waitFor({ timeout: 10_000 });
    await arrived.getByText("Turnout has passed sixty per cent in Dhaka.").waitFor();
    await arrived.getByText("by Karim Uddin").waitFor();
    await announced(rahima, "New entry from Karim Uddin: Turnout passes 60%");
    assert.equal(await rahima.evaluate("window.__sameDocument"), true, "the desk was reloaded");
    await assertAccessible(rahima, "a live desk with an entry");
  });

  it("keeps an unsent entry through a reload, and says so", async () => {
    await composer(karim).getByRole("textbox", { name: "Entry text" }).click();
    await karim.keyboard.type("Counting has begun in Sylhet.");
    await composer(karim).getByRole("checkbox", { name: "Key event" }).check();
    await karim.reload();
    await karim.locator(".desk-composer .rte-content").waitFor();
    await composer(karim).getByText("Your unsent entry was kept").waitFor();
    await composer(karim).getByText("Counting has begun in Sylhet.").waitFor();
    assert.equal(await composer(karim).getByRole("checkbox", { name: "Key event" }).isChecked(), true);
    await composer(karim).getByRole("button", { name: "Post entry" }).click();
    const posted = karim.locator(".desk-entry").filter({ hasText: "Counting has begun in Sylhet." });
    await posted.getByText("Key event", { exact: true }).waitFor({ timeout: 10_000 });
    await rahima
      .locator(".desk-entry")
      .filter({ hasText: "Counting has begun in Sylhet." })
      .waitFor({ timeout: 10_000 });
  });

  it("shows a colleague's newer version when a correction meets a 409, and takes it", async () => {
    const listed = await karimApi.get<{ items: Entry[] }>(`/articles/${storyId}/entries`);
    const current = listed.body.items.find((e) => e.headline === "Turnout passes 60%");
    assert.ok(current);
    // Found by its id: while it is corrected, its headline is in a field rather than a heading.
    const entry = rahima.locator(`.desk-entry[data-entry-id="${current.id}"]`);
    await entry.getByRole("button", { name: "Correct" }).click();
    const form = entry.locator(".desk-correction");
    await form.getByRole("textbox", { name: "Corrected text" }).click();
    await rahima.keyboard.press("End");
    await rahima.keyboard.type(" Rahima's addition.");

    // Meanwhile Karim corrects his own entry from elsewhere.
    const theirs = await karimApi.request("PATCH", `/articles/${storyId}/entries/${current.id}`, {
      version: current.version,
      headline: "Turnout passes 62%",
      bodyHtml: "<p>Turnout has passed sixty-two per cent in Dhaka.</p>",
    });
    assert.equal(theirs.status, 200);

    await form.getByRole("button", { name: "Save correction" }).click();
    const conflict = form.getByRole("alert").filter({ hasText: "Someone changed this entry" });
    await conflict.waitFor({ timeout: 10_000 });
    await conflict.getByText("Turnout has passed sixty-two per cent in Dhaka.").waitFor();
    await assertAccessible(rahima, "a correction that met a newer version");
    await conflict.getByRole("button", { name: "Use their version" }).click();
    assert.equal(
      await form.getByRole("textbox", { name: "Headline (optional)" }).inputValue(),
      "Turnout passes 62%",
    );
    await form.getByRole("textbox", { name: "Corrected text" }).click();
    await rahima.keyboard.press("End");
    await rahima.keyboard.type(" Women outnumber men.");
    await rahima.keyboard.press("Control+Enter");
    const corrected = entryNamed(rahima, "Turnout passes 62%");
    await corrected
      .getByText("Turnout has passed sixty-two per cent in Dhaka. Women outnumber men.")
      .waitFor({
        timeout: 10_000,
      });
    await corrected.getByText(/^Edited /).waitFor();
    // Karim's desk follows the correction.
    await entryNamed(karim, "Turnout passes 62%")
      .getByText("Women outnumber men.", { exact: false })
      .waitFor({ timeout: 10_000 });
  });

  it("pins an entry on top, removes one after asking, and ends the coverage for every desk", async () => {
    const pinnedOne = entryNamed(rahima, "Turnout passes 62%");
    await pinnedOne.getByRole("button", { name: "Pin", exact: true }).click();
    await pinnedOne.getByText("Pinned", { exact: true }).waitFor();
    await rahima
      .locator(".desk-entry")
      .first()
      .getByRole("heading", { name: "Turnout passes 62%" })
      .waitFor();
    await karim
      .locator(".desk-entry")
      .first()
      .getByRole("heading", { name: "Turnout passes 62%" })
      .waitFor({ timeout: 10_000 });

    const sylhet = rahima.locator(".desk-entry").filter({ hasText: "Counting has begun in Sylhet." });
    await sylhet.getByRole("button", { name: "Remove" }).click();
    const confirm = rahima.getByRole("dialog", { name: "Remove this entry?" });
    await confirm.waitFor();
    await assertAccessible(rahima, "the removal question");
    await confirm.getByRole("button", { name: "Remove" }).click();
    await sylhet.waitFor({ state: "detached" });
    await karim
      .locator(".desk-entry")
      .filter({ hasText: "Counting has begun in Sylhet." })
      .waitFor({ state: "detached", timeout: 10_000 });

    // Authors see the label but may not end the coverage.
    assert.equal(await karim.getByRole("button", { name: "End coverage" }).count(), 0);
    await rahima.getByRole("button", { name: "End coverage" }).click();
    await rahima.getByRole("button", { name: "Reopen coverage" }).waitFor();
    await karim.locator(".desk-coverage .badge-ended").waitFor({ timeout: 10_000 });
    // Nothing is posted on ended coverage; reopened, the desk goes on.
    const late = await karimApi.request("POST", `/articles/${storyId}/entries`, { bodyHtml: "<p>Late.</p>" });
    assert.equal(late.status, 422);
    await rahima.getByRole("button", { name: "Reopen coverage" }).click();
    await karim.locator(".desk-coverage .badge-live").waitFor({ timeout: 10_000 });
  });

  it("pages older entries by the cursor and keeps an old pinned entry on top", async () => {
    await rahima.evaluate("window.__sameDocument = true");
    for (let precinct = 1; precinct <= 21; precinct++) {
      const posted = await karimApi.request("POST", `/articles/${storyId}/entries`, {
        bodyHtml: `<p>Precinct ${precinct} reports.</p>`,
      });
      assert.equal(posted.status, 201);
    }
    await rahima
      .locator(".desk-entry")
      .filter({ hasText: "Precinct 21 reports." })
      .waitFor({ timeout: 10_000 });
    // The pinned entry is older than the first page, and still stands above it.
    await rahima
      .locator(".desk-entry")
      .first()
      .getByRole("heading", { name: "Turnout passes 62%" })
      .waitFor();
    const oldest = rahima.locator(".desk-entry").filter({ hasText: "Precinct 1 reports." });
    assert.equal(await oldest.count(), 0);
    await rahima.getByRole("button", { name: "Load older entries" }).click();
    await oldest.waitFor({ timeout: 10_000 });
    assert.equal(
      await rahima.locator(".desk-entry").filter({ hasText: "Turnout passes 62%" }).count(),
      1,
      "the pinned entry is shown once",
    );
    assert.equal(await rahima.evaluate("window.__sameDocument"), true, "the desk was reloaded");
  });

  it("says the same in Bangla", async () => {
    for (const page of [rahima, karim])
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "bn")`);
    await openDesk(rahima);
    await openDesk(karim);
    await rahima.getByRole("heading", { name: "লাইভ ডেস্ক", level: 1 }).waitFor();
    await assertAccessible(rahima, "the Bangla live desk");
    await composer(karim).getByRole("textbox", { name: "এন্ট্রির লেখা" }).click();
    await karim.keyboard.type("ভোট গণনা চলছে।");
    await karim.keyboard.press("Control+Enter");
    await rahima.locator(".desk-entry").filter({ hasText: "ভোট গণনা চলছে।" }).waitFor({ timeout: 10_000 });
    await announced(rahima, "Karim Uddin-এর নতুন এন্ট্রি।");
    await rahima.getByRole("button", { name: "কভারেজ শেষ করুন" }).click();
    await karim.locator(".desk-coverage .badge-ended").waitFor({ timeout: 10_000 });
    await assertAccessible(rahima, "the Bangla live desk with entries");
    await assertAccessible(karim, "the Bangla live desk of an author");
    for (const page of [rahima, karim])
      await page.evaluate(`localStorage.setItem("dateline.newsroom.lang", "en")`);
  });
});
